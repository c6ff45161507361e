import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  devexCalendarFeedAdminPermission,
  devexCalendarReadPermission,
} from '@devex-governance/backstage-plugin-devex-common';
import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import request from 'supertest';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { movableClock } from '../__testUtils__/movableClock';
import { READ_DECISION_TTL_MS } from '../permissions/readDecisions';
import { VISIBILITY_TTL_MS } from '../catalog/EntityCatalog';
import {
  startDevexBackend,
  TEST_NOW,
} from '../__testUtils__/startDevexBackend';

jest.setTimeout(120_000);

const INVALID =
  'This calendar feed link is not valid or was revoked; copy a new one from the DevEx page';
const HOTPASS = 'component:default/hotpass';

const entity = (kind: string, name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: {},
  relations: [],
});
const people = ['alice', 'bob', 'carol'].map(n => entity('User', n));
const catalog = [entity('Component', 'hotpass'), ...people];

/** The secret part of a feed path, `/calendar/feed/<id>.<secret>/devex.ics`. */
const secretOf = (path: string) => path.split('/')[3].split('.')[1];

const as = (user: string) =>
  mockCredentials.user.header(`user:default/${user}`);

/** Only carol holds devex.calendar.feed.admin; everything else is allowed. */
const carolIsFeedAdmin = {
  authorize: async (requests: any[], options: any) =>
    requests.map(r => ({
      result:
        r.permission.name === devexCalendarFeedAdminPermission.name &&
        options.credentials.principal.userEntityRef !== 'user:default/carol'
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
    })),
};

