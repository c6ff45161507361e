import { Knex } from 'knex';
import { toIsoTimestamp, toIsoTimestampOrNull } from '../database/timestamps';
import { AnomalyFinding } from './detectAnomaly';

const ANOMALIES = 'devex_anomalies';

/** What people made of an anomaly. */
export type AnomalyStatus = 'open' | 'dismissed' | 'taken_up';

/** An anomaly as kept. */
export interface AnomalyRow {
  id: string;
  metricKey: string;
  entityRef: string | null;
  week: string;
  kind: AnomalyFinding['kind'];
  value: number;
  baseline: number;
  spread: number;
  deviations: number;
  baselineWeeks: number;
  windowFrom: string;
  windowTo: string;
  detectedAt: string;
  status: AnomalyStatus;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  actionItemId: string | null;
}

const scopeKey = (entityRef: string | null) => entityRef ?? 'portal';

function toRow(r: any): AnomalyRow {
  return {
    id: r.id,
    metricKey: r.metric_key,
    entityRef: r.entity_ref,
    week: r.week,
    kind: r.kind,
    value: Number(r.value),
    baseline: Number(r.baseline),
    spread: Number(r.spread),
    deviations: Number(r.deviations),
    baselineWeeks: Number(r.baseline_weeks),
    windowFrom: toIsoTimestamp(r.window_from),
    windowTo: toIsoTimestamp(r.window_to),
    detectedAt: toIsoTimestamp(r.detected_at),
    status: r.status,
    note: r.note ?? null,
    decidedBy: r.decided_by ?? null,
    decidedAt: toIsoTimestampOrNull(r.decided_at),
    actionItemId: r.action_item_id ?? null,
  };
}

/** Persistence of telemetry anomalies: one row per series and week. */
export class AnomalyStore {
  constructor(private readonly knex: Knex) {}

  /**
   * Records what a run found in a series this week: a new anomaly, or the open one's figures
   * brought up to date; one decided on stays as it was decided. Whether it was new.
   */
  async record(
    found: {
      id: string;
      metricKey: string;
      entityRef: string | null;
      week: string;
      finding: AnomalyFinding;
    },
    now: Date,
  ): Promise<boolean> {
    const { finding } = found;
    const figures = {
      kind: finding.kind,
      value: finding.value,
      baseline: finding.baseline,
      spread: finding.spread,
      deviations: finding.deviations,
      baseline_weeks: finding.baselineWeeks,
      window_from: new Date(finding.from),
      window_to: new Date(finding.to),
      detected_at: now,
    };
    const inserted = await this.knex(ANOMALIES)
      .insert({
        id: found.id,
        metric_key: found.metricKey,
        entity_ref: found.entityRef,
        scope_key: scopeKey(found.entityRef),
        week: found.week,
        status: 'open',
        ...figures,
      })
      .onConflict(['metric_key', 'scope_key', 'week'])
      .ignore()
      .returning('id');
    if (inserted.length) return true;
    await this.knex(ANOMALIES)
      .where({
        metric_key: found.metricKey,
        scope_key: scopeKey(found.entityRef),
        week: found.week,
        status: 'open',
      })
      .update(figures);
    return false;
  }

  /** Open anomalies whose window ended at or after `since`, newest first; of some entities, or all. */
  async listOpen(
    since: Date,
    entityRefs?: Array<string | null>,
  ): Promise<AnomalyRow[]> {
    const query = this.knex(ANOMALIES)
      .where('status', 'open')
      .where('window_to', '>=', since)
      .orderBy([
        { column: 'window_to', order: 'desc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(500);
    if (entityRefs) {
      const refs = entityRefs.filter((r): r is string => r !== null);
      query.where(q => {
        q.whereIn('entity_ref', refs);
        if (entityRefs.includes(null)) q.orWhereNull('entity_ref');
      });
    }
    return (await query).map(toRow);
  }

  async get(id: string): Promise<AnomalyRow | undefined> {
    const row = await this.knex(ANOMALIES).where({ id }).first();
    return row && toRow(row);
  }

  /** Dismisses or takes up an open anomaly; false when it was decided already. */
  async decide(
    id: string,
    decision: {
      status: Exclude<AnomalyStatus, 'open'>;
      note: string;
      decidedBy: string;
      actionItemId?: string;
    },
    now: Date,
  ): Promise<boolean> {
    const changed = await this.knex(ANOMALIES)
      .where({ id, status: 'open' })
      .update({
        status: decision.status,
        note: decision.note,
        decided_by: decision.decidedBy,
        decided_at: now,
        action_item_id: decision.actionItemId ?? null,
      });
    return changed > 0;
  }
}
