import {
  Risk,
  RiskChange,
  RiskHeatmap,
  RiskStatus,
} from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { fromColumns, recordMetadataOf, toColumns } from '../database/columns';
import { toIsoTimestamp } from '../database/timestamps';
import { ConflictError } from '@backstage/errors';
import { onUniqueViolation } from '../database/conflicts';

const RISKS = 'devex_risks';
const CHANGES = 'devex_risk_changes';

export type RiskFields = Pick<
  Risk,
  | 'key'
  | 'title'
  | 'description'
  | 'entityRef'
  | 'impact'
  | 'likelihood'
  | 'owner'
  | 'status'
  | 'mitigation'
  | 'remediationIds'
  | 'actionItemIds'
>;

const columnOf: Record<keyof RiskFields, string> = {
  key: 'key',
  title: 'title',
  description: 'description',
  entityRef: 'entity_ref',
  impact: 'impact',
  likelihood: 'likelihood',
  owner: 'owner_ref',
  status: 'status',
  mitigation: 'mitigation',
  remediationIds: 'remediation_ids',
  actionItemIds: 'action_item_ids',
};
const JSON_FIELDS = new Set(['remediationIds', 'actionItemIds']);

function toRisk(r: any): Risk {
  return {
    ...recordMetadataOf(r),
    ...fromColumns<RiskFields>(r, columnOf, JSON_FIELDS),
    impact: Number(r.impact),
    likelihood: Number(r.likelihood),
    exposure: Number(r.impact) * Number(r.likelihood),
  };
}

const toRow = (fields: Partial<RiskFields>) =>
  toColumns(fields, columnOf, JSON_FIELDS);

export type RiskWriteResult =
  | { outcome: 'done'; risk: Risk }
  | { outcome: 'not-found' }
  | { outcome: 'stale'; current: Risk };

/** Persistence of the risk register and its change history. */
export class RiskStore {
  constructor(private readonly knex: Knex) {}

  async list(filter: {
    entityRef?: string;
    statuses?: RiskStatus[];
  }): Promise<Risk[]> {
    const query = this.knex(RISKS)
      .orderByRaw('impact * likelihood desc')
      .orderBy('key');
    if (filter.entityRef) query.where('entity_ref', filter.entityRef);
    if (filter.statuses?.length) query.whereIn('status', filter.statuses);
    return (await query).map(toRisk);
  }

  async get(id: string): Promise<Risk | undefined> {
    const row = await this.knex(RISKS).where({ id }).first();
    return row && toRisk(row);
  }

  async keyExists(key: string): Promise<boolean> {
    return Boolean(await this.knex(RISKS).where({ key }).first('id'));
  }

  async create(
    fields: RiskFields & { id: string; createdBy: string; now: Date },
  ): Promise<Risk> {
    await onUniqueViolation(
      () =>
        this.knex(RISKS).insert({
          ...toRow(fields),
          id: fields.id,
          created_by: fields.createdBy,
          created_at: fields.now,
          updated_at: fields.now,
          version: 1,
        }),
      () => {
        throw new ConflictError(`A risk with key ${fields.key} already exists`);
      },
    );
    return toRisk(await this.knex(RISKS).where({ id: fields.id }).first());
  }

  /** Applies a change at the expected version and records what changed, in one transaction. */
  async update(
    id: string,
    version: number,
    changes: Partial<RiskFields>,
    by: string,
    changeId: string,
    now: Date,
  ): Promise<RiskWriteResult> {
    return this.knex.transaction(async tx => {
      const before = await tx(RISKS).where({ id }).first();
      if (!before) return { outcome: 'not-found' as const };
      if (Number(before.version) !== version)
        return { outcome: 'stale' as const, current: toRisk(before) };
      const old = toRisk(before);
      const diff: Record<string, { from: unknown; to: unknown }> = {};
      for (const [key, value] of Object.entries(changes)) {
        const previous = old[key as keyof Risk];
        if (
          value !== undefined &&
          JSON.stringify(previous) !== JSON.stringify(value)
        )
          diff[key] = { from: previous, to: value };
      }
      const updated = await tx(RISKS)
        .where({ id, version })
        .update({ ...toRow(changes), updated_at: now, version: version + 1 });
      if (!updated) return { outcome: 'stale' as const, current: old };
      await tx(CHANGES).insert({
        id: changeId,
        risk_id: id,
        changes: JSON.stringify(diff),
        changed_by: by,
        changed_at: now,
      });
      return {
        outcome: 'done' as const,
        risk: toRisk(await tx(RISKS).where({ id }).first()),
      };
    });
  }

  async history(riskIds: string[]): Promise<RiskChange[]> {
    if (!riskIds.length) return [];
    const rows = await this.knex(CHANGES)
      .whereIn('risk_id', riskIds)
      .orderBy([{ column: 'changed_at', order: 'desc' }, { column: 'id' }]);
    return rows.map((r: any) => ({
      id: r.id,
      riskId: r.risk_id,
      changes: JSON.parse(r.changes),
      changedBy: r.changed_by,
      changedAt: toIsoTimestamp(r.changed_at),
    }));
  }

  /** Open and in-progress risks counted per impact and likelihood, in SQL. */
  async heatmap(entityRef?: string): Promise<RiskHeatmap> {
    const query = this.knex(RISKS)
      .select('impact', 'likelihood')
      .count({ count: '*' })
      .whereIn('status', ['open', 'in_progress'])
      .groupBy('impact', 'likelihood');
    if (entityRef) query.where('entity_ref', entityRef);
    const rows = await query;
    return {
      cells: rows.map((r: any) => ({
        impact: Number(r.impact),
        likelihood: Number(r.likelihood),
        count: Number(r.count),
      })),
    };
  }
}
