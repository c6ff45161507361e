import {
  Comparator,
  Experiment,
  ExperimentDecision,
  ExperimentLink,
  ExperimentMetric,
  ExperimentStatus,
  ExperimentTransition,
  ExperimentVehicleType,
} from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { toIsoTimestamp } from '../database/timestamps';
import { ConflictError } from '@backstage/errors';
import { onUniqueViolation } from '../database/conflicts';

const EXPERIMENTS = 'devex_experiments';
const ENTITIES = 'devex_experiment_entities';
const METRICS = 'devex_experiment_metrics';
const TRANSITIONS = 'devex_experiment_transitions';

export interface ExperimentFilter {
  entityRef?: string;
  owners?: string[];
  statuses?: ExperimentStatus[];
  /** Experiments judged by at least one metric of these keys. */
  metricKeys?: string[];
  ids?: string[];
}

/** The fields of an experiment people set (status moves through transitions). */
export type ExperimentFields = Omit<
  Experiment,
  | 'id'
  | 'status'
  | 'decision'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
  | 'version'
>;

export type ExperimentWriteResult =
  | { outcome: 'done'; experiment: Experiment }
  | { outcome: 'not-found' }
  | { outcome: 'stale'; current: Experiment };

type ExperimentRow = {
  id: string;
  key: string;
  title: string;
  hypothesis: string;
  design: string;
  owner_ref: string;
  status: ExperimentStatus;
  decision: ExperimentDecision | null;
  kickoff_date: string | null;
  pilot_date: string | null;
  end_date: string | null;
  vehicle_type: ExperimentVehicleType | null;
  vehicle_ref: string | null;
  links: string;
  created_by: string;
  created_at: Date | string | number;
  updated_at: Date | string | number;
  version: number | string;
};

type MetricRow = {
  experiment_id: string;
  metric_key: string;
  baseline: number | string | null;
  target: number | string;
  comparator: Comparator;
  position: number;
};

type TransitionRow = {
  id: string;
  experiment_id: string;
  from_status: ExperimentStatus;
  to_status: ExperimentStatus;
  decision: ExperimentDecision | null;
  note: string;
  changed_by: string;
  changed_at: Date | string | number;
};

const num = (v: number | string | null) => (v === null ? null : Number(v));

function toTransition(row: TransitionRow): ExperimentTransition {
  return {
    id: row.id,
    experimentId: row.experiment_id,
    from: row.from_status,
    to: row.to_status,
    decision: row.decision,
    note: row.note,
    changedBy: row.changed_by,
    changedAt: toIsoTimestamp(row.changed_at),
  };
}

function fieldsToRow(
  fields: Partial<ExperimentFields>,
): Partial<ExperimentRow> {
  const row: Partial<ExperimentRow> = {};
  if (fields.key !== undefined) row.key = fields.key;
  if (fields.title !== undefined) row.title = fields.title;
  if (fields.hypothesis !== undefined) row.hypothesis = fields.hypothesis;
  if (fields.design !== undefined) row.design = fields.design;
  if (fields.owner !== undefined) row.owner_ref = fields.owner;
  if (fields.kickoffDate !== undefined) row.kickoff_date = fields.kickoffDate;
  if (fields.pilotDate !== undefined) row.pilot_date = fields.pilotDate;
  if (fields.endDate !== undefined) row.end_date = fields.endDate;
  if (fields.vehicle !== undefined) {
    row.vehicle_type = fields.vehicle?.type ?? null;
    row.vehicle_ref = fields.vehicle?.ref ?? null;
  }
  if (fields.links !== undefined) row.links = JSON.stringify(fields.links);
  return row;
}

/** Persistence of experiments, their history and measurements; the only place their SQL lives. */
export class ExperimentStore {
  constructor(private readonly knex: Knex) {}

