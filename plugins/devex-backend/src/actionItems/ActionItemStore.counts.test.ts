import { ActionItemStatus } from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { countLines, keptCountLines } from '../__testUtils__/countLines';
import { KnexActionItemStore } from './ActionItemStore';

jest.setTimeout(60_000);

const now = new Date('2026-11-10T09:00:00Z');

/** What a kept count is kept by. */
const KEYS = ['entity_ref', 'status', 'due_date'];

async function counted(knex: Knex) {
  const rows = await knex('devex_action_items')
    .select('entity_ref', 'status', 'due_date')
    .count({ n: '*' })
    .groupBy('entity_ref', 'status', 'due_date');
  return countLines(rows, KEYS, 'n');
}

const kept = (knex: Knex) =>
  keptCountLines(knex, 'devex_action_item_counts', KEYS);

describe('the counts the action item store keeps', () => {
  const databases = createDevexTestDatabases();

  it.each(databases.eachSupportedId())(
    'stay equal to the items per entity through creates, updates (entity moves too) and deletes, on %p',
    async databaseId => {
      const knex = await databases.migrated(databaseId);
      const store = new KnexActionItemStore(knex);
      const create = (id: string, status: ActionItemStatus, dueDate: string) =>
        store.create({
          id,
          title: id,
          description: '',
          entityRef: 'component:default/hotpass',
          owner: 'group:default/qa',
          dueDate,
          status,
          source: 'manual',
          sourceId: null,
          createdBy: 'user:default/amara.qa',
          now,
        });
      await create('a', 'open', '2026-11-01');
      await create('b', 'open', '2026-11-01');
      await create('c', 'in_progress', '2026-11-20');
      await create('d', 'done', '2026-10-01');
      expect(await kept(knex)).toEqual(await counted(knex));
      expect(await store.activeCountsByEntity('2026-11-10')).toEqual(
        new Map([['component:default/hotpass', { open: 3, overdue: 2 }]]),
      );
      // an item moved to another entity moves its count with it
      await store.update('c', 1, { entityRef: 'component:default/other' }, now);
      expect(await kept(knex)).toEqual(await counted(knex));
      await store.update(
        'c',
        2,
        { entityRef: 'component:default/hotpass' },
        now,
      );

      await store.update('a', 1, { status: 'done' }, now);
      await store.update('c', 3, { dueDate: '2026-11-05' }, now);
      // a stale version changes nothing, counts included
      await store.update('b', 7, { status: 'done' }, now);
      await store.update('b', 1, { title: 'renamed' }, now);
      expect(await kept(knex)).toEqual(await counted(knex));
      expect(await store.delete('b')).toBe(true);
      expect(await store.delete('b')).toBe(false);
      expect(await kept(knex)).toEqual(await counted(knex));
      expect(await store.activeCountsByEntity('2026-11-10')).toEqual(
        new Map([['component:default/hotpass', { open: 1, overdue: 1 }]]),
      );
      expect(
        await store.activeCounts('component:default/hotpass', '2026-11-10'),
      ).toEqual({ open: 1, overdue: 1 });
    },
  );
});
