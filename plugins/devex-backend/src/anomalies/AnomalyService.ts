import {
  AuditorService,
  LoggerService,
  PermissionsService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  Anomaly,
  devexGovernanceReadPermission,
  devexOccurrenceRecordPermission,
  MetricDefinition,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { MeasurementSeriesReads } from '../measurements/interfaces';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import { normalizeEntityRef, requireText } from '../shared/validation';
import { auditTaskChange } from '../tasks/systemActor';
import { AuditPlan } from '../audit/DevexAudit';
import { AnomalyRow, AnomalyStore } from './AnomalyStore';
import {
  AnomalyRules,
  DEFAULT_ANOMALY_RULES,
  detectAnomaly,
} from './detectAnomaly';

/** How long an open anomaly is shown after its window ended. */
const SHOWN_DAYS = 14;

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * The sentence a person reads: "QA feedback loop median 31 min this week, 3.4 MADs above its
 * 8-week baseline of 14 min" (a MAD here is the baseline's scaled median absolute deviation).
 */
export function explainAnomaly(
  row: Pick<
    AnomalyRow,
    'kind' | 'value' | 'baseline' | 'deviations' | 'baselineWeeks'
  >,
  metric: Pick<MetricDefinition, 'name' | 'unit'>,
): string {
  const unit =
    !metric.unit || metric.unit === '%' ? metric.unit : ` ${metric.unit}`;
  const what = row.kind === 'level' ? 'median' : 'latest value';
  const when = row.kind === 'level' ? 'this week' : 'on its latest day';
  // "QA feedback loop (median)": the sentence says which value it judged itself
  const name = metric.name.replace(/\s*\([^)]*\)$/, '');
  return `${name} ${what} ${round(row.value)}${unit} ${when}, ${Math.abs(
    row.deviations,
  ).toFixed(1)} MADs ${row.deviations > 0 ? 'above' : 'below'} its ${
    row.baselineWeeks
  }-week baseline of ${round(row.baseline)}${unit}`;
}

export interface AnomalyServiceOptions {
  store: AnomalyStore;
  measurements: Pick<MeasurementSeriesReads, 'listUnattachedSeries'>;
  metrics: Map<string, MetricDefinition>;
  permissions: PermissionsService;
  /** What the catalog shows a caller: an entity's anomalies follow it. */
  entities: EntityCatalog;
  auditor: AuditorService;
  logger: LoggerService;
  clock: () => DateTime;
  rules?: AnomalyRules;
}

/**
 * Telemetry anomalies: every measurement series the portal keeps (each metric, for the portal
 * and for each entity) judged against its own history by a scheduled run, once across replicas,
 * and what people make of them: dismissed with a note, or taken up as an action item.
 */
