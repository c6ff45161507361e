import { LoggerService, PermissionsService } from '@backstage/backend-plugin-api';
import { devexGovernanceReadPermission, MetricDefinition } from '@internal/backstage-plugin-devex-common';
import { MetricSource } from '@internal/backstage-plugin-devex-node';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { ExperimentStore } from '../experiments/ExperimentStore';
import { authorizeOrThrow } from '../service/authorize';
import { Caller } from '../service/caller';

export interface MetricSourceStatus {
  id: string;
  ok: boolean;
  message: string;
  collectedAt: string;
  measurements: number;
}

/**
 * Pulls measurements from every metric source; a source that fails is recorded as unreachable
 * (visible through the API) and never stops the others. Values are recorded idempotently per
 * metric, scope and time, so a rerun in the same hour changes nothing.
 */
export class MetricCollector {
  constructor(
    private readonly options: {
      sources: MetricSource[];
      store: ExperimentStore;
      knex: Knex;
      metrics: Map<string, MetricDefinition>;
      permissions: PermissionsService;
      logger: LoggerService;
      clock: () => DateTime;
    },
  ) {}

  async collect(): Promise<MetricSourceStatus[]> {
    const now = this.options.clock();
    const statuses: MetricSourceStatus[] = [];
    for (const source of this.options.sources) {
      let status: MetricSourceStatus;
      try {
        const collected = await source.collect({ now: now.toJSDate() });
        const known = collected.filter(m => this.options.metrics.has(m.metricKey));
        for (const m of known) {
          await this.options.store.replaceMeasurement({
            metricKey: m.metricKey,
            entityRef: m.entityRef ?? null,
            experimentId: null,
            value: m.value,
            // one value per source, metric and scope per hour
            measuredAt: DateTime.fromISO(m.measuredAt).toUTC().startOf('hour').toJSDate(),
            source: 'api',
          });
        }
        status = { id: source.id, ok: true, message: `${known.length} measurement(s)`, collectedAt: now.toUTC().toISO()!, measurements: known.length };
      } catch (error) {
        status = { id: source.id, ok: false, message: `Unreachable or unreadable: ${(error as Error).message}`, collectedAt: now.toUTC().toISO()!, measurements: 0 };
        this.options.logger.warn(`Metric source ${source.id}: ${(error as Error).message}`);
      }
      await this.options.knex('devex_plugin_state')
        .insert({ key: `metric-source:${source.id}`, value: JSON.stringify(status) })
        .onConflict('key')
        .merge();
      statuses.push(status);
    }
    return statuses;
  }

  async statuses(caller: Caller): Promise<MetricSourceStatus[]> {
    await authorizeOrThrow(this.options.permissions, devexGovernanceReadPermission, caller);
    const rows = await this.options.knex('devex_plugin_state').where('key', 'like', 'metric-source:%').orderBy('key');
    const byId = new Map(rows.map((r: any) => [r.key.slice('metric-source:'.length), JSON.parse(r.value) as MetricSourceStatus]));
    return this.options.sources.map(s => byId.get(s.id) ?? { id: s.id, ok: true, message: 'Not collected yet', collectedAt: '', measurements: 0 });
  }
}
