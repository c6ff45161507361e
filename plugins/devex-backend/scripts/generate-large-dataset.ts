/*
 * A portal the size of a large company, for the benchmarks and for anyone who wants to see the
 * plugin at that size: a generated organisation in the catalog and years of governance records in
 * the plugin's tables.
 *
 *   bash scripts/large-dataset.sh
 *   cd packages/backend && yarn start --config ../../app-config.yaml --config ../../.data/large/app-config.large.yaml
 *
 * Writes, under DATASET_DIR (default `.data/large` at the repository's root):
 *
 * - `catalog.yaml`: 800 groups nested up to 6 levels (organisation, divisions, departments,
 *   areas, teams, squads), 10,000 users (each in a squad or team, one in twenty in a second
 *   group), 500 systems, 500 APIs and 5,000 components owned by the teams and squads. The catalog
 *   reads it as a file location, as it reads any entity provider's data; the demo's guest is in
 *   a squad six levels deep and `admin-1` in the governance admins' group.
 * - `app-config.large.yaml`: the catalog location, and the database (SQLite files in
 *   `DATASET_DIR/sqlite`, or PostgreSQL databases prefixed `devex_large_` when DATASET_PG holds a
 *   connection string without a database).
 * - `app-config.devex-sqlite.yaml`: the DevEx plugin's database alone in SQLite files in
 *   `DATASET_DIR/sqlite`; with DATASET_PG and DATASET_DEVEX_DB=sqlite the plugin's records are
 *   written there, so the plugin runs on SQLite beside the PostgreSQL catalog read once.
 * - the plugin's database, migrated and filled: 200,000 action items, 20,000 experiments (with
 *   their entities, metrics and transitions), 2,000,000 measurements, 500,000 remediation items
 *   with their sync states, 3 years of governance meetings recorded as held (the monthly syncs
 *   and steering committees) and 36 monthly pulse campaigns with their answers,
 *   written in batches of 5 people of one squad as the pulse writes them.
 *
 * Every record is made from its index, so two runs write the same data; dates count back from
 * the day it runs (DATASET_NOW, an ISO date, fixes that day). DATASET_SCALE (default 1) scales every count but the organisation's, e.g.
 * 0.01 for a quick look.
 */
import { DEFAULT_PULSE_QUESTIONS } from '../src/pulse/PulseService';
import { applyDatabaseMigrations } from '../src/database/migrations';
import { defaultCadences } from '../src/calendar/cadences';
import { ruleOccurrences } from '../src/calendar/occurrences';
import knexFactory, { Knex } from 'knex';
import { DateTime } from 'luxon';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { insertChunked } from './benchDatabases';
import {
  indexedId,
  RecordOrigin,
  seedActionItems,
  seedExperiments,
  seedMeasurements,
  seedRemediationItems,
} from './seedRecords';
import { KnexActionItemStore } from '../src/actionItems/ActionItemStore';
import { RemediationItemStore } from '../src/sync/RemediationItemStore';

const ROOT = resolve(__dirname, '../../..');
const DIR = resolve(process.env.DATASET_DIR ?? join(ROOT, '.data/large'));
const SCALE = Number(process.env.DATASET_SCALE ?? 1);
const PG = process.env.DATASET_PG;
/** With DATASET_PG, the DevEx plugin's records in SQLite files all the same (DATASET_DEVEX_DB=sqlite). */
const DEVEX_SQLITE = process.env.DATASET_DEVEX_DB === 'sqlite';
/** The PostgreSQL databases' prefix, so the data set stays apart from a portal's own. */
const PG_PREFIX = 'devex_large_';

const COUNTS = {
  actionItems: Math.round(200_000 * SCALE),
  experiments: Math.round(20_000 * SCALE),
  measurements: Math.round(2_000_000 * SCALE),
  remediationItems: Math.round(500_000 * SCALE),
};

/** Groups per level of the organisation, from the root down: 800 in all, 6 levels. */
const LEVELS = [
  { prefix: 'org', type: 'organization', count: 1 },
  { prefix: 'division', type: 'division', count: 6 },
  { prefix: 'department', type: 'department', count: 30 },
  { prefix: 'area', type: 'area', count: 120 },
  { prefix: 'team', type: 'team', count: 250 },
  { prefix: 'squad', type: 'squad', count: 393 },
];
const USERS = 10_000;
const SYSTEMS = 500;
const APIS = 500;
const COMPONENTS = 5_000;
const ADMINS = 'developer-productivity-guild';

