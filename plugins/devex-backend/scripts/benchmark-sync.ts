/*
 * Benchmark of the evidence sync at 100,000 remediation items (BENCH_ITEMS; scripts/bench.sh runs 1M) (issue: "the ratio over 100,000
 * items is one indexed SQL query; a sync run over 100,000 unchanged items completes by skipping
 * them"). Runs on SQLite (a file in a temp dir) and, when BENCH_PG is set to a connection string,
 * on PostgreSQL too. Usage, from the repository root:
 *
 *   yarn workspace @devex-governance/backstage-plugin-devex-backend bench:sync
 *   BENCH_PG=postgresql://postgres@127.0.0.1:5432 yarn workspace @devex-governance/backstage-plugin-devex-backend bench:sync
 */
import { SyncRatios } from '../src/sync/SyncRatios';
import { Knex } from 'knex';
import { onEachBenchDatabase, queryPlan } from './benchDatabases';
import { DateTime } from 'luxon';
import { applyDatabaseMigrations } from '../src/database/migrations';
import { PortalDatabaseEvidenceProvider } from '../src/sync/providers/evidenceProviders';
import { remediationContentHash } from '../src/sync/reconcile';
import { SyncService } from '../src/sync/SyncService';
import { syncStores } from '../src/__testUtils__/syncStores';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const ENTITIES = 200;
const GROUPS = 20;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bench(name: string, knex: Knex) {
  await applyDatabaseMigrations({ getClient: async () => knex });
  const store = syncStores(knex);
  const now = DateTime.fromISO('2026-11-25T10:00:00Z');

  let t = process.hrtime.bigint();
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const item = {
      id: `BENCH-${String(i).padStart(6, '0')}`,
      framework: ['POPIA', 'ISO 27001', 'SOC 2'][i % 3],
      title: `Remediation ${i}`,
      riskLevel: (i % 3 === 0 ? 'high' : 'medium') as 'high' | 'medium',
      owner: `group:default/team-${i % GROUPS}`,
      dueDate: '2027-01-31',
      status: 'open' as const,
      expectedEvidence: [`evidence/${i}`],
      entityRef: `component:default/service-${i % ENTITIES}`,
      sourceLocation: null,
    };
    return { ...item, contentHash: remediationContentHash(item) };
  });
  await store.items.upsertItems(items, now.toJSDate());
  // 1,000 evidence records, 70 items each: 70% of the items have evidence, 5 in 7 of it automated
  for (let e = 0; e < 1000; e++) {
    await store.evidence.putEvidence({
      id: `ev-${e}`,
      title: `Evidence ${e}`,
      source: 'bench',
      location: `s3://evidence/${e}`,
      owner: 'group:default/team-0',
      retentionDays: 365,
      collection: e % 7 < 5 ? 'automated' : 'manual',
      collectedAt: '2026-11-01T00:00:00Z',
      remediationIds: Array.from(
        { length: 70 },
        (_, k) => `BENCH-${String(e * 70 + k).padStart(6, '0')}`,
      ),
      url: null,
    });
  }
  const loadMs = ms(t);

  const noop = async () => ({ items: [] });
  const sync = new SyncService({
    ...store,
    ratios: new SyncRatios({
      store: store.status,
      clock: () => now,
      target: 0.8,
      waivedCounted: false,
    }),
    waivers: { openOnRemediationItems: async () => new Map() },
    providers: [new PortalDatabaseEvidenceProvider(store.evidence)],
    permissions: {
      authorize: async (r: any[]) => r.map(() => ({ result: 'ALLOW' })),
      authorizeConditional: async () => [],
    } as any,
    catalog: { getEntities: noop } as any,
    groups: {} as any,
    // the bench reads no overview: no one's view of the catalog is asked for
    entities: {} as any,
    auditor: {
      createEvent: async () => ({ success: noop, fail: noop }),
    } as any,
    auth: { getOwnServiceCredentials: async () => ({}) } as any,
    urlReader: {} as any,
    logger: {
      warn: console.warn,
      info: () => {},
      error: console.error,
      debug: () => {},
      child: () => undefined,
    } as any,
    target: 0.8,
    clock: () => now,
  });

  let heapPeak = 0;
  const sampler = setInterval(
    () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)),
    20,
  );
  t = process.hrtime.bigint();
  const first = await sync.run('test');
  const firstMs = ms(t);
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  t = process.hrtime.bigint();
  const second = await sync.run('test');
  const secondMs = ms(t);
  clearInterval(sampler);
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);

  const timings = {
    portal: [] as number[],
    entity: [] as number[],
    group: [] as number[],
  };
  for (let i = 0; i < 21; i++) {
    for (const [key, scope] of [
      ['portal', {}],
      ['entity', { entityRef: 'component:default/service-7' }],
      ['group', { ownerRefs: ['group:default/team-3'] }],
    ] as const) {
      const s = process.hrtime.bigint();
      await store.status.ratio(scope);
      timings[key].push(ms(s));
    }
  }
  let portalQueries = 0;
  const countQuery = () => portalQueries++;
  knex.on('query', countQuery);
  const portal = await store.status.ratio({});
  knex.removeListener('query', countQuery);
  const entity = await store.status.ratio({
    entityRef: 'component:default/service-7',
  });
  const group = await store.status.ratio({
    ownerRefs: ['group:default/team-3'],
  });
  const entityQuery = knex('devex_remediation_items as i')
    .leftJoin('devex_sync_states as s', 's.remediation_id', 'i.id')
    .select(
      knex.raw(
        "count(*) as total, sum(case when s.state = 'synced_automatically' then 1 else 0 end) as auto",
      ),
    )
    .where('i.entity_ref', 'component:default/service-7')
    .toString();
  const plan = await queryPlan(knex, entityQuery);
  // the skip reads pages like this one; PostgreSQL runs it and tells what one costs
  const pagePlan = await queryPlan(
    knex,
    store.items
      .itemStatesPage(`BENCH-${String(ITEMS / 2).padStart(6, '0')}`, 5000)
      .toString(),
    [],
    { analyze: true },
  );
  console.log(`\n== ${name}: ${ITEMS.toLocaleString('en')} remediation items`);
  console.log(
    `load (items + 1,000 evidence records): ${(loadMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `first sync run (reconciles all):    ${(firstMs / 1000).toFixed(
      2,
    )} s, ${Math.round(ITEMS / (firstMs / 1000)).toLocaleString(
      'en',
    )} items/s; auto ${first.syncedAutomatically}, manual ${
      first.syncedManually
    }, unsynced ${first.unsynced}`,
  );
  console.log(
    `second sync run (all unchanged):    ${(secondMs / 1000).toFixed(
      2,
    )} s, ${Math.round(ITEMS / (secondMs / 1000)).toLocaleString(
      'en',
    )} items/s; skipped ${second.skipped} of ${second.total}`,
  );
  console.log(
    `heap in use at its peak (sampled):  ${Math.round(
      heapPeak / 1024 / 1024,
    )} MiB`,
  );
  console.log(
    `ratio, portal (${portal.syncedAutomatically}/${
      portal.total
    }):   median ${median(timings.portal).toFixed(1)} ms over 21 queries`,
  );
  console.log(
    `ratio, one entity (${entity.total} items):   median ${median(
      timings.entity,
    ).toFixed(2)} ms`,
  );
  console.log(
    `ratio, one owner group (${group.total}):  median ${median(
      timings.group,
    ).toFixed(2)} ms`,
  );
  console.log(`plan of the entity ratio query:\n  ${plan.join('\n  ')}`);
  console.log(`plan of one page the skip reads:\n  ${pagePlan.join('\n  ')}`);
  const dbName = knex.client.config.client === 'pg' ? 'postgresql' : 'sqlite';
  console.log(
    `bench sync-portal-ratio-${dbName}: ${portalQueries} query, median ${median(
      timings.portal,
    ).toFixed(2)} ms at ${ITEMS.toLocaleString('en')} items (goal: 1 query): ${
      portalQueries === 1 ? 'ok' : 'falls short'
    }`,
  );
  // "at least as fast as today": the code before the kept counts (cf7008a) on this 2-core machine,
  // 2026-12-02, best of its runs: SQLite 97,000-110,000 unchanged items/s (the README's 138,000 was
  // measured on a faster day of the same VM type), PostgreSQL 68,700 (the README's 74,000 is kept)
  const goal = knex.client.config.client === 'pg' ? 74_000 : 110_000;
  const skipRate = Math.round(ITEMS / (secondMs / 1000));
  console.log(
    `bench sync-skip-${
      knex.client.config.client === 'pg' ? 'postgresql' : 'sqlite'
    }: ${skipRate.toLocaleString(
      'en',
    )} unchanged items/s (goal >= ${goal.toLocaleString('en')}): ${
      skipRate >= goal ? 'ok' : 'falls short'
    }`,
  );
}

async function main() {
  await onEachBenchDatabase((db, knex) => bench(db.title, knex));
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
