import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import request from 'supertest';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { readFeedSigningKeys } from './FeedSealer';

jest.setTimeout(120_000);

const INVALID =
  'This calendar feed link is not valid or was revoked; copy a new one from the DevEx page';
const OLD_KEY = 'old-production-key-0123456789abcdefghijklmnop';
const NEW_KEY = 'new-production-key-0123456789abcdefghijklmnop';
const STAGING_KEY = 'staging-key-0123456789abcdefghijklmnopqrstuv';

const alice: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'alice', namespace: 'default' },
  spec: {},
};

describe('calendar feed signing keys', () => {
  it('reads devex.calendar.feedSigningKeys newest first, refusing short or repeated keys', () => {
    const keys = readFeedSigningKeys(
      new ConfigReader({
        devex: { calendar: { feedSigningKeys: [NEW_KEY, OLD_KEY] } },
      }),
    );
    expect(keys.map(k => k.secret)).toEqual([NEW_KEY, OLD_KEY]);
    expect(keys[0].id).toMatch(/^[0-9a-f]{16}$/);
    expect(readFeedSigningKeys(new ConfigReader({}))).toEqual([]);
    expect(() =>
      readFeedSigningKeys(
        new ConfigReader({
          devex: { calendar: { feedSigningKeys: [NEW_KEY, 'short'] } },
        }),
      ),
    ).toThrow(
      'devex.calendar.feedSigningKeys[1] must be at least 32 characters long',
    );
    expect(() =>
      readFeedSigningKeys(
        new ConfigReader({
          devex: { calendar: { feedSigningKeys: [NEW_KEY, NEW_KEY] } },
        }),
      ),
    ).toThrow('devex.calendar.feedSigningKeys lists the same key twice');
  });

  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    /** A backend on the shared database, configured with these keys (none: undefined). */
    const backendWith = (keys?: string[]) =>
      startDevexBackend(knex, {
        entities: [alice],
        runTasksOnStartup: false,
        ...(keys
          ? { config: { devex: { calendar: { feedSigningKeys: keys } } } }
          : {}),
      });
    const issue = async (server: any): Promise<string> =>
      (
        await request(server)
          .post('/api/devex/calendar/feeds')
          .set(
            'Authorization',
            mockCredentials.user.header('user:default/alice'),
          )
          .send({})
          .expect(201)
      ).body.path;
    const fetchFeed = (server: any, path: string) =>
      request(server)
        .get(`/api/devex${path}`)
        .set('Authorization', mockCredentials.none.header());
    const refused = async (server: any, path: string) => {
      const res = await fetchFeed(server, path);
      expect([path, res.status, res.body.error?.message]).toEqual([
        path,
        404,
        INVALID,
      ]);
    };

    it('seals each link with the configured key, so a copy of the database under another key serves none of them', async () => {
      const production = await backendWith([OLD_KEY]);
      const path = await issue(production.server);
      await fetchFeed(production.server, path).expect(200);
      const secret = path.split('/')[3].split('.')[1];
      const [row] = await knex('devex_calendar_feed_tokens').select();
      expect(row.key_id).toMatch(/^[0-9a-f]{16}$/);
      expect(row.secret_hash).not.toBe(
        createHash('sha256').update(secret).digest('hex'),
      );

      // a staging backend restored from production's database, with its own key or none
      await refused((await backendWith([STAGING_KEY])).server, path);
      await refused((await backendWith()).server, path);
      await fetchFeed((await backendWith([OLD_KEY])).server, path).expect(200);
    });

    it('rotates: links of the old key work while it is listed after the new one, and stop when it is removed', async () => {
      const before = await backendWith([OLD_KEY]);
      const oldLink = await issue(before.server);

      const during = await backendWith([NEW_KEY, OLD_KEY]);
      const newLink = await issue(during.server);
      await fetchFeed(during.server, oldLink).expect(200);
      await fetchFeed(during.server, newLink).expect(200);
      const keyIds = await knex('devex_calendar_feed_tokens')
        .orderBy('created_at')
        .pluck('key_id');
      expect(new Set(keyIds).size).toBe(2);

      const after = await backendWith([NEW_KEY]);
      await refused(after.server, oldLink);
      await fetchFeed(after.server, newLink).expect(200);
    });

    it('seals links issued before keys were configured at start-up, and they keep working under the key', async () => {
      const unkeyed = await backendWith();
      const path = await issue(unkeyed.server);
      await fetchFeed(unkeyed.server, path).expect(200);
      expect(await knex('devex_calendar_feed_tokens').pluck('key_id')).toEqual([
        null,
      ]);

      const keyed = await backendWith([NEW_KEY]);
      expect(
        (await knex('devex_calendar_feed_tokens').pluck('key_id'))[0],
      ).toMatch(/^[0-9a-f]{16}$/);
      await fetchFeed(keyed.server, path).expect(200);
      // and now only that key opens it
      await refused((await backendWith()).server, path);
      await refused((await backendWith([STAGING_KEY])).server, path);
    });
  });
});