  /**
   * Experiments matching the filter, by key, with entities and metrics: three queries however
   * many experiments there are.
   */
  async list(
    filter: ExperimentFilter,
    page?: { limit: number; afterKey?: string },
  ): Promise<{ items: Experiment[]; hasMore: boolean }> {
    const query = this.knex<ExperimentRow>(EXPERIMENTS).select(
      `${EXPERIMENTS}.*`,
    );
    if (filter.entityRef) {
      // The entity's experiment ids first (its index alone), then those experiments by key: as a
      // join or `id in (subquery)`, SQLite read every experiment of the filtered statuses and
      // PostgreSQL hashed every experiment, both growing with the portal instead of the entity.
      const ids: string[] = await this.knex(ENTITIES)
        .where('entity_ref', filter.entityRef)
        .pluck('experiment_id');
      if (!ids.length) return { items: [], hasMore: false };
      query.whereIn(`${EXPERIMENTS}.id`, ids);
    }
    if (filter.metricKeys) {
      query.whereIn(
        'id',
        this.knex(METRICS)
          .select('experiment_id')
          .whereIn('metric_key', filter.metricKeys),
      );
    }
    if (filter.owners) query.whereIn('owner_ref', filter.owners);
    if (filter.statuses?.length) query.whereIn('status', filter.statuses);
    if (filter.ids) query.whereIn('id', filter.ids);
    if (page?.afterKey) query.where('key', '>', page.afterKey);
    query.orderBy('key', 'asc');
    if (page) query.limit(page.limit + 1);
    const rows: ExperimentRow[] = await query;
    const hasMore = page ? rows.length > page.limit : false;
    const kept = page ? rows.slice(0, page.limit) : rows;
    return { items: await this.hydrate(kept), hasMore };
  }

  async get(id: string): Promise<Experiment | undefined> {
    const row = await this.knex<ExperimentRow>(EXPERIMENTS)
      .where({ id })
      .first();
    return row ? (await this.hydrate([row]))[0] : undefined;
  }

  private async hydrate(
    rows: ExperimentRow[],
    db: Knex = this.knex,
  ): Promise<Experiment[]> {
    if (!rows.length) return [];
    const ids = rows.map(r => r.id);
    const [entityRows, metricRows] = await Promise.all([
      db(ENTITIES).whereIn('experiment_id', ids).orderBy('entity_ref'),
      db<MetricRow>(METRICS)
        .whereIn('experiment_id', ids)
        .orderBy(['experiment_id', 'position']),
    ]);
    const entitiesOf = new Map<string, string[]>();
    for (const e of entityRows) {
      entitiesOf.set(e.experiment_id, [
        ...(entitiesOf.get(e.experiment_id) ?? []),
        e.entity_ref,
      ]);
    }
    const metricsOf = new Map<string, ExperimentMetric[]>();
    for (const m of metricRows as MetricRow[]) {
      metricsOf.set(m.experiment_id, [
        ...(metricsOf.get(m.experiment_id) ?? []),
        {
          metricKey: m.metric_key,
          baseline: num(m.baseline),
          target: Number(m.target),
          comparator: m.comparator,
        },
      ]);
    }
    return rows.map(row => ({
      id: row.id,
      key: row.key,
      title: row.title,
      hypothesis: row.hypothesis,
      design: row.design,
      owner: row.owner_ref,
      entityRefs: entitiesOf.get(row.id) ?? [],
      status: row.status,
      decision: row.decision,
      kickoffDate: row.kickoff_date,
      pilotDate: row.pilot_date,
      endDate: row.end_date,
      vehicle: row.vehicle_type
        ? { type: row.vehicle_type, ref: row.vehicle_ref ?? '' }
        : null,
      links: JSON.parse(row.links) as ExperimentLink[],
      metrics: metricsOf.get(row.id) ?? [],
      createdBy: row.created_by,
      createdAt: toIsoTimestamp(row.created_at),
      updatedAt: toIsoTimestamp(row.updated_at),
      version: Number(row.version),
    }));
  }

  async findIdsByKeyOrId(keysOrIds: string[]): Promise<Map<string, string>> {
    if (!keysOrIds.length) return new Map();
    const rows = await this.knex(EXPERIMENTS)
      .select('id', 'key')
      .whereIn('key', keysOrIds)
      .orWhereIn('id', keysOrIds);
    const found = new Map<string, string>();
    for (const r of rows) {
      found.set(r.key, r.id);
      found.set(r.id, r.id);
    }
    return found;
  }

  /**
   * The experiments named by key or id, each with the entities it concerns (two queries): what a
   * measurement of an experiment may be recorded against.
   */
  async findMeasurementTargets(
    keysOrIds: string[],
  ): Promise<Map<string, { id: string; entityRefs: string[] }>> {
    const ids = await this.findIdsByKeyOrId(keysOrIds);
    const found = new Map<string, { id: string; entityRefs: string[] }>();
    if (!ids.size) return found;
    const rows = await this.knex(ENTITIES)
      .select('experiment_id', 'entity_ref')
      .whereIn('experiment_id', [...new Set(ids.values())]);
    for (const [keyOrId, id] of ids) {
      found.set(keyOrId, {
        id,
        entityRefs: rows
          .filter((r: any) => r.experiment_id === id)
          .map((r: any) => r.entity_ref),
      });
    }
    return found;
  }