/**
 * The day the records count back from: DATASET_NOW, or the day the generator runs (as the demo's
 * dates count from its first start), so the portal it fills is current when it is opened.
 */
const now = (
  process.env.DATASET_NOW
    ? DateTime.fromISO(process.env.DATASET_NOW)
    : // eslint-disable-next-line no-restricted-syntax -- the data set is dated from the day it is written
      DateTime.now()
)
  .toUTC()
  .startOf('hour');
const pad = (i: number, n = 5) => String(i).padStart(n, '0');

// ---- the organisation ----

const groupName = (level: number, i: number) =>
  `${LEVELS[level].prefix}-${pad(i, 3)}`;
/** Owners of software: the teams and the squads. */
const owners = [
  ...Array.from({ length: LEVELS[4].count }, (_, i) => groupName(4, i)),
  ...Array.from({ length: LEVELS[5].count }, (_, i) => groupName(5, i)),
];
const squads = Array.from({ length: LEVELS[5].count }, (_, i) =>
  groupName(5, i),
);
const ownerOf = (i: number) => `group:default/${owners[i % owners.length]}`;
const component = (i: number) => `component:default/svc-${pad(i % COMPONENTS)}`;
/** A user's squad or team (its first group), so a squad has about 25 people. */
const homeOf = (u: number) => owners[u % owners.length];

function catalogYaml(): string {
  const docs: string[] = [];
  const doc = (body: string) => docs.push(body);
  LEVELS.forEach((level, depth) => {
    for (let i = 0; i < level.count; i++) {
      const parent =
        depth === 0
          ? ''
          : `\n  parent: ${groupName(depth - 1, i % LEVELS[depth - 1].count)}`;
      doc(`apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: ${groupName(depth, i)}
  title: ${level.type.charAt(0).toUpperCase()}${level.type.slice(1)} ${i}
spec:
  type: ${level.type}${parent}
  children: []`);
    }
  });
  doc(`apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: ${ADMINS}
  title: Developer Productivity Guild
spec:
  type: guild
  parent: ${groupName(0, 0)}
  children: []`);
  // the guest sits six levels deep, as the "member of one deep team" the benchmarks sign in as
  doc(`apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: guest
spec:
  profile:
    displayName: Guest (large data set)
  memberOf: [${squads[0]}]`);
  doc(`apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: admin-1
spec:
  profile:
    displayName: Admin One
  memberOf: [${ADMINS}]`);
  for (let u = 0; u < USERS; u++) {
    const groups = [homeOf(u)];
    if (u % 20 === 0) groups.push(owners[(u * 7 + 3) % owners.length]);
    doc(`apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: user-${pad(u)}
spec:
  profile:
    displayName: User ${u}
    email: user-${pad(u)}@example.com
  memberOf: [${[...new Set(groups)].join(', ')}]`);
  }
  for (let s = 0; s < SYSTEMS; s++)
    doc(`apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: system-${pad(s, 3)}
spec:
  owner: ${owners[s % owners.length]}`);
  for (let a = 0; a < APIS; a++)
    doc(`apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: api-${pad(a, 3)}
spec:
  type: openapi
  lifecycle: production
  owner: ${owners[a % owners.length]}
  system: system-${pad(a % SYSTEMS, 3)}
  definition: "openapi: 3.0.0"`);
  for (let c = 0; c < COMPONENTS; c++)
    doc(`apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: svc-${pad(c)}
  title: Service ${c}
spec:
  type: service
  lifecycle: production
  owner: ${owners[c % owners.length]}
  system: system-${pad(c % SYSTEMS, 3)}
  providesApis: [api-${pad(c % APIS, 3)}]`);
  return `${docs.join('\n---\n')}\n`;
}

