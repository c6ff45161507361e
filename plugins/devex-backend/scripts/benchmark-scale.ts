/*
 * Scale benchmark of the reads the DevEx tab and page make ("flat as the data grows"): the same
 * requests, called the way the HTTP layer calls them, on a database of the small size (10k
 * measurements, 1k action items, 100 experiments, 1k remediation items) and one of the large size
 * (1M, 100k, 10k, 100k), timed side by side in alternating blocks. One 'probe' entity has the same
 * records at both sizes, so what the tab shows for it is the same and its latency should be too.
 * Runs on SQLite (files in a temp dir) and, when BENCH_PG is set to a connection string, on
 * PostgreSQL too (in databases it creates and drops). The evidence sync over 1M remediation items
 * is bench:sync's, not measured here.
 *
 *   yarn workspace @devex-governance/backstage-plugin-devex-backend bench:scale
 *   BENCH_PG=postgresql://postgres@127.0.0.1:5432 yarn workspace @devex-governance/backstage-plugin-devex-backend bench:scale
 *
 * BENCH_SCALE=small runs the small size only (a quick check); BENCH_RUNS sets the timed runs per
 * request and size (default 1000, in 10 blocks, after 50 warm-ups; p95s of sub-millisecond reads
 * need that many to be stable; the p95 shown is the median of the 10 blocks' p95s);
 * BENCH_EXPLAIN=1 prints, per request, each SQL query it makes with its time alone and its plan
 * at each size; BENCH_DB=sqlite or postgresql runs one database only.
 */
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuditorService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createPermissionIntegrationRouter } from '@backstage/plugin-permission-node';
import { Knex } from 'knex';
import {
  insertChunked,
  onEachBenchDatabase,
  queryPlan,
} from './benchDatabases';
import {
  RecordOrigin,
  remediationRow,
  seedActionItems,
  seedExperiments,
  seedMeasurements,
  seedRemediationItems,
  syncStateRow,
} from './seedRecords';
import { DateTime } from 'luxon';
import { readDevexConfig } from '../src/config';
import { createStores } from '../src/stores';
import { applyDatabaseMigrations } from '../src/database/migrations';
import { DEFAULT_METRIC_DEFINITIONS } from '../src/metrics/metricDefinitions';
import { createServices } from '../src/services';
import { RemediationItemStore } from '../src/sync/RemediationItemStore';
import { KnexActionItemStore } from '../src/actionItems/ActionItemStore';
import { zonedClock } from '../src/time/clock';

const SMALL_ONLY = process.env.BENCH_SCALE === 'small';
const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const WARMUP = 50;
const EXPLAIN = !!process.env.BENCH_EXPLAIN;
const GOAL = 1.2;

const SIZES = {
  small: {
    measurements: 10_000,
    actionItems: 1_000,
    experiments: 100,
    remediationItems: 1_000,
  },
  large: {
    measurements: 1_000_000,
    actionItems: 100_000,
    experiments: 10_000,
    remediationItems: 100_000,
  },
};
type Size = (typeof SIZES)['small'];

const ENTITIES = 200;
const GROUPS = 20;
const NOW = '2026-11-25T10:00:00Z';
const PROBE = 'component:default/probe';
const METRICS = DEFAULT_METRIC_DEFINITIONS.map(m => m.key);
/** Portal-wide series the default success measures read; one value a day, the same at both sizes. */
const PORTAL_METRICS = [
  'devex.onboarding_duration',
  'devex.qa_loop_duration',
  'space.satisfaction',
];