  async create(
    fields: ExperimentFields & {
      id: string;
      status: ExperimentStatus;
      createdBy: string;
      now: Date;
    },
  ): Promise<Experiment> {
    await onUniqueViolation(
      () =>
        this.knex.transaction(async tx => {
          await tx(EXPERIMENTS).insert({
            ...fieldsToRow(fields),
            id: fields.id,
            status: fields.status,
            decision: null,
            created_by: fields.createdBy,
            created_at: fields.now,
            updated_at: fields.now,
            version: 1,
          });
          await this.replaceChildren(tx, fields.id, fields);
        }),
      () => {
        throw new ConflictError(
          `An experiment with key ${fields.key} already exists`,
        );
      },
    );
    return (await this.get(fields.id))!;
  }

  private async replaceChildren(
    tx: Knex.Transaction,
    id: string,
    fields: Partial<ExperimentFields>,
  ) {
    if (fields.entityRefs) {
      await tx(ENTITIES).where({ experiment_id: id }).delete();
      if (fields.entityRefs.length) {
        await tx(ENTITIES).insert(
          [...new Set(fields.entityRefs)].map(entity_ref => ({
            experiment_id: id,
            entity_ref,
          })),
        );
      }
    }
    if (fields.metrics) {
      await tx(METRICS).where({ experiment_id: id }).delete();
      if (fields.metrics.length) {
        await tx(METRICS).insert(
          fields.metrics.map((m, position) => ({
            experiment_id: id,
            metric_key: m.metricKey,
            baseline: m.baseline,
            target: m.target,
            comparator: m.comparator,
            position,
          })),
        );
      }
    }
  }

  /** Applies a change if the experiment is still at `expectedVersion`. */
  async update(
    id: string,
    expectedVersion: number,
    changes: Partial<ExperimentFields>,
    now: Date,
  ): Promise<ExperimentWriteResult> {
    return this.knex.transaction(async tx => {
      const updated = await tx(EXPERIMENTS)
        .where({ id, version: expectedVersion })
        .update({
          ...fieldsToRow(changes),
          updated_at: now,
          version: expectedVersion + 1,
        });
      if (updated) {
        await this.replaceChildren(tx, id, changes);
      }
      return this.outcome(tx, id, updated);
    });
  }

  /** Moves the experiment to `to` and records the history entry, atomically and only at `expectedVersion`. */
  async transition(options: {
    id: string;
    expectedVersion: number;
    from: ExperimentStatus;
    to: ExperimentStatus;
    decision: ExperimentDecision | null;
    note: string;
    changedBy: string;
    transitionId: string;
    now: Date;
  }): Promise<ExperimentWriteResult> {
    const { id, expectedVersion, from, to, now } = options;
    return this.knex.transaction(async tx => {
      const updated = await tx(EXPERIMENTS)
        .where({ id, version: expectedVersion, status: from })
        .update({
          status: to,
          decision: options.decision,
          updated_at: now,
          version: expectedVersion + 1,
        });
      if (updated) {
        await tx(TRANSITIONS).insert({
          id: options.transitionId,
          experiment_id: id,
          from_status: from,
          to_status: to,
          decision: options.decision,
          note: options.note,
          changed_by: options.changedBy,
          changed_at: now,
        });
      }
      return this.outcome(tx, id, updated);
    });
  }

  private async outcome(
    tx: Knex.Transaction,
    id: string,
    updated: number,
  ): Promise<ExperimentWriteResult> {
    const row = await tx<ExperimentRow>(EXPERIMENTS).where({ id }).first();
    if (!row) return { outcome: 'not-found' };
    const [experiment] = await this.hydrate([row], tx);
    return updated
      ? { outcome: 'done', experiment }
      : { outcome: 'stale', current: experiment };
  }

  /** Status history of the experiments, oldest first: one query. */
  async listTransitions(
    experimentIds: string[],
  ): Promise<ExperimentTransition[]> {
    if (!experimentIds.length) return [];
    const rows = await this.knex<TransitionRow>(TRANSITIONS)
      .whereIn('experiment_id', experimentIds)
      .orderBy([
        { column: 'experiment_id' },
        { column: 'changed_at' },
        { column: 'id' },
      ]);
    return rows.map(toTransition);
  }
}
