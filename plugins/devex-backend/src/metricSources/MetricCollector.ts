import {
  AuditorService,
  LoggerService,
  PermissionsService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  devexGovernanceReadPermission,
  MeasurementSource,
  MetricDefinition,
} from '@devex-governance/backstage-plugin-devex-common';
import { MetricSource } from '@devex-governance/backstage-plugin-devex-node';
import { DateTime } from 'luxon';
import { CollectedMeasurementWrites } from '../measurements/interfaces';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import {
  auditTaskChange,
  OUTBOUND_CALL_TIMEOUT_MS,
  outboundSignal,
} from '../tasks/systemActor';
import {
  MetricSourceStatus,
  MetricSourceStatusStore,
} from './MetricSourceStatusStore';

export type { MetricSourceStatus } from './MetricSourceStatusStore';

/** The measurement source of the built-in metric sources; others record `api`. */
const SOURCE_KINDS: Record<string, MeasurementSource> = {
  prefect: 'prefect',
  'four-keys': 'four_keys',
};

/**
 * Pulls measurements from every metric source; a source that fails is recorded as unreachable
 * (visible through the API) and never stops the others. Values are recorded idempotently per
 * metric, scope and time, so a rerun in the same hour changes nothing.
 */
export class MetricCollector {
  constructor(
    private readonly options: {
      sources: MetricSource[];
      measurements: CollectedMeasurementWrites;
      statuses: MetricSourceStatusStore;
      metrics: Map<string, MetricDefinition>;
      permissions: PermissionsService;
      auditor: AuditorService;
      logger: LoggerService;
      clock: () => DateTime;
      /** How long one source may take (default {@link OUTBOUND_CALL_TIMEOUT_MS}). */
      callTimeoutMs?: number;
      /** Runs after each scheduled collection: the anomaly detection. */
      afterCollection?: () => Promise<unknown>;
    },
  ) {}

  /** Registers the hourly collection, one run across replicas. */
  async scheduleCollection(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: 'devex-collect-metrics',
      frequency: { hours: 1 },
      timeout: { minutes: 10 },
      scope: 'global',
      fn: async (signal?: AbortSignal) => {
        await this.collect(signal);
        // what was collected is judged at once, in the same run (once across replicas)
        await this.options.afterCollection?.();
      },
    });
  }

  /**
   * Collects from every source in turn. Stops between sources when the task is aborted; each
   * source's calls are aborted with the task or after {@link OUTBOUND_CALL_TIMEOUT_MS}.
   */
  async collect(signal?: AbortSignal): Promise<MetricSourceStatus[]> {
    const now = this.options.clock();
    const statuses: MetricSourceStatus[] = [];
    for (const source of this.options.sources) {
      signal?.throwIfAborted();
      let status: MetricSourceStatus;
      try {
        const collected = await source.collect({
          now: now.toJSDate(),
          signal: outboundSignal(signal, this.options.callTimeoutMs),
        });
        const known = collected.filter(m =>
          this.options.metrics.has(m.metricKey),
        );
        for (const m of known) {
          await this.options.measurements.replaceMeasurement({
            metricKey: m.metricKey,
            entityRef: m.entityRef ?? null,
            experimentId: null,
            value: m.value,
            // one value per source, metric and scope per hour
            measuredAt: DateTime.fromISO(m.measuredAt)
              .toUTC()
              .startOf('hour')
              .toJSDate(),
            source: SOURCE_KINDS[source.id] ?? 'api',
            // only this source's own value is replaced, never what a person recorded
            recordedBy: `metric-source:${source.id}`,
          });
        }
        status = {
          id: source.id,
          ok: true,
          message: `${known.length} measurement(s)`,
          collectedAt: now.toUTC().toISO()!,
          measurements: known.length,
        };
      } catch (error) {
        status = {
          id: source.id,
          ok: false,
          message: `Unreachable or unreadable: ${(error as Error).message}`,
          collectedAt: now.toUTC().toISO()!,
          measurements: 0,
        };
        this.options.logger.warn(
          `Metric source ${source.id}: ${(error as Error).message}`,
        );
      }
      await this.options.statuses.put(status);
      statuses.push(status);
    }
    await auditTaskChange(this.options.auditor, this.options.logger, {
      eventId: 'metric-collect',
      meta: {
        sources: statuses.map(s => ({
          id: s.id,
          ok: s.ok,
          measurements: s.measurements,
        })),
      },
    });
    return statuses;
  }

  async statuses(caller: Caller): Promise<MetricSourceStatus[]> {
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    const byId = await this.options.statuses.list();
    return this.options.sources.map(
      s =>
        byId.get(s.id) ?? {
          id: s.id,
          ok: true,
          message: 'Not collected yet',
          collectedAt: '',
          measurements: 0,
        },
    );
  }
}