function appConfigYaml(): string {
  // the connection by its parts, not as a string: a plugin's SQLite override
  // (app-config.devex-sqlite.yaml) refuses a base connection given as a string
  const url = PG ? new URL(PG) : undefined;
  const database = url
    ? `    client: pg
    prefix: ${PG_PREFIX}
    connection:
      host: ${url.hostname}
      port: ${url.port || 5432}
      user: ${decodeURIComponent(url.username) || 'postgres'}${
        url.password
          ? `\n      password: ${decodeURIComponent(url.password)}`
          : ''
      }`
    : `    client: better-sqlite3
    connection:
      directory: ${join(DIR, 'sqlite')}`;
  return `# Written by generate-large-dataset.ts: the large data set's catalog and database.
backend:
  database:
${database}
catalog:
  locations:
    - type: file
      target: ${join(DIR, 'catalog.yaml')}
      rules:
        - allow: [Group, User, System, API, Component]
devex:
  permissions:
    admins: [group:default/${ADMINS}]
  demoData:
    enabled: false
`;
}

// ---- the plugin's records ----

const origin: RecordOrigin = {
  now,
  entity: component,
  owner: ownerOf,
  historyDays: 1095,
  author: 'user:default/admin-1',
};

/**
 * Three years of meetings held: each occurrence of the default cadences' meetings that repeat by
 * rule (the monthly sync, the steering committee), on the days the calendar computes for them, so
 * the calendar shows them as held. The quarterly forum's days follow the verification windows,
 * which this data set does not run, so it has none.
 */
async function seedGovernanceEvents(knex: Knex) {
  const meetings = defaultCadences('UTC')
    .filter(c => c.type === 'monthly_sync' || c.type === 'steering_committee')
    .flatMap(c => ruleOccurrences(c, now.minus({ years: 3 }), now));
  await insertChunked(knex, 'devex_occurrence_records', meetings.length, m => ({
    occurrence_id: meetings[m].id,
    cadence_id: meetings[m].cadence.id,
    status: 'held',
    minutes_url: null,
    decisions: '[]',
    notes: 'Held (large data set)',
    updated_by: 'user:default/admin-1',
    updated_at: meetings[m].end.toJSDate(),
    version: 1,
  }));
  return meetings.length;
}

/**
 * 36 monthly campaigns, closed and finalised, each answered by 5 people in each of its answering
 * squads (a third of them, in turn): participants and anonymous responses, as a batch is written.
 */
async function seedPulse(knex: Knex) {
  const months = 36;
  const perSquad = 5;
  const questions = DEFAULT_PULSE_QUESTIONS.filter(q => q.kind === 'likert');
  await insertChunked(knex, 'devex_pulse_campaigns', months, m => {
    const opens = now.minus({ months: m + 1 }).startOf('month');
    return {
      id: indexedId('c0', m),
      title: `DevEx pulse ${opens.toFormat('LLLL yyyy')}`,
      period: opens.toFormat('yyyy-MM'),
      opens_at: opens.toJSDate(),
      closes_at: opens.plus({ days: 7 }).toJSDate(),
      questions: JSON.stringify(DEFAULT_PULSE_QUESTIONS),
      created_by: 'user:default/admin-1',
      finalized_at: opens.plus({ days: 8 }).toJSDate(),
    };
  });
  const answering = (m: number) => squads.filter((_, s) => s % 3 === m % 3);
  // the people of a squad are those whose home it is: user u with u % owners.length === index
  const members = (squad: string) => {
    const index = owners.indexOf(squad);
    return Array.from(
      { length: perSquad },
      (_, k) => `user:default/user-${pad(index + k * owners.length)}`,
    );
  };
  const perCampaign = answering(0).length * perSquad;
  /** Answer i: its campaign, the squad it counts in, and who of the squad gave it. */
  const answerAt = (i: number) => {
    const m = Math.floor(i / perCampaign);
    const j = i % perCampaign;
    const squad = answering(m)[Math.floor(j / perSquad)];
    return {
      campaignId: indexedId('c0', m),
      squad,
      person: members(squad)[j % perSquad],
    };
  };
  const answers = months * perCampaign;
  await insertChunked(knex, 'devex_pulse_participation', answers, i => ({
    campaign_id: answerAt(i).campaignId,
    user_ref: answerAt(i).person,
  }));
  // the same batches' answers, counted in their squad and naming no one
  await insertChunked(knex, 'devex_pulse_responses', answers, i => ({
    id: indexedId('p0', i),
    campaign_id: answerAt(i).campaignId,
    group_ref: `group:default/${answerAt(i).squad}`,
    answers: JSON.stringify(
      Object.fromEntries(questions.map((q, k) => [q.id, 1 + ((i + k) % 5)])),
    ),
    free_text: null,
  }));
}

