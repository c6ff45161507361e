import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import request from 'supertest';
import { applyDatabaseMigrations } from '../database/migrations';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import {
  startDevexBackend,
  TEST_NOW,
} from '../__testUtils__/startDevexBackend';
import { BacklogStore } from './BacklogStore';

jest.setTimeout(120_000);

const item = (initiative: string) => ({
  initiative,
  owner: 'group:default/platform-eng',
  horizon: 30,
  effort: 'M',
});

/** The backlog as [rank, initiative], in rank order, straight from the table. */
const ranksIn = async (knex: Knex) =>
  (
    await knex('devex_backlog_items')
      .select('rank', 'initiative')
      .orderBy([{ column: 'rank' }, { column: 'id' }])
  ).map((r: any) => [Number(r.rank), r.initiative]);

const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('backlog ranks under concurrency', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it('20 concurrent creates leave ranks 1..n', async () => {
      const { server } = await startDevexBackend(knex);
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          request(server)
            .post('/api/devex/backlog')
            .send(item(`Initiative ${i + 1}`)),
        ),
      );
      const statuses = responses.map(r => r.status);
      expect(statuses.filter(s => s !== 201 && s !== 409)).toEqual([]);
      const created = responses.filter(r => r.status === 201);
      // the creates wait their turn, so none has to be retried
      expect(created).toHaveLength(20);
      const ranks = (await ranksIn(knex)).map(([rank]) => rank);
      expect(ranks).toEqual(oneToN(created.length));
      expect(created.map(r => r.body.rank).sort((a, b) => a - b)).toEqual(
        oneToN(created.length),
      );
    });

    it('20 concurrent reorders leave ranks 1..n', async () => {
      const { server, count } = await startDevexBackend(knex);
      const ids: string[] = [];
      for (let i = 1; i <= 10; i++) {
        ids.push(
          (
            await request(server)
              .post('/api/devex/backlog')
              .send(item(`Initiative ${i}`))
              .expect(201)
          ).body.id,
        );
      }
      // every item is moved twice from the same version 1: one move wins, the other is stale
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          request(server)
            .post('/api/devex/backlog/reorder')
            .send({
              itemId: ids[i % 10],
              toRank: ((i * 7) % 12) + 1,
              version: 1,
              note: `Forum move ${i + 1}`,
            }),
        ),
      );
      const statuses = responses.map(r => r.status);
      expect(statuses.filter(s => s !== 200 && s !== 409)).toEqual([]);
      expect(statuses.filter(s => s === 200)).toHaveLength(10);
      for (const conflict of responses.filter(r => r.status === 409)) {
        expect(conflict.body.error.message).toMatch(/Reload/);
      }

      const ranks = await ranksIn(knex);
      expect(ranks.map(([rank]) => rank)).toEqual(oneToN(10));
      expect(new Set(ranks.map(([, name]) => name)).size).toBe(10);
      expect(await count('devex_backlog_rank_changes')).toBe(10);
      const { body } = await request(server)
        .get('/api/devex/backlog')
        .expect(200);
      expect(body.items.map((i: any) => i.rank)).toEqual(oneToN(10));
    });

    it('refuses two items on one rank in the database itself', async () => {
      const { server } = await startDevexBackend(knex);
      await request(server).post('/api/devex/backlog').send(item('A'));
      const [row] = await knex('devex_backlog_items').select('*');
      await expect(
        knex('devex_backlog_items').insert({ ...row, id: 'another-id' }),
      ).rejects.toThrow(/unique/i);
    });

    it('migrates a backlog with duplicate and missing ranks to 1..n in its order, and back', async () => {
      await applyDatabaseMigrations({ getClient: async () => knex });
      const migrations = {
        directory: resolvePackagePath(
          '@devex-governance/backstage-plugin-devex-backend',
          'migrations',
        ),
        tableName: 'devex_knex_migrations',
        name: '20261201030000_backlog_rank_unique.js',
      };
      await knex.migrate.down(migrations);
      const row = (id: string, initiative: string, rank: number) => ({
        id,
        initiative,
        owner_ref: 'group:default/platform-eng',
        horizon: 30,
        effort: 'M',
        status: 'proposed',
        rank,
        created_by: 'user:default/guest',
        created_at: new Date('2026-11-20T10:00:00Z'),
        updated_at: new Date('2026-11-20T10:00:00Z'),
      });
      await knex('devex_backlog_items').insert([
        row('b', 'Second (tied, id b)', 2),
        row('a', 'First (tied, id a)', 2),
        row('c', 'Third', 5),
        row('d', 'Fourth', 9),
      ]);
      await knex.migrate.up(migrations);
      expect(await ranksIn(knex)).toEqual([
        [1, 'First (tied, id a)'],
        [2, 'Second (tied, id b)'],
        [3, 'Third'],
        [4, 'Fourth'],
      ]);
      await knex.migrate.down(migrations);
      await knex('devex_backlog_items').update({ rank: 1 });
      expect(await ranksIn(knex)).toHaveLength(4);
    });
  });

  it('answers a write that lost a race with a 409 that says what to retry', async () => {
    const deadlock = Object.assign(new Error('deadlock detected'), {
      code: '40P01',
    });
    const store = new BacklogStore({
      transaction: async () => {
        throw deadlock;
      },
    } as unknown as Knex);
    await expect(
      store.reorder({
        itemId: 'item-1',
        version: 1,
        toRank: 1,
        note: 'n',
        occurrenceId: null,
        changedBy: 'user:default/guest',
        changeId: 'c',
        now: new Date(TEST_NOW),
      }),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringMatching(
        /item-1 could not be moved.*move it again/,
      ),
    });
    const serialization = Object.assign(new Error('could not serialize'), {
      code: '40001',
    });
    const creating = new BacklogStore({
      transaction: async () => {
        throw serialization;
      },
    } as unknown as Knex);
    await expect(
      creating.create({
        initiative: 'Bootstrap GA',
        description: '',
        entityRef: null,
        owner: 'group:default/platform-eng',
        horizon: 30,
        effort: 'M',
        dependencies: [],
        targetDate: null,
        status: 'proposed',
        decision: null,
        decisionNote: null,
        id: 'x',
        createdBy: 'user:default/guest',
        now: new Date(TEST_NOW),
      }),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringMatching(/"Bootstrap GA".*add it again/),
    });
  });
});
