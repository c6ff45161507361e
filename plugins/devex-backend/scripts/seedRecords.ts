/*
 * The plugin's records as the benchmarks and the large data set make them: each made from its
 * index, so growing a database from one size to the next adds rows [from, to) and two runs write
 * the same rows. They are written around the stores (bulk inserts); a caller that loads action
 * items or remediation items recounts them through their stores afterwards.
 */
import {
  ACTION_ITEM_SOURCES,
  ACTION_ITEM_STATUSES,
  EXPERIMENT_STATUSES,
} from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { DEFAULT_METRIC_DEFINITIONS } from '../src/metrics/metricDefinitions';
import { remediationContentHash } from '../src/sync/reconcile';
import { insertChunked } from './benchDatabases';

/** Where and when the records are: the catalog refs they name, the instant they count back from. */
export interface RecordOrigin {
  now: DateTime;
  /** The entity record i belongs to. */
  entity: (i: number) => string;
  /** The group that owns record i. */
  owner: (i: number) => string;
  /** How many days back the records' times spread. */
  historyDays: number;
  /** Who wrote them. */
  author: string;
}

const METRICS = DEFAULT_METRIC_DEFINITIONS.map(m => m.key);

/** A UUID-shaped id from a two-character prefix and an index. */
export const indexedId = (prefix: string, i: number) =>
  `${prefix}000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

const hoursAgo = (o: RecordOrigin, hours: number) =>
  o.now.minus({ hours }).toJSDate();
const daysFromNow = (o: RecordOrigin, days: number) =>
  o.now.plus({ days }).toISODate()!;

/** Experiment e's id, its two metrics and its entities. */
export function experimentOf(o: RecordOrigin, e: number) {
  return {
    id: indexedId('e0', e),
    metrics: [METRICS[e % METRICS.length], METRICS[(e + 5) % METRICS.length]],
    entities: [...new Set([o.entity(e), o.entity(e * 7 + 3)])],
  };
}

/** Experiments [from, to) with their entities, metrics and one transition each. */
export async function seedExperiments(
  knex: Knex,
  o: RecordOrigin,
  from: number,
  to: number,
) {
  const status = (e: number) =>
    EXPERIMENT_STATUSES[e % EXPERIMENT_STATUSES.length];
  await insertChunked(
    knex,
    'devex_experiments',
    to,
    e => ({
      id: indexedId('e0', e),
      key: `EXP-${String(e).padStart(6, '0')}`,
      title: `Experiment ${e}`,
      hypothesis: 'Faster feedback loops raise throughput',
      owner_ref: o.owner(e),
      status: status(e),
      created_by: o.author,
      created_at: hoursAgo(o, 24 * o.historyDays),
      updated_at: hoursAgo(o, 24 * (e % o.historyDays)),
    }),
    from,
  );
  await insertChunked(
    knex,
    'devex_experiment_entities',
    to,
    e =>
      experimentOf(o, e).entities.map(entity_ref => ({
        experiment_id: indexedId('e0', e),
        entity_ref,
      })),
    from,
  );
  await insertChunked(
    knex,
    'devex_experiment_metrics',
    to,
    e =>
      experimentOf(o, e).metrics.map((metric_key, position) => ({
        experiment_id: indexedId('e0', e),
        metric_key,
        baseline: 10,
        target: 20,
        comparator: 'gte',
        position,
      })),
    from,
  );
  await insertChunked(
    knex,
    'devex_experiment_transitions',
    to,
    e => ({
      id: indexedId('t0', e),
      experiment_id: indexedId('e0', e),
      from_status: 'proposed',
      to_status: status(e),
      note: 'Agreed in the monthly sync',
      changed_by: o.author,
      changed_at: hoursAgo(o, 24 * (e % o.historyDays)),
    }),
    from,
  );
}

/**
 * Measurements [from, to): measurement i belongs to experiment floor(i / per) (3 in 4 of them)
 * or to one of its entities alone.
 */
export async function seedMeasurements(
  knex: Knex,
  o: RecordOrigin,
  from: number,
  to: number,
  experiments: number,
) {
  const per = Math.max(1, Math.floor(to / Math.max(1, experiments)));
  await insertChunked(
    knex,
    'devex_measurements',
    to,
    i => {
      const e = Math.min(experiments - 1, Math.floor(i / per));
      const { id, metrics, entities } = experimentOf(o, e);
      const withExperiment = i % 4 !== 3;
      return {
        metric_key: withExperiment
          ? metrics[i % metrics.length]
          : METRICS[i % METRICS.length],
        entity_ref: entities[i % entities.length],
        experiment_id: withExperiment ? id : null,
        value: 10 + (i % 17),
        measured_at: hoursAgo(o, (i * 7919) % (o.historyDays * 24)),
        source: 'api',
        recorded_by: 'metric-source:bench',
      };
    },
    from,
  );
}

/** Action items [from, to): due from half the history ago to half of it ahead. */
export async function seedActionItems(
  knex: Knex,
  o: RecordOrigin,
  from: number,
  to: number,
) {
  await insertChunked(
    knex,
    'devex_action_items',
    to,
    a => {
      const source = ACTION_ITEM_SOURCES[a % ACTION_ITEM_SOURCES.length];
      const meeting =
        source === 'governance_forum' || source === 'monthly_sync';
      return {
        id: indexedId('a0', a),
        title: `Action item ${a}`,
        description: '',
        entity_ref: o.entity(a),
        owner_ref: o.owner(a),
        due_date: daysFromNow(
          o,
          ((a * 37) % o.historyDays) - Math.floor(o.historyDays / 2),
        ),
        status: ACTION_ITEM_STATUSES[a % ACTION_ITEM_STATUSES.length],
        source,
        // a past meeting's occurrence id, as the calendar makes them
        source_id: meeting
          ? `${
              source === 'monthly_sync' ? 'monthly-sync' : 'quarterly-forum'
            }:${daysFromNow(o, -((a % (o.historyDays - 100)) + 1))}`
          : null,
        created_by: o.author,
        created_at: hoursAgo(o, 24 * o.historyDays),
        updated_at: hoursAgo(o, a % (o.historyDays * 12)),
        version: 1,
      };
    },
    from,
  );
}

/** A remediation item as the evidence sync reads it. */
export interface RemediationRecord {
  id: string;
  framework: string;
  title: string;
  riskLevel: 'high' | 'medium';
  owner: string;
  dueDate: string;
  status: 'open';
  expectedEvidence: string[];
  entityRef: string;
  sourceLocation: null;
}

/** Its row in `devex_remediation_items`. */
export function remediationRow(o: RecordOrigin, i: RemediationRecord) {
  return {
    id: i.id,
    framework: i.framework,
    title: i.title,
    risk_level: i.riskLevel,
    owner_ref: i.owner,
    due_date: i.dueDate,
    status: i.status,
    expected_evidence: JSON.stringify(i.expectedEvidence),
    entity_ref: i.entityRef,
    source_location: null,
    source_key: `api:${i.entityRef}`,
    content_hash: remediationContentHash(i),
    updated_at: o.now.toJSDate(),
  };
}

/** Item r's sync state: 70% synced automatically, 10% by hand, the rest not (as after a run). */
export function syncStateRow(o: RecordOrigin, id: string, r: number) {
  let state = 'unsynced';
  if (r % 10 < 7) state = 'synced_automatically';
  else if (r % 10 === 7) state = 'synced_manually';
  return {
    remediation_id: id,
    state,
    reason: state === 'unsynced' ? 'No evidence found' : null,
    evidence: '[]',
    input_hash: 'bench',
    attempts: 0,
    last_synced_at: o.now.toJSDate(),
    last_run_id: indexedId('r0', 0),
  };
}

/** Remediation items [from, to) named `${prefix}-000001`..., with their sync states. */
export async function seedRemediationItems(
  knex: Knex,
  o: RecordOrigin,
  from: number,
  to: number,
  prefix: string,
) {
  const item = (r: number): RemediationRecord => ({
    id: `${prefix}-${String(r).padStart(6, '0')}`,
    framework: ['POPIA', 'ISO 27001', 'SOC 2'][r % 3],
    title: `Remediation ${r}`,
    riskLevel: r % 3 === 0 ? 'high' : 'medium',
    owner: o.owner(r),
    dueDate: daysFromNow(o, (r % 365) - 100),
    status: 'open',
    expectedEvidence: [`evidence/${r}`],
    entityRef: o.entity(r),
    sourceLocation: null,
  });
  await insertChunked(
    knex,
    'devex_remediation_items',
    to,
    r => remediationRow(o, item(r)),
    from,
  );
  await insertChunked(
    knex,
    'devex_sync_states',
    to,
    r => syncStateRow(o, item(r).id, r),
    from,
  );
}