/**
 * The DevEx plugin's database in SQLite files under the data set, the portal's others as
 * app-config.large.yaml says: the plugin's reads on SQLite beside a catalog read once.
 */
function devexSqliteConfigYaml(): string {
  return `# Written by generate-large-dataset.ts: the DevEx plugin's database in SQLite files.
backend:
  database:
    plugin:
      devex:
        client: better-sqlite3
        connection:
          directory: ${join(DIR, 'sqlite')}
`;
}

async function pluginDatabase(): Promise<Knex> {
  if (!PG || DEVEX_SQLITE) {
    mkdirSync(join(DIR, 'sqlite'), { recursive: true });
    return knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(DIR, 'sqlite', 'devex.sqlite') },
      useNullAsDefault: true,
    });
  }
  const name = `${PG_PREFIX}devex`;
  const admin = knexFactory({ client: 'pg', connection: `${PG}/postgres` });
  const exists = await admin
    .select('datname')
    .from('pg_database')
    .where({ datname: name });
  if (!exists.length) await admin.raw(`create database ${name}`);
  await admin.destroy();
  return knexFactory({ client: 'pg', connection: `${PG}/${name}` });
}

async function main() {
  mkdirSync(DIR, { recursive: true });
  const step = async (what: string, run: () => unknown) => {
    const start = process.hrtime.bigint();
    await run();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(`dataset: ${what} (${seconds.toFixed(1)} s)`);
  };
  await step('catalog.yaml: 800 groups, 10,002 users, 6,000 entities', () =>
    writeFileSync(join(DIR, 'catalog.yaml'), catalogYaml()),
  );
  await step('app-config.large.yaml', () =>
    writeFileSync(join(DIR, 'app-config.large.yaml'), appConfigYaml()),
  );
  await step('app-config.devex-sqlite.yaml', () =>
    writeFileSync(
      join(DIR, 'app-config.devex-sqlite.yaml'),
      devexSqliteConfigYaml(),
    ),
  );
  const knex = await pluginDatabase();
  try {
    const [{ count }] = await knex('devex_action_items')
      .count({ count: '*' })
      .catch(() => [{ count: 0 }]);
    if (Number(count) > 0) {
      console.log(
        `dataset: the plugin's database in ${
          PG && !DEVEX_SQLITE ? 'PostgreSQL' : join(DIR, 'sqlite')
        } holds records already; remove it to generate again`,
      );
      return;
    }
    await step('migrations', () =>
      applyDatabaseMigrations({ getClient: async () => knex }),
    );
    await step(`${COUNTS.experiments} experiments`, () =>
      seedExperiments(knex, origin, 0, COUNTS.experiments),
    );
    await step(`${COUNTS.measurements} measurements`, () =>
      seedMeasurements(
        knex,
        origin,
        0,
        COUNTS.measurements,
        COUNTS.experiments,
      ),
    );
    // the records are loaded around the stores: their counts are kept as the stores' writes
    // would have kept them
    await step(`${COUNTS.actionItems} action items`, async () => {
      await seedActionItems(knex, origin, 0, COUNTS.actionItems);
      await new KnexActionItemStore(knex).recountAll();
    });
    await step(`${COUNTS.remediationItems} remediation items`, async () => {
      await seedRemediationItems(
        knex,
        origin,
        0,
        COUNTS.remediationItems,
        'LARGE',
      );
      await new RemediationItemStore(knex).recountAll();
    });
    if (knex.client.config.client === 'pg')
      await step('analyze', () => knex.raw('analyze'));
    await step('3 years of governance meetings held', () =>
      seedGovernanceEvents(knex),
    );
    await step('36 pulse campaigns', () => seedPulse(knex));
  } finally {
    await knex.destroy();
  }
  console.log(
    `dataset: start the portal with it: cd packages/backend && yarn start --config ../../app-config.yaml --config ${join(
      DIR,
      'app-config.large.yaml',
    )}`,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
