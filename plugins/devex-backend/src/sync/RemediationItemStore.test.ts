import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  RemediationItem,
  SyncState,
} from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { countLines, keptCountLines } from '../__testUtils__/countLines';
import { syncStores } from '../__testUtils__/syncStores';

jest.setTimeout(60_000);

const now = new Date('2026-11-10T09:00:00Z');

function item(
  id: number,
  entity: string,
  owner: string,
): RemediationItem & { contentHash: string } {
  return {
    id: `ITEM-${id}`,
    framework: 'POPIA',
    title: `Item ${id}`,
    riskLevel: 'high',
    owner: `group:default/${owner}`,
    dueDate: null,
    status: 'open',
    expectedEvidence: [],
    entityRef: `component:default/${entity}`,
    sourceLocation: null,
    contentHash: `${id}-${owner}`,
  };
}

function write(ids: number[], state: SyncState) {
  return ids.map(id => ({
    remediationId: `ITEM-${id}`,
    state,
    reason: null,
    evidence: [],
    inputHash: `${id}-${state}`,
    attempts: 0,
    nextAttemptAt: null,
    staleAt: null,
    lastSyncedAt: null,
    runId: 'run-1',
  }));
}

/** What the kept counts must equal: every item counted from the items and their states. */
/** What a kept count is kept by. */
const KEYS = ['entity_ref', 'owner_ref', 'state'];

async function counted(knex: Knex) {
  const rows = await knex('devex_remediation_items as i')
    .leftJoin('devex_sync_states as s', 's.remediation_id', 'i.id')
    .select(
      'i.entity_ref',
      'i.owner_ref',
      knex.raw("coalesce(s.state, 'unsynced') as state"),
    )
    .count({ n: '*' })
    .groupBy('i.entity_ref', 'i.owner_ref')
    .groupByRaw("coalesce(s.state, 'unsynced')");
  return countLines(rows, KEYS, 'n');
}

const kept = (knex: Knex) => keptCountLines(knex, 'devex_sync_counts', KEYS);

const databases = createDevexTestDatabases();