const now = DateTime.fromISO(NOW, { zone: 'utc' });
const service = (i: number) => `component:default/service-${i % ENTITIES}`;
const team = (i: number) => `group:default/team-${i % GROUPS}`;
const uuid = (prefix: string, i: number) =>
  `${prefix}000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const daysFromNow = (days: number) => now.plus({ days }).toISODate()!;
const hoursAgo = (hours: number) => now.minus({ hours }).toJSDate();

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) =>
  sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

// ---- the records: each generated from its index, so growing adds rows [small, large) ----

const origin: RecordOrigin = {
  now,
  entity: service,
  owner: team,
  historyDays: 400,
  author: 'user:default/bench',
};

/** The probe entity's records and the portal-wide ones: the same at both sizes. */
async function seedFixed(knex: Knex) {
  await knex('devex_experiments').insert(
    ['running', 'observing'].map((status, k) => ({
      id: uuid('f0', k),
      key: `PROBE-${k + 1}`,
      title: `Probe experiment ${k + 1}`,
      hypothesis: 'h',
      owner_ref: 'group:default/platform-eng',
      status,
      created_by: 'user:default/bench',
      created_at: hoursAgo(24 * 400),
      updated_at: hoursAgo(24),
    })),
  );
  for (let k = 0; k < 2; k++) {
    const metrics = [METRICS[k], METRICS[k + 8]];
    await knex('devex_experiment_entities').insert({
      experiment_id: uuid('f0', k),
      entity_ref: PROBE,
    });
    await knex('devex_experiment_metrics').insert(
      metrics.map((metric_key, position) => ({
        experiment_id: uuid('f0', k),
        metric_key,
        baseline: 10,
        target: 20,
        comparator: 'gte',
        position,
      })),
    );
    await knex('devex_experiment_transitions').insert({
      id: uuid('f1', k),
      experiment_id: uuid('f0', k),
      from_status: 'proposed',
      to_status: k ? 'observing' : 'running',
      note: 'probe',
      changed_by: 'user:default/bench',
      changed_at: hoursAgo(24 * 30),
    });
    // 40 values per metric over the 400 days
    await knex('devex_measurements').insert(
      metrics.flatMap(metric_key =>
        Array.from({ length: 40 }, (_, j) => ({
          metric_key,
          entity_ref: PROBE,
          experiment_id: uuid('f0', k),
          value: 10 + j / 4,
          measured_at: hoursAgo(24 * 10 * j + 1),
          source: 'api',
          recorded_by: 'metric-source:bench',
        })),
      ),
    );
  }
  await insertChunked(
    knex,
    'devex_measurements',
    PORTAL_METRICS.length * 400,
    i => ({
      metric_key: PORTAL_METRICS[i % PORTAL_METRICS.length],
      entity_ref: null,
      experiment_id: null,
      value: 3 + (i % 5) / 2,
      measured_at: hoursAgo(24 * Math.floor(i / PORTAL_METRICS.length) + 2),
      source: 'survey',
      recorded_by: 'metric-source:bench',
    }),
  );
  await knex('devex_action_items').insert(
    (['open', 'in_progress', 'blocked', 'done', 'open'] as const).map(
      (status, k) => ({
        id: uuid('fa', k),
        title: `Probe action item ${k}`,
        description: '',
        entity_ref: PROBE,
        owner_ref: 'group:default/platform-eng',
        due_date: daysFromNow(k * 10 - 15),
        status,
        source: 'manual',
        source_id: null,
        created_by: 'user:default/bench',
        created_at: hoursAgo(24 * 60),
        updated_at: hoursAgo(k),
        version: 1,
      }),
    ),
  );
  const probeItems = Array.from({ length: 20 }, (_, k) => ({
    id: `PROBE-${String(k).padStart(3, '0')}`,
    framework: 'POPIA',
    title: `Probe remediation ${k}`,
    riskLevel: 'high' as const,
    owner: 'group:default/platform-eng',
    dueDate: '2027-01-31',
    status: 'open' as const,
    expectedEvidence: [`evidence/probe-${k}`],
    entityRef: PROBE,
    sourceLocation: null,
  }));
  await knex('devex_remediation_items').insert(
    probeItems.map(i => remediationRow(origin, i)),
  );
  await knex('devex_sync_states').insert(
    probeItems.map((i, k) => syncStateRow(origin, i.id, k)),
  );
  // 30 daily sync runs: the history of the overview and of the sync ratio measure
  await knex('devex_sync_runs').insert(
    Array.from({ length: 30 }, (_, k) => ({
      id: uuid('r0', k),
      trigger: 'schedule',
      started_at: hoursAgo(24 * k + 1),
      finished_at: hoursAgo(24 * k),
      total: 1000,
      synced_automatically: 700,
      synced_manually: 100,
      unsynced: 200,
      ratio: 0.7,
      errors: '[]',
    })),
  );
}

async function grow(knex: Knex, from: Size | undefined, to: Size) {
  const f = from ?? {
    measurements: 0,
    actionItems: 0,
    experiments: 0,
    remediationItems: 0,
  };
  if (!from) await seedFixed(knex);
  await seedExperiments(knex, origin, f.experiments, to.experiments);
  await seedMeasurements(
    knex,
    origin,
    f.measurements,
    to.measurements,
    to.experiments,
  );
  await seedActionItems(knex, origin, f.actionItems, to.actionItems);
  await new KnexActionItemStore(knex).recountAll();
  await seedRemediationItems(
    knex,
    origin,
    f.remediationItems,
    to.remediationItems,
    'BENCH',
  );
  // the items were loaded around the stores: count them as their writes would have
  await new RemediationItemStore(knex).recountAll();
  if (knex.client.config.client === 'pg') {
    // what autovacuum does after a bulk load; done now so that it does not run during the timings
    await knex.raw('vacuum analyze');
    // and the load's dirty pages written out now, not by a checkpoint in the middle of the timings
    // (needs a superuser or pg_checkpoint; skipped when the role has neither)
    await knex.raw('checkpoint').catch(() => undefined);
  }
}

// ---- the services, built as the plugin builds them, over mock core services ----

function catalogEntities(): Entity[] {
  const entity = (name: string, owner: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { owner, type: 'service', lifecycle: 'production' },
    relations: [{ type: 'ownedBy', targetRef: owner }],
  });
  return [
    entity('probe', 'group:default/platform-eng'),
    ...Array.from({ length: ENTITIES }, (_, i) =>
      entity(`service-${i}`, team(i)),
    ),
  ];
}

function buildServices(knex: Knex) {
  const config = readDevexConfig(mockServices.rootConfig({ data: {} }));
  const clock = zonedClock({ now: () => new Date(NOW) }, config.timeZone);
  const registry = createPermissionIntegrationRouter();
  const silentEvent = { success: async () => {}, fail: async () => {} };
  return createServices({
    config,
    clock,
    stores: createStores(knex),
    logger: mockServices.rootLogger({ level: 'none' }),
    auth: mockServices.auth(),
    userInfo: mockServices.userInfo(),
    permissions: mockServices.permissions(),
    permissionsRegistry: {
      addPermissions: p => registry.addPermissions(p),
      addPermissionRules: r => registry.addPermissionRules(r),
      addResourceType: r =>
        registry.addResourceType({
          ...r,
          resourceType: r.resourceRef.resourceType,
        } as any),
      getPermissionRuleset: ref => registry.getPermissionRuleset(ref),
    },
    auditor: { createEvent: async () => silentEvent } as AuditorService,
    scheduler: mockServices.scheduler(),
    urlReader: {
      readUrl: async () => {
        throw new Error('no reads in the benchmark');
      },
      readTree: async () => {
        throw new Error('no reads in the benchmark');
      },
      search: async () => {
        throw new Error('no reads in the benchmark');
      },
    },
    catalog: catalogServiceMock({ entities: catalogEntities() }),
    notifications: { send: async () => {} },
    evidenceProviders: [],
    metricSources: [],
    featureFlagProviders: [],
  });
}

type Requests = Array<[string, () => Promise<unknown>]>;

function requestsOf(services: ReturnType<typeof createServices>): Requests {
  const caller = {
    credentials: mockCredentials.user('user:default/guest'),
    userEntityRef: 'user:default/guest',
  };
  const {
    summary,
    actionItems,
    experiments,
    syncOverview,
    calendar,
    successMeasures,
  } = services;
  return [
    // the DevEx tab of the probe entity: its summary, then the sections it opens
    [
      'tab: summary',
      () => {
        summary.invalidate(); // computed every time, not served from the 10 s cache
        return summary.summary(PROBE, caller);
      },
    ],
    ['tab: action items', () => actionItems.list({ entityRef: PROBE }, caller)],
    [
      'tab: scorecards',
      () => experiments.scorecards({ entityRef: PROBE }, caller, { limit: 50 }),
    ],
    [
      'tab: sync overview',
      () => syncOverview.overview({ entityRef: PROBE }, caller),
    ],
    [
      'tab: calendar occurrences',
      () => calendar.occurrences({ entityRef: PROBE }, caller),
    ],
    ['tab: success measures', () => successMeasures.list(caller)],
    // the DevEx page: the portal's summary, the first page of action items, the portfolio
    [
      'page: summary',
      () => {
        summary.invalidate();
        return summary.summary(undefined, caller);
      },
    ],
    ['page: action items', () => actionItems.list({}, caller)],
    ['page: sync portfolio', () => syncOverview.portfolio(caller)],
  ];
}

type Timing = { median: number; p95: number };
const BLOCKS = 10;

/**
 * Each request at the small and the large size side by side: its warm-ups at both, then its runs
 * in blocks that alternate between the sizes (small first in even blocks, large first in odd
 * ones), so that whatever the machine or the process does meanwhile (another tenant of the VM, a
 * heap grown by the seeding) weighs on both sizes alike. The requests one after another, not
 * interleaved: at the large size the portfolio's scan of every item slowed the request after it,
 * the tab's summary by a third, which is the portfolio's cost, not theirs. No forced GC between
 * runs: tried, it made every request slower, the tab's summary about 3x, as if each run started
 * cold.
 */
async function time(small: Requests, large: Requests | undefined) {
  const result = {
    small: new Map<string, Timing>(),
    large: large ? new Map<string, Timing>() : undefined,
  };
  const timed = async (call: () => Promise<unknown>, runs: number) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const s = process.hrtime.bigint();
      await call();
      times.push(ms(s));
    }
    return times;
  };
  for (const [k, [name, smallCall]] of small.entries()) {
    const largeCall = large?.[k][1];
    const calls = largeCall ? [smallCall, largeCall] : [smallCall];
    for (const call of calls) await timed(call, WARMUP);
    const blocks: number[][][] = calls.map(() => []);
    for (let block = 0; block < BLOCKS; block++) {
      const order = block % 2 ? [...calls.keys()].reverse() : [...calls.keys()];
      for (const c of order) {
        blocks[c].push(await timed(calls[c], Math.ceil(RUNS / BLOCKS)));
      }
    }
    // the p95 of each block, and their median: one block's pauses (a major GC, another tenant)
    // do not decide the figure
    const timing = (b: number[][]) => ({
      median: median(b.flat()),
      p95: median(b.map(p95)),
    });
    result.small.set(name, timing(blocks[0]));
    result.large?.set(name, timing(blocks[1]));
  }
  return result;
}

/** Each SQL query a request makes, timed alone (median of 9) and with its plan. */
async function explain(knex: Knex, requests: Requests, label: string) {
  const pg = knex.client.config.client === 'pg';
  for (const [name, call] of requests) {
    const queries: Array<{ sql: string; bindings: unknown[] }> = [];
    const listener = (q: any) =>
      queries.push({ sql: q.sql, bindings: q.bindings ?? [] });
    knex.on('query', listener);
    await call();
    knex.removeListener('query', listener);
    console.log(`\n-- ${label}, ${name}: ${queries.length} queries`);
    for (const q of queries) {
      const sql = pg ? q.sql.replace(/\$\d+/g, '?') : q.sql;
      const times = [];
      for (let i = 0; i < 9; i++) {
        const s = process.hrtime.bigint();
        await knex.raw(sql, q.bindings as any);
        times.push(ms(s));
      }
      const plan = await queryPlan(knex, sql, q.bindings);
      console.log(
        `${median(times).toFixed(2).padStart(8)} ms  ${q.sql.slice(0, 220)}`,
      );
      console.log(`             ${plan.join('\n             ')}`);
    }
  }
}

async function counts(knex: Knex) {
  const tables = {
    measurements: 'devex_measurements',
    'action items': 'devex_action_items',
    experiments: 'devex_experiments',
    'remediation items': 'devex_remediation_items',
  };
  const parts = [];
  for (const [label, table] of Object.entries(tables)) {
    const [{ n }] = await knex(table).count({ n: '*' });
    parts.push(`${Number(n).toLocaleString('en')} ${label}`);
  }
  return parts.join(', ');
}

const fmt = (x: number) => x.toFixed(2).padStart(8);

async function bench(
  name: string,
  db: string,
  smallDb: Knex,
  largeDb: Knex | undefined,
) {
  console.log(`\n== ${name}`);
  const seeded = async (knex: Knex, label: string, size: Size) => {
    await applyDatabaseMigrations({ getClient: async () => knex });
    const t = process.hrtime.bigint();
    await grow(knex, undefined, size);
    console.log(
      `${label}: ${await counts(knex)} (seeded in ${(ms(t) / 1000).toFixed(
        1,
      )} s)`,
    );
    return requestsOf(buildServices(knex));
  };
  const smallRequests = await seeded(smallDb, 'small', SIZES.small);
  const largeRequests = largeDb
    ? await seeded(largeDb, 'large', SIZES.large)
    : undefined;
  const { small, large } = await time(smallRequests, largeRequests);
  if (EXPLAIN) {
    await explain(smallDb, smallRequests, `${db} small`);
    if (largeDb) await explain(largeDb, largeRequests!, `${db} large`);
  }

  console.log(
    `\n${'request'.padEnd(26)} ${'small median'.padStart(12)} ${'p95'.padStart(
      8,
    )}${
      large
        ? `  ${'large median'.padStart(12)} ${'p95'.padStart(8)}  growth`
        : ''
    }   (ms; ${RUNS} runs at each size in ${BLOCKS} alternating blocks, after ${WARMUP} warm-ups; p95: the median of the blocks' p95s)`,
  );
  let worst: { name: string; growth: number } | undefined;
  for (const [request] of smallRequests) {
    const s = small.get(request)!;
    const l = large?.get(request);
    const growth = l ? l.p95 / s.p95 : undefined;
    if (growth !== undefined && (!worst || growth > worst.growth)) {
      worst = { name: request, growth };
    }
    console.log(
      `${request.padEnd(26)} ${fmt(s.median).padStart(12)} ${fmt(s.p95)}${
        l
          ? `  ${fmt(l.median).padStart(12)} ${fmt(l.p95)}  ${growth!.toFixed(
              2,
            )}x`
          : ''
      }`,
    );
  }
  return worst
    ? `bench scale-${db}: worst growth ${worst.growth.toFixed(2)}x (${
        worst.name
      }) (goal <= ${GOAL.toFixed(2)}x): ${
        worst.growth <= GOAL ? 'ok' : 'falls short'
      }`
    : `bench scale-${db}: small size only (BENCH_SCALE=small), no growth measured`;
}

async function main() {
  const verdicts = await onEachBenchDatabase(
    (db, small, large) => bench(db.title, db.id, small, large),
    SMALL_ONLY ? 1 : 2,
  );
  console.log(`\n${verdicts.join('\n')}`);
}

main().then(
  () => process.exit(0),
  error => {
    // a failed bulk insert's message carries its whole statement
    console.error(String(error?.stack ?? error).slice(0, 2000));
    process.exit(1);
  },
);