describe('calendar feed links', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });
    afterEach(() => jest.useRealTimers());

    const issue = (server: any, user: string, body: object = {}) =>
      request(server)
        .post('/api/devex/calendar/feeds')
        .set('Authorization', as(user))
        .send(body);
    /** The feed of a path, fetched as a calendar app does: without a Backstage token. */
    const fetchFeed = (server: any, path: string) =>
      request(server)
        .get(`/api/devex${path}`)
        .set('Authorization', mockCredentials.none.header());
    const listFeeds = async (server: any, user: string) =>
      (
        await request(server)
          .get('/api/devex/calendar/feeds')
          .set('Authorization', as(user))
          .expect(200)
      ).body.feeds;

    it('gives two users different links to the same feed, and each link serves it', async () => {
      const { server, auditEvents } = await startDevexBackend(knex, {
        entities: catalog,
      });
      const alice = await issue(server, 'alice', { entityRef: HOTPASS });
      const bob = await issue(server, 'bob', { entityRef: HOTPASS });
      expect(alice.status).toBe(201);
      expect(alice.body).toEqual({
        id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        path: expect.stringMatching(
          /^\/calendar\/feed\/[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\/devex\.ics$/,
        ),
        entityRef: HOTPASS,
        createdAt: expect.stringMatching(/^2026-11-25T08:0/),
        expiresAt: null,
      });
      expect(alice.body.path).toContain(`/${alice.body.id}.`);
      expect(bob.body.path).not.toBe(alice.body.path);

      for (const path of [alice.body.path, bob.body.path]) {
        const feed = await fetchFeed(server, path);
        expect(feed.status).toBe(200);
        expect(feed.headers['content-type']).toMatch(/text\/calendar/);
        expect(feed.text).toContain(
          `X-WR-CALNAME:DevEx governance: ${HOTPASS}`,
        );
      }
      expect(auditEvents.map(e => [e.eventId, e.outcome])).toEqual([
        ['calendar-feed-issue', 'succeeded'],
        ['calendar-feed-issue', 'succeeded'],
      ]);
      // the audit trail says what was issued, never the secret that serves it
      for (const { path } of [alice.body, bob.body]) {
        expect(JSON.stringify(auditEvents)).not.toContain(secretOf(path));
      }
    });

    it("lists the caller's own links without their secrets, with when each was last used", async () => {
      const { server } = await startDevexBackend(knex, { entities: catalog });
      const used = (await issue(server, 'alice').expect(201)).body;
      const unused = (
        await issue(server, 'alice', { entityRef: HOTPASS, expiresInDays: 30 })
      ).body;
      await issue(server, 'bob').expect(201);
      await fetchFeed(server, used.path).expect(200);

      const feeds = await listFeeds(server, 'alice');
      expect(feeds.map((f: any) => f.id).sort()).toEqual(
        [used.id, unused.id].sort(),
      );
      const byId = new Map(feeds.map((f: any) => [f.id, f]));
      expect(byId.get(used.id)).toEqual({
        id: used.id,
        entityRef: null,
        createdAt: used.createdAt,
        expiresAt: null,
        revokedAt: null,
        lastUsedAt: expect.stringMatching(/^2026-11-25T08:0/),
      });
      expect(byId.get(unused.id)).toMatchObject({
        entityRef: HOTPASS,
        lastUsedAt: null,
      });
      expect(
        DateTime.fromISO(unused.expiresAt).diff(
          DateTime.fromISO(unused.createdAt),
          'days',
        ).days,
      ).toBe(30);
      expect(JSON.stringify(feeds)).not.toContain(secretOf(used.path));
    });

    it('stops serving a revoked link and leaves the others working', async () => {
      const { server, auditEvents } = await startDevexBackend(knex, {
        entities: catalog,
      });
      const first = (await issue(server, 'alice').expect(201)).body;
      const second = (await issue(server, 'alice').expect(201)).body;
      const bobs = (await issue(server, 'bob').expect(201)).body;

      await request(server)
        .delete(`/api/devex/calendar/feeds/${first.id}`)
        .set('Authorization', as('alice'))
        .expect(204);

      const revoked = await fetchFeed(server, first.path);
      expect(revoked.status).toBe(404);
      expect(revoked.body.error.message).toBe(INVALID);
      await fetchFeed(server, second.path).expect(200);
      await fetchFeed(server, bobs.path).expect(200);
      const listed = await listFeeds(server, 'alice');
      expect(listed.find((f: any) => f.id === first.id).revokedAt).toMatch(
        /^2026-11-25T08:0/,
      );
      expect(listed.find((f: any) => f.id === second.id).revokedAt).toBeNull();
      expect(auditEvents.map(e => [e.eventId, e.outcome])).toEqual([
        ['calendar-feed-issue', 'succeeded'],
        ['calendar-feed-issue', 'succeeded'],
        ['calendar-feed-issue', 'succeeded'],
        ['calendar-feed-revoke', 'succeeded'],
      ]);
    });

    it('stops serving a link once it expires', async () => {
      const today = await startDevexBackend(knex, { entities: catalog });
      const expiring = (
        await issue(today.server, 'alice', { expiresInDays: 7 }).expect(201)
      ).body;
      const lasting = (await issue(today.server, 'alice').expect(201)).body;
      expect(expiring.expiresAt).toMatch(/^2026-12-02T08:0/);
      await fetchFeed(today.server, expiring.path).expect(200);

      const nextWeek = await startDevexBackend(knex, {
        entities: catalog,
        now: DateTime.fromISO(TEST_NOW).plus({ days: 8 }).toISO()!,
      });
      const expired = await fetchFeed(nextWeek.server, expiring.path);
      expect(expired.status).toBe(404);
      expect(expired.body.error.message).toBe(INVALID);
      await fetchFeed(nextWeek.server, lasting.path).expect(200);
    });

    it("does not let a user revoke another user's link, but a feed admin revokes all of a user's links", async () => {
      const { server, auditEvents } = await startDevexBackend(knex, {
        entities: catalog,
        permissions: carolIsFeedAdmin,
      });
      const alices = [
        (await issue(server, 'alice').expect(201)).body,
        (await issue(server, 'alice', { entityRef: HOTPASS }).expect(201)).body,
      ];
      const bobs = (await issue(server, 'bob').expect(201)).body;

      const notYours = await request(server)
        .delete(`/api/devex/calendar/feeds/${alices[0].id}`)
        .set('Authorization', as('bob'));
      expect(notYours.status).toBe(404);
      const notAdmin = await request(server)
        .delete('/api/devex/calendar/feeds')
        .query({ userRef: 'user:default/alice' })
        .set('Authorization', as('bob'));
      expect(notAdmin.status).toBe(403);
      for (const feed of alices) await fetchFeed(server, feed.path).expect(200);

      const byAdmin = await request(server)
        .delete('/api/devex/calendar/feeds')
        .query({ userRef: 'user:default/alice' })
        .set('Authorization', as('carol'));
      expect(byAdmin.status).toBe(200);
      expect(byAdmin.body).toEqual({ revoked: 2 });
      for (const feed of alices) await fetchFeed(server, feed.path).expect(404);
      await fetchFeed(server, bobs.path).expect(200);

      // an admin may revoke a single link of anyone's too
      await request(server)
        .delete(`/api/devex/calendar/feeds/${bobs.id}`)
        .set('Authorization', as('carol'))
        .expect(204);
      await fetchFeed(server, bobs.path).expect(404);

      expect(
        auditEvents
          .filter(e => e.eventId === 'calendar-feed-revoke')
          .map(e => e.outcome),
      ).toEqual(['failed', 'failed', 'succeeded', 'succeeded']);
    });

    it('lets a user revoke all of their own links without the admin permission', async () => {
      const { server } = await startDevexBackend(knex, {
        entities: catalog,
        permissions: carolIsFeedAdmin,
      });
      const mine = (await issue(server, 'bob').expect(201)).body;
      const res = await request(server)
        .delete('/api/devex/calendar/feeds')
        .query({ userRef: 'user:default/bob' })
        .set('Authorization', as('bob'));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ revoked: 1 });
      await fetchFeed(server, mine.path).expect(404);
    });

    it('answers 404, never 500, to malformed, unknown and old-format tokens', async () => {
      const { server } = await startDevexBackend(knex, { entities: catalog });
      const issued = (await issue(server, 'alice').expect(201)).body;
      const oldPayload = Buffer.from(JSON.stringify({ e: null })).toString(
        'base64url',
      );
      const tokens = [
        'a'.repeat(43),
        encodeURIComponent(`${'a'.repeat(42)}é`),
        encodeURIComponent(`${'a'.repeat(22)}.${'a'.repeat(42)}é`),
        '%E2%82%AC',
        // the old `payload.signature` links
        `${oldPayload}.${'A'.repeat(43)}`,
        // a well-formed token that names no link
        `${'A'.repeat(22)}.${'A'.repeat(43)}`,
        // a real link's id with a wrong secret
        `${issued.id}.${'A'.repeat(43)}`,
        `${issued.id}.${'A'.repeat(43)}x`,
      ];
      for (const token of tokens) {
        const res = await fetchFeed(
          server,
          `/calendar/feed/${token}/devex.ics`,
        );
        expect([token, res.status]).toEqual([token, 404]);
        expect(res.body.error.message).toBe(INVALID);
      }
      await fetchFeed(server, issued.path).expect(200);
    });

    it('keeps only a hash of each secret, so a copy of the database serves no feed', async () => {
      const { server } = await startDevexBackend(knex, { entities: catalog });
      const issued = (await issue(server, 'alice').expect(201)).body;
      const secret = secretOf(issued.path);
      const rows = await knex('devex_calendar_feed_tokens').select();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        id: issued.id,
        user_ref: 'user:default/alice',
        entity_ref: null,
        secret_hash: createHash('sha256').update(secret).digest('hex'),
      });
      expect(JSON.stringify(rows)).not.toContain(secret);
      expect(
        await knex('devex_plugin_state')
          .where({ key: 'calendar-feed-secret' })
          .first(),
      ).toBeUndefined();

      // what a copy of the table gives: the id and the hash
      const fromCopy = await fetchFeed(
        server,
        `/calendar/feed/${issued.id}.${Buffer.from(
          rows[0].secret_hash,
          'hex',
        ).toString('base64url')}/devex.ics`,
      );
      expect(fromCopy.status).toBe(404);
    });

    it('stops serving the links of a user who has left the catalog', async () => {
      const before = await startDevexBackend(knex, { entities: catalog });
      const alices = (await issue(before.server, 'alice').expect(201)).body;
      const bobs = (await issue(before.server, 'bob').expect(201)).body;

      const after = await startDevexBackend(knex, {
        entities: catalog.filter(e => e.metadata.name !== 'alice'),
      });
      const left = await fetchFeed(after.server, alices.path);
      expect(left.status).toBe(404);
      expect(left.body.error.message).toBe(INVALID);
      await fetchFeed(after.server, bobs.path).expect(200);
    });

    it('keeps GET /calendar/feed-url working, issuing a new link for the caller on each call', async () => {
      const { server, auditEvents } = await startDevexBackend(knex, {
        entities: catalog,
      });
      const paths = [];
      for (let i = 0; i < 2; i++) {
        const res = await request(server)
          .get('/api/devex/calendar/feed-url')
          .query({ entityRef: HOTPASS })
          .set('Authorization', as('alice'));
        expect(res.status).toBe(200);
        expect(Object.keys(res.body)).toEqual(['path']);
        paths.push(res.body.path);
      }
      expect(paths[0]).not.toBe(paths[1]);
      for (const path of paths) await fetchFeed(server, path).expect(200);
      expect(await listFeeds(server, 'alice')).toHaveLength(2);
      expect(auditEvents.map(e => e.eventId)).toEqual([
        'calendar-feed-issue',
        'calendar-feed-issue',
      ]);
    });

    it.each([
      [
        'an entityRef that is not a reference',
        { entityRef: 'hotpass' },
        /entityRef/,
      ],
      ['expiresInDays of 0', { expiresInDays: 0 }, /expiresInDays/],
      [
        'expiresInDays over ten years',
        { expiresInDays: 3651 },
        /expiresInDays/,
      ],
      ['a fractional expiresInDays', { expiresInDays: 1.5 }, /expiresInDays/],
      ['expiresInDays as a string', { expiresInDays: '7' }, /expiresInDays/],
      [
        'a userRef in the body (identity comes from the credentials)',
        { userRef: 'user:default/bob' },
        /additional properties/,
      ],
    ])(
      'refuses %s with a 400, and writes nothing',
      async (_, body, message) => {
        const { server, count, auditEvents } = await startDevexBackend(knex, {
          entities: catalog,
        });
        const res = await issue(server, 'alice', body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
        expect(await count('devex_calendar_feed_tokens')).toBe(0);
        expect(auditEvents.every(e => e.outcome !== 'succeeded')).toBe(true);
      },
    );

    it('refuses a link to an entity the caller cannot see, or without calendar access', async () => {
      const { server, count } = await startDevexBackend(knex, {
        entities: catalog,
        hiddenEntities: { 'user:default/alice': ['component:default/nope'] },
      });
      const missing = await issue(server, 'alice', {
        entityRef: 'component:default/nope',
      });
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toBe(
        'No entity component:default/nope in the catalog',
      );
      const denied = await startDevexBackend(knex, {
        entities: catalog,
        permissions: {
          authorize: async (requests: any[]) =>
            requests.map(r => ({
              result:
                r.permission.name === devexCalendarReadPermission.name
                  ? AuthorizeResult.DENY
                  : AuthorizeResult.ALLOW,
            })),
        },
      });
      expect((await issue(denied.server, 'alice')).status).toBe(403);
      expect(await count('devex_calendar_feed_tokens')).toBe(0);
    });

    it("stops serving a user's links once a request of theirs is refused the calendar, an entity's link once the entity is hidden, and any link whose access went unconfirmed too long", async () => {
      const clock = movableClock(TEST_NOW);
      let calendarAllowed = true;
      const hidden: Record<string, string[]> = {};
      const { server } = await startDevexBackend(knex, {
        entities: catalog,
        clock,
        hiddenEntities: hidden,
        permissions: {
          authorize: async (requests: any[]) =>
            requests.map(r => ({
              result:
                r.permission.name === devexCalendarReadPermission.name &&
                !calendarAllowed
                  ? AuthorizeResult.DENY
                  : AuthorizeResult.ALLOW,
            })),
        },
      });
      const portal = (await issue(server, 'alice').expect(201)).body.path;
      const hotpass = (
        await issue(server, 'alice', { entityRef: HOTPASS }).expect(201)
      ).body.path;
      const serves = async () => [
        (await fetchFeed(server, portal)).status,
        (await fetchFeed(server, hotpass)).status,
      ];
      const opensTab = () =>
        request(server)
          .get('/api/devex/summary')
          .query({ entityRef: HOTPASS })
          .set('Authorization', as('alice'));
      expect(await serves()).toEqual([200, 200]);

      // read decisions are kept for READ_DECISION_TTL_MS of wall time: move only Date past them
      jest.useFakeTimers({
        doNotFake: [
          'nextTick',
          'setImmediate',
          'clearImmediate',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'queueMicrotask',
          'hrtime',
          'performance',
        ],
      });
      const policyChanges = (allowed: boolean) => {
        calendarAllowed = allowed;
        jest.setSystemTime(jest.now() + READ_DECISION_TTL_MS + 1);
      };
      // the policy takes the calendar from alice: her next request stops both links
      policyChanges(false);
      await opensTab();
      expect(await serves()).toEqual([404, 404]);
      // given back, her next request starts them again
      policyChanges(true);
      await opensTab().expect(200);
      expect(await serves()).toEqual([200, 200]);

      // the catalog hides hotpass from her: that link stops, the portal's serves on (what the
      // catalog shows a caller is kept two VISIBILITY_TTL_MS periods of wall time at most)
      hidden['user:default/alice'] = [HOTPASS];
      jest.setSystemTime(jest.now() + 2 * VISIBILITY_TTL_MS + 1);
      clock.set(DateTime.fromISO(TEST_NOW).plus({ minutes: 11 }));
      await request(server)
        .get('/api/devex/calendar/occurrences')
        .set('Authorization', as('alice'))
        .expect(200);
      expect(await serves()).toEqual([200, 404]);

      // no request of hers for 30 days: the portal link stops too, until she comes back
      clock.set(DateTime.fromISO(TEST_NOW).plus({ days: 30, minutes: 12 }));
      expect(await serves()).toEqual([404, 404]);
      await request(server)
        .get('/api/devex/calendar/feeds')
        .set('Authorization', as('alice'))
        .expect(200);
      expect((await fetchFeed(server, portal)).status).toBe(200);
    });

    it('answers 404 to revoking a link that does not exist', async () => {
      const { server } = await startDevexBackend(knex, { entities: catalog });
      const res = await request(server)
        .delete(`/api/devex/calendar/feeds/${'A'.repeat(22)}`)
        .set('Authorization', as('alice'));
      expect(res.status).toBe(404);
    });
  });
});