describe('the counts the sync store keeps', () => {
  it.each(databases.eachSupportedId())(
    'stay equal to the items and their states through upserts and state writes, on %p',
    async databaseId => {
      const knex = await databases.migrated(databaseId);
      const store = syncStores(knex);

      await store.items.upsertItems(
        [
          ...[1, 2, 3, 4].map(i => item(i, 'hotpass', 'platform-eng')),
          ...[5, 6].map(i => item(i, 'billing', 'payments')),
        ],
        now,
      );
      expect(await kept(knex)).toEqual(await counted(knex));
      expect(await store.status.ratio({})).toEqual({
        total: 6,
        syncedAutomatically: 0,
      });

      await store.items.writeStates([
        ...write([1, 2, 5], 'synced_automatically'),
        ...write([3], 'failed'),
      ]);
      expect(await kept(knex)).toEqual(await counted(knex));
      // the same state again moves nothing; a changed one moves one item
      await store.items.writeStates([
        ...write([1], 'synced_automatically'),
        ...write([3], 'synced_manually'),
      ]);
      expect(await kept(knex)).toEqual(await counted(knex));

      // an item changes owner, another is added: the entity is counted afresh
      await store.items.upsertItems(
        [item(2, 'hotpass', 'qa'), item(7, 'hotpass', 'qa')],
        now,
      );
      expect(await kept(knex)).toEqual(await counted(knex));

      expect(await store.status.ratio({})).toEqual({
        total: 7,
        syncedAutomatically: 3,
      });
      expect(
        await store.status.ratio({ entityRef: 'component:default/hotpass' }),
      ).toEqual({ total: 5, syncedAutomatically: 2 });
      expect(
        await store.status.ratio({ ownerRefs: ['group:default/qa'] }),
      ).toEqual({
        total: 2,
        syncedAutomatically: 1,
      });
      expect(await store.status.ratiosByOwner()).toEqual([
        { owner: 'group:default/payments', total: 2, syncedAutomatically: 1 },
        {
          owner: 'group:default/platform-eng',
          total: 3,
          syncedAutomatically: 1,
        },
        { owner: 'group:default/qa', total: 2, syncedAutomatically: 1 },
      ]);
      expect(
        await store.status.countsByState({
          entityRef: 'component:default/hotpass',
        }),
      ).toEqual({
        synced_automatically: 2,
        synced_manually: 1,
        unsynced: 2,
        failed: 0,
        stale: 0,
        total: 5,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'stay equal when one write moves items of hundreds of entities, on %p',
    async databaseId => {
      const knex = await databases.migrated(databaseId);
      const store = syncStores(knex);
      const ids = Array.from({ length: 1200 }, (_, i) => i);
      await store.items.upsertItems(
        ids.map(i => item(i, `service-${i % 400}`, `team-${i % 7}`)),
        now,
      );
      await store.items.writeStates([
        ...write(
          ids.filter(i => i % 3 === 0),
          'synced_automatically',
        ),
        ...write(
          ids.filter(i => i % 3 === 1),
          'failed',
        ),
      ]);
      expect(await kept(knex)).toEqual(await counted(knex));
      expect(await store.status.ratio({})).toEqual({
        total: 1200,
        syncedAutomatically: 400,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'are counted from the existing items by the migration that adds them, on %p',
    async databaseId => {
      const knex = await databases.migrated(databaseId);
      const store = syncStores(knex);
      await store.items.upsertItems(
        [1, 2, 3].map(i => item(i, 'hotpass', 'platform-eng')),
        now,
      );
      await store.items.writeStates(write([1], 'synced_automatically'));
      const migrations = {
        directory: resolvePackagePath(
          '@devex-governance/backstage-plugin-devex-backend',
          'migrations',
        ),
        tableName: 'devex_knex_migrations',
        name: '20261201080000_sync_counts.js',
      };
      await knex.migrate.down(migrations);
      await knex.migrate.up(migrations);
      expect(await kept(knex)).toEqual([
        'component:default/hotpass group:default/platform-eng synced_automatically 1',
        'component:default/hotpass group:default/platform-eng unsynced 2',
      ]);
    },
  );
});

describe('the item states the sync reads', () => {
  it.each(databases.eachSupportedId())(
    'come a keyset page at a time, every item once in id order with its stored state, on %p',
    async databaseId => {
      const knex = await databases.migrated(databaseId);
      const store = syncStores(knex);
      await store.items.upsertItems(
        [1, 2, 3, 4, 5, 6, 7].map(i => item(i, 'hotpass', 'platform-eng')),
        now,
      );
      await store.items.writeStates([
        ...write([2], 'synced_automatically'),
        ...write([6], 'failed'),
      ]);

      const pages = [];
      for await (const page of store.items.itemStates(3)) pages.push(page);

      expect(pages.map(p => p.map(s => s.id))).toEqual([
        ['ITEM-1', 'ITEM-2', 'ITEM-3'],
        ['ITEM-4', 'ITEM-5', 'ITEM-6'],
        ['ITEM-7'],
      ]);
      expect(pages[0][0]).toEqual({
        id: 'ITEM-1',
        contentHash: '1-platform-eng',
        stored: null,
      });
      expect(pages[0][1].stored).toEqual({
        state: 'synced_automatically',
        inputHash: '2-synced_automatically',
        attempts: 0,
        nextAttemptAt: null,
        staleAt: null,
      });
      expect(pages[1][2].stored?.state).toBe('failed');

      // a caller that stops after one page: the page read ahead is left, and nothing fails later
      for await (const page of store.items.itemStates(3)) {
        expect(page).toHaveLength(3);
        break;
      }
      expect(await store.status.ratio({})).toEqual({
        total: 7,
        syncedAutomatically: 1,
      });
    },
  );
});
