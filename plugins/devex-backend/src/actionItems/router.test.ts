import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import request from 'supertest';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const validItem = {
  title: 'Document bootstrap execute-mode guardrails',
  entityRef: 'component:default/hotpass',
  owner: 'group:default/docs',
  dueDate: '2026-12-01',
};

describe('action item routes', () => {
  const databases = createDevexTestDatabases();

  async function startBackend(
    knex: Knex,
    options: { permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY } = {},
  ) {
    const backend = await startDevexBackend(knex, options);
    return { ...backend, count: () => backend.count('devex_action_items') };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it('creates an action item owned by the body but created by the caller', async () => {
      const { server, auditEvents } = await startBackend(knex);
      const alice = mockCredentials.user('user:default/alice');

      const created = await request(server)
        .post('/api/devex/action-items')
        .set(
          'Authorization',
          mockCredentials.user.header(alice.principal.userEntityRef),
        )
        .send({ ...validItem, description: 'Rollback steps included' });

      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        ...validItem,
        description: 'Rollback steps included',
        status: 'open',
        source: 'manual',
        sourceId: null,
        createdBy: 'user:default/alice',
        version: 1,
      });
      expect(auditEvents).toEqual([
        { eventId: 'action-item-create', outcome: 'succeeded' },
      ]);

      const fetched = await request(server).get(
        `/api/devex/action-items/${created.body.id}`,
      );
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual(created.body);
    });

    it('refuses a createdBy in the body: identity comes from the credentials', async () => {
      const { server, count } = await startBackend(knex);
      const res = await request(server)
        .post('/api/devex/action-items')
        .send({ ...validItem, createdBy: 'user:default/mallory' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/additional properties/);
      expect(await count()).toBe(0);
    });

    it.each([
      [
        'an unknown field',
        { ...validItem, priority: 'high' },
        /must NOT have additional properties/,
      ],
      [
        'a wrong type',
        { ...validItem, title: 42 },
        /request\/body\/title must be string/,
      ],
      [
        'a missing field',
        { title: 'x', entityRef: validItem.entityRef, owner: validItem.owner },
        /must have required property 'dueDate'/,
      ],
      [
        'a malformed date',
        { ...validItem, dueDate: 'next friday' },
        /request\/body\/dueDate must match format "date"/,
      ],
      [
        'an impossible date',
        { ...validItem, dueDate: '2026-02-30' },
        /dueDate/,
      ],
      [
        'an unknown status',
        { ...validItem, status: 'finished' },
        /request\/body\/status must be equal to one of the allowed values/,
      ],
      [
        'an unknown source',
        { ...validItem, source: 'hallway' },
        /request\/body\/source must be equal to one of the allowed values/,
      ],
      [
        'an oversize title',
        { ...validItem, title: 'x'.repeat(201) },
        /request\/body\/title must NOT have more than 200 characters/,
      ],
      [
        'an oversize description',
        { ...validItem, description: 'x'.repeat(4001) },
        /request\/body\/description must NOT have more than 4000 characters/,
      ],
      [
        'a malformed entity ref',
        { ...validItem, entityRef: 'hotpass' },
        /request\/body\/entityRef must match pattern/,
      ],
      [
        'an owner that is not a user or group',
        { ...validItem, owner: 'component:default/hotpass' },
        /request\/body\/owner must match pattern/,
      ],
      [
        'a blank title',
        { ...validItem, title: '   ' },
        /title must not be blank/,
      ],
    ])('answers 400 to %s and writes nothing', async (_case, body, message) => {
      const { server, count, auditEvents } = await startBackend(knex);
      const res = await request(server)
        .post('/api/devex/action-items')
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
      expect(await count()).toBe(0);
      expect(auditEvents.every(e => e.outcome !== 'succeeded')).toBe(true);
    });

    it('updates with the current version and refuses a stale one with 409', async () => {
      const { server, auditEvents } = await startBackend(knex);
      const created = await request(server)
        .post('/api/devex/action-items')
        .send(validItem);
      const id = created.body.id;

      const first = await request(server)
        .patch(`/api/devex/action-items/${id}`)
        .send({ version: 1, status: 'in_progress' });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ status: 'in_progress', version: 2 });

      const stale = await request(server)
        .patch(`/api/devex/action-items/${id}`)
        .send({ version: 1, title: 'An edit made from an old copy' });
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toMatch(
        /you edited version 1, the current version is 2/,
      );

      const after = await request(server).get(`/api/devex/action-items/${id}`);
      expect(after.body).toMatchObject({
        title: validItem.title,
        status: 'in_progress',
        version: 2,
      });
      expect(auditEvents.map(e => [e.eventId, e.outcome])).toEqual([
        ['action-item-create', 'succeeded'],
        ['action-item-update', 'succeeded'],
        ['action-item-update', 'failed'],
      ]);
    });

    it('answers 400 to an update without a version or without changes', async () => {
      const { server } = await startBackend(knex);
      const created = await request(server)
        .post('/api/devex/action-items')
        .send(validItem);
      const noVersion = await request(server)
        .patch(`/api/devex/action-items/${created.body.id}`)
        .send({ status: 'done' });
      expect(noVersion.status).toBe(400);
      expect(noVersion.body.error.message).toMatch(
        /must have required property 'version'/,
      );
      const noChange = await request(server)
        .patch(`/api/devex/action-items/${created.body.id}`)
        .send({ version: 1 });
      expect(noChange.status).toBe(400);
      expect(noChange.body.error.message).toMatch(
        /must change at least one field/,
      );
      const after = await request(server).get(
        `/api/devex/action-items/${created.body.id}`,
      );
      expect(after.body.version).toBe(1);
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const { server } = await startBackend(knex);
      const unknown = await request(server).get(
        '/api/devex/action-items/7b0e6a58-4bfa-4f4e-9f8e-1f1d2a3b4c5d',
      );
      expect(unknown.status).toBe(404);
      const malformed = await request(server).get(
        '/api/devex/action-items/not-an-id',
      );
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.message).toMatch(
        /request\/params\/id must match format "uuid"/,
      );
    });

    it('deletes an item, and audits it', async () => {
      const { server, count, auditEvents } = await startBackend(knex);
      const created = await request(server)
        .post('/api/devex/action-items')
        .send(validItem);
      const res = await request(server).delete(
        `/api/devex/action-items/${created.body.id}`,
      );
      expect(res.status).toBe(204);
      expect(await count()).toBe(0);
      expect(auditEvents.at(-1)).toEqual({
        eventId: 'action-item-delete',
        outcome: 'succeeded',
      });
      const again = await request(server).delete(
        `/api/devex/action-items/${created.body.id}`,
      );
      expect(again.status).toBe(404);
    });

    it('answers 403 to every route when the permission is denied, and writes nothing', async () => {
      const seeded = await startBackend(knex);
      const created = await request(seeded.server)
        .post('/api/devex/action-items')
        .send(validItem);

      const { server, count } = await startBackend(knex, {
        permission: AuthorizeResult.DENY,
      });
      const id = created.body.id;
      const responses = await Promise.all([
        request(server).get('/api/devex/action-items'),
        request(server).get(`/api/devex/action-items/${id}`),
        request(server).post('/api/devex/action-items').send(validItem),
        request(server)
          .patch(`/api/devex/action-items/${id}`)
          .send({ version: 1, status: 'done' }),
        request(server).delete(`/api/devex/action-items/${id}`),
      ]);
      expect(responses.map(r => r.status)).toEqual([403, 403, 403, 403, 403]);
      expect(responses[2].body.error.message).toMatch(
        /devex\.action-item\.create/,
      );
      expect(await count()).toBe(1);
      const row = await knex('devex_action_items').where({ id }).first();
      expect(row.status).toBe('open');
      expect(Number(row.version)).toBe(1);
    });

    it('answers 401 to a request without user credentials', async () => {
      const { server, count } = await startBackend(knex);
      const res = await request(server)
        .post('/api/devex/action-items')
        .set('Authorization', mockCredentials.none.header())
        .send(validItem);
      expect(res.status).toBe(401);
      expect(await count()).toBe(0);
    });

    it('filters by entity, owner, status, overdue and mine', async () => {
      const { server } = await startBackend(knex);
      const make = (body: object) =>
        request(server)
          .post('/api/devex/action-items')
          .send({ ...validItem, ...body })
          .expect(201);
      await make({ title: 'past and open', dueDate: '2000-01-01' });
      await make({
        title: 'past and done',
        dueDate: '2000-01-02',
        status: 'done',
      });
      await make({
        title: 'future',
        dueDate: '2999-01-01',
        entityRef: 'component:default/other',
      });
      await make({
        title: 'mine',
        owner: 'user:default/mock',
        status: 'blocked',
      });

      const titles = async (query: string) => {
        const res = await request(server).get(
          `/api/devex/action-items?${query}`,
        );
        expect(res.body.error?.message ?? res.status).toBe(200);
        return res.body.items.map((i: { title: string }) => i.title);
      };

      expect(
        await titles(
          `entityRef=${encodeURIComponent('component:default/other')}`,
        ),
      ).toEqual(['future']);
      expect(
        await titles(`owner=${encodeURIComponent('user:default/mock')}`),
      ).toEqual(['mine']);
      expect(await titles('status=done')).toEqual(['past and done']);
      expect(await titles('status=done&status=blocked')).toEqual([
        'past and done',
        'mine',
      ]);
      expect(await titles('overdue=true')).toEqual(['past and open']);
      expect(await titles('mine=true')).toEqual(['mine']);
      expect(await titles('sort=updatedAt')).toEqual([
        'mine',
        'future',
        'past and done',
        'past and open',
      ]);

      const bad = await request(server).get(
        '/api/devex/action-items?status=finished',
      );
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/request\/query\/status/);
      const tooMany = await request(server).get(
        '/api/devex/action-items?limit=101',
      );
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.error.message).toMatch(
        /request\/query\/limit must be <= 100/,
      );
    });

    it.each(['dueDate', 'updatedAt'])(
      'pages through every item exactly once, sorted by %s',
      async sort => {
        const { server } = await startBackend(knex);
        for (let i = 0; i < 7; i++) {
          await request(server)
            .post('/api/devex/action-items')
            .send({
              ...validItem,
              title: `item ${i}`,
              dueDate: `2026-12-0${1 + (i % 3)}`,
            })
            .expect(201);
        }
        const seen: Array<{ id: string; dueDate: string; updatedAt: string }> =
          [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const res = await request(server)
            .get('/api/devex/action-items')
            .query({ sort, limit: 3, ...(cursor ? { cursor } : {}) })
            .expect(200);
          seen.push(...res.body.items);
          cursor = res.body.nextCursor;
          pages++;
        } while (cursor);
        expect(pages).toBe(3);
        expect(new Set(seen.map(i => i.id)).size).toBe(7);
        const keys = seen.map(i =>
          sort === 'dueDate' ? i.dueDate : i.updatedAt,
        );
        const sorted = [...keys].sort();
        expect(keys).toEqual(sort === 'dueDate' ? sorted : sorted.reverse());

        const wrongSort = await request(server)
          .get('/api/devex/action-items')
          .query({
            sort: sort === 'dueDate' ? 'updatedAt' : 'dueDate',
            limit: 3,
            cursor: (
              await request(server)
                .get('/api/devex/action-items')
                .query({ sort, limit: 3 })
            ).body.nextCursor,
          });
        expect(wrongSort.status).toBe(400);
        const garbage = await request(server).get(
          '/api/devex/action-items?cursor=zzz',
        );
        expect(garbage.status).toBe(400);
        expect(garbage.body.error.message).toMatch(/cursor/);
        // well-formed cursors whose value is not of the sort column's kind: 400, not a 500
        // from the database (PostgreSQL refuses 'x' as a timestamp or a date)
        for (const crafted of [
          { sort: 'updatedAt', value: 'x', id: 'a' },
          { sort: 'dueDate', value: '2026-02-30', id: 'a' },
        ]) {
          const res = await request(server)
            .get('/api/devex/action-items')
            .query({
              sort: crafted.sort,
              cursor: Buffer.from(JSON.stringify(crafted)).toString(
                'base64url',
              ),
            });
          expect(res.status).toBe(400);
          expect(res.body.error.message).toBe(
            'cursor is not a cursor returned by this API',
          );
        }
      },
    );
  });
});
