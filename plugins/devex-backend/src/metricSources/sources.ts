import { UrlReaderService } from '@backstage/backend-plugin-api';
import {
  CollectedMeasurement,
  MetricSource,
} from '@devex-governance/backstage-plugin-devex-node';
import { parse } from 'csv-parse/sync';

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
};

export interface PrefectDeployment {
  name: string;
  baseUrl: string;
  apiKey?: string;
  deploymentId: string;
  entityRef: string;
  /** Days of flow runs considered. */
  windowDays: number;
}

/**
 * Prefect flow runs of configured deployments, from the Prefect REST API (`POST /flow_runs/filter`):
 * finished runs by state, success rate and p95 duration of completed runs, per entity.
 */
export class PrefectMetricSource implements MetricSource {
  readonly id = 'prefect';
  constructor(
    private readonly deployments: PrefectDeployment[],
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async collect({
    now,
    signal,
  }: {
    now: Date;
    signal?: AbortSignal;
  }): Promise<CollectedMeasurement[]> {
    const out: CollectedMeasurement[] = [];
    for (const d of this.deployments) {
      const after = new Date(
        now.getTime() - d.windowDays * 86_400_000,
      ).toISOString();
      const response = await this.fetchImpl(
        `${d.baseUrl.replace(/\/$/, '')}/flow_runs/filter`,
        {
          method: 'POST',
          signal,
          headers: {
            'Content-Type': 'application/json',
            ...(d.apiKey ? { Authorization: `Bearer ${d.apiKey}` } : {}),
          },
          body: JSON.stringify({
            deployments: { id: { any_: [d.deploymentId] } },
            flow_runs: { start_time: { after_: after } },
            sort: 'START_TIME_DESC',
            limit: 200,
          }),
        },
      );
      if (!response.ok)
        throw new Error(
          `Prefect ${d.name}: ${response.status} ${response.statusText}`,
        );
      const runs = (await response.json()) as Array<{
        state_type?: string;
        total_run_time?: number;
      }>;
      const finished = runs.filter(r =>
        ['COMPLETED', 'FAILED', 'CRASHED'].includes(String(r.state_type)),
      );
      if (!finished.length) continue;
      const completed = finished.filter(r => r.state_type === 'COMPLETED');
      for (const state of ['COMPLETED', 'FAILED', 'CRASHED']) {
        out.push({
          metricKey: `pipeline.runs_${state.toLocaleLowerCase('en-US')}`,
          entityRef: d.entityRef,
          value: finished.filter(r => r.state_type === state).length,
          measuredAt: now.toISOString(),
        });
      }
      out.push({
        metricKey: 'pipeline.success_rate',
        entityRef: d.entityRef,
        value: Math.round((completed.length / finished.length) * 1000) / 10,
        measuredAt: now.toISOString(),
      });
      const durations = completed.map(r => Number(r.total_run_time ?? 0) / 60);
      if (durations.length) {
        out.push({
          metricKey: 'pipeline.p95_duration',
          entityRef: d.entityRef,
          value: Math.round(percentile(durations, 0.95) * 100) / 100,
          measuredAt: now.toISOString(),
        });
      }
    }
    return out;
  }
}

const DORA_COLUMNS: Record<string, string> = {
  deployment_frequency: 'dora.deployment_frequency',
  lead_time_hours: 'dora.lead_time',
  change_failure_rate: 'dora.change_failure_rate',
  time_to_restore_hours: 'dora.mttr',
};

/**
 * The four keys from a Four Keys export (JSON list or CSV) read through the urlReader. Each row has
 * a `date` (or `day`) and any of `deployment_frequency` (per week), `lead_time_hours`,
 * `change_failure_rate` (0-1 or %) and `time_to_restore_hours`.
 */
export class FourKeysMetricSource implements MetricSource {
  readonly id = 'four-keys';
  constructor(
    private readonly urlReader: UrlReaderService,
    private readonly url: string,
    private readonly entityRef: string | null,
  ) {}

  async collect({
    signal,
  }: {
    signal?: AbortSignal;
  } = {}): Promise<CollectedMeasurement[]> {
    const text = (
      await (await this.urlReader.readUrl(this.url, { signal })).buffer()
    ).toString('utf8');
    const rows: Array<Record<string, unknown>> = text.trim().startsWith('[')
      ? JSON.parse(text)
      : parse(text, { columns: true, skip_empty_lines: true, trim: true });
    return rows.flatMap(row => {
      const date = String(row.date ?? row.day ?? '');
      if (!date || Number.isNaN(Date.parse(date)))
        throw new Error(`${this.url}: every row needs a date`);
      return Object.entries(DORA_COLUMNS).flatMap(([column, metricKey]) => {
        if (row[column] === undefined || row[column] === '') return [];
        let value = Number(row[column]);
        if (!Number.isFinite(value))
          throw new Error(`${this.url}: ${column} of ${date} is not a number`);
        if (column === 'change_failure_rate' && value <= 1) value *= 100;
        return [
          {
            metricKey,
            entityRef: this.entityRef,
            value,
            measuredAt: new Date(date).toISOString(),
          },
        ];
      });
    });
  }
}

/**
 * Supply chain per entity: the share of builds with an SBOM and with a provenance attestation,
 * from a summary JSON (`buildsTotal`, `buildsWithSbom`, `buildsWithProvenance`) read through the urlReader.
 */
export class SupplyChainMetricSource implements MetricSource {
  readonly id = 'supply-chain';
  constructor(
    private readonly urlReader: UrlReaderService,
    private readonly summaries: Array<{ entityRef: string; url: string }>,
  ) {}

  async collect({
    now,
    signal,
  }: {
    now: Date;
    signal?: AbortSignal;
  }): Promise<CollectedMeasurement[]> {
    const out: CollectedMeasurement[] = [];
    for (const { entityRef, url } of this.summaries) {
      const summary = JSON.parse(
        (
          await (await this.urlReader.readUrl(url, { signal })).buffer()
        ).toString('utf8'),
      );
      const total = Number(summary.buildsTotal);
      if (!Number.isFinite(total) || total <= 0)
        throw new Error(`${url}: buildsTotal must be a positive number`);
      const share = (n: unknown) => Math.round((Number(n) / total) * 1000) / 10;
      out.push(
        {
          metricKey: 'supply_chain.sbom_coverage',
          entityRef,
          value: share(summary.buildsWithSbom),
          measuredAt: now.toISOString(),
        },
        {
          metricKey: 'supply_chain.provenance_coverage',
          entityRef,
          value: share(summary.buildsWithProvenance),
          measuredAt: now.toISOString(),
        },
      );
    }
    return out;
  }
}