export class AnomalyService {
  constructor(private readonly options: AnomalyServiceOptions) {}

  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: 'devex-anomaly-detection',
      // every series, measurements pushed through the API included; the metric sources'
      // collection also runs a detection as soon as it has collected
      frequency: { hours: 1 },
      timeout: { minutes: 10 },
      initialDelay: { minutes: 5 },
      scope: 'global',
      fn: async () => {
        await this.detect();
      },
    });
  }

  /** Judges every series; how many anomalies were new. */
  async detect(): Promise<number> {
    const rules = this.options.rules ?? DEFAULT_ANOMALY_RULES;
    const now = this.options.clock();
    const from = now
      .minus({ days: rules.windowDays + rules.baselineDays })
      .toJSDate();
    let found = 0;
    for (const metric of this.options.metrics.values()) {
      const series = await this.options.measurements.listUnattachedSeries(
        metric.key,
        from,
      );
      for (const [entityRef, points] of series) {
        const finding = detectAnomaly(points, {
          lowerIsBetter: metric.lowerIsBetter,
          now,
          rules,
        });
        if (!finding) continue;
        const added = await this.options.store.record(
          {
            id: randomUUID(),
            metricKey: metric.key,
            entityRef,
            week: now.toUTC().startOf('week').toISODate()!,
            finding,
          },
          now.toJSDate(),
        );
        if (added) found += 1;
      }
    }
    if (found) {
      await auditTaskChange(this.options.auditor, this.options.logger, {
        eventId: 'anomaly-detection',
        meta: { found },
      });
    }
    return found;
  }

  /**
   * The open anomalies of an entity, or of the portal and every entity the caller sees, newest
   * first, each with its explanation.
   */
  async list(
    entityRef: string | undefined,
    caller: Caller,
  ): Promise<Anomaly[]> {
    const ref =
      entityRef === undefined
        ? undefined
        : normalizeEntityRef('entityRef', entityRef);
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    return this.options.entities.visibleRecords(
      caller.credentials,
      await this.open(ref),
      a => [a.entityRef],
    );
  }

  /**
   * The open anomalies shown now, of an entity or of all, whoever asks: for callers that decided
   * the reader's access and visibility themselves (the summary).
   */
  async open(entityRef?: string): Promise<Anomaly[]> {
    const since = this.options.clock().minus({ days: SHOWN_DAYS }).toJSDate();
    const rows = await this.options.store.listOpen(
      since,
      entityRef === undefined ? undefined : [entityRef],
    );
    return rows.flatMap(r => {
      const metric = this.options.metrics.get(r.metricKey);
      return metric ? [this.present(r, metric)] : [];
    });
  }

  /** Dismisses an open anomaly with the note people give; the forum records it in its minutes. */
  async dismiss(id: string, note: string, caller: Caller): Promise<Anomaly> {
    const text = requireText('note', note);
    await authorizeOrThrow(
      this.options.permissions,
      devexOccurrenceRecordPermission,
      caller,
    );
    return this.decide(id, caller, { status: 'dismissed', note: text });
  }

  /**
   * Marks an open anomaly taken up by an action item recorded in a forum, which has decided that
   * the caller records the forum's outcomes (no second permission decision).
   */
  async takeUp(
    id: string,
    item: { id: string; title: string },
    caller: Caller,
  ): Promise<Anomaly> {
    return this.decide(id, caller, {
      status: 'taken_up',
      note: `Taken up as the action item "${item.title}"`,
      actionItemId: item.id,
    });
  }

  /** An anomaly the caller sees, still open: before a forum records what takes it up. */
  async openOrThrow(id: string, caller: Caller): Promise<AnomalyRow> {
    const { current } = await this.visibleOrThrow(id, caller);
    if (current.status !== 'open') {
      throw new ConflictError(
        `Anomaly ${id} was ${current.status.replace('_', ' ')} already`,
      );
    }
    return current;
  }

  private async visibleOrThrow(id: string, caller: Caller) {
    const current = await this.options.store.get(id);
    const metric = current && this.options.metrics.get(current.metricKey);
    if (
      !current ||
      !metric ||
      !(
        await this.options.entities.visibleRecords(
          caller.credentials,
          [current],
          r => [r.entityRef],
        )
      ).length
    ) {
      throw new NotFoundError(`No anomaly ${id}`);
    }
    return { current, metric };
  }

  private async decide(
    id: string,
    caller: Caller,
    decision: {
      status: 'dismissed' | 'taken_up';
      note: string;
      actionItemId?: string;
    },
  ): Promise<Anomaly> {
    const { current, metric } = await this.visibleOrThrow(id, caller);
    const decided = await this.options.store.decide(
      id,
      { ...decision, decidedBy: caller.userEntityRef },
      this.options.clock().toJSDate(),
    );
    if (!decided) {
      throw new ConflictError(
        `Anomaly ${id} was ${current.status.replace('_', ' ')} already`,
      );
    }
    return this.present((await this.options.store.get(id))!, metric);
  }

  private present(row: AnomalyRow, metric: MetricDefinition): Anomaly {
    return {
      id: row.id,
      metricKey: row.metricKey,
      metricName: metric.name,
      unit: metric.unit,
      entityRef: row.entityRef,
      kind: row.kind,
      value: row.value,
      baseline: row.baseline,
      deviations: row.deviations,
      baselineWeeks: row.baselineWeeks,
      windowFrom: row.windowFrom,
      windowTo: row.windowTo,
      detectedAt: row.detectedAt,
      explanation: explainAnomaly(row, metric),
      status: row.status,
      note: row.note,
      decidedBy: row.decidedBy,
      decidedAt: row.decidedAt,
      actionItemId: row.actionItemId,
    };
  }
}

/** The writes of {@link AnomalyService} that are audit events, whichever door they came through. */
export const ANOMALY_AUDIT: AuditPlan<AnomalyService> = {
  dismiss: {
    eventId: 'anomaly-dismiss',
    meta: id => ({ anomalyId: id }),
  },
};
