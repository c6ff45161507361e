import { Config } from '@backstage/config';
import {
  MetricDefinition,
  PerformanceBand,
} from '@devex-governance/backstage-plugin-devex-common';

/** The lower edges of the elite, high and medium bands of one metric, in its unit. */
export interface BandEdges {
  elite: number;
  high: number;
  medium: number;
}

/** Performance bands of metrics (the Four Keys by default) and where their thresholds come from. */
export interface PerformanceBands {
  source: string;
  edges: Map<string, BandEdges>;
}

/**
 * The software delivery performance clusters of DORA's Accelerate State of DevOps Report 2023,
 * in the portal's units: deployments per week, lead time and time to restore in hours, change
 * failure rate in percent. "On demand" counts as at least daily, a month as four weeks.
 */
export const DORA_2023_BANDS: PerformanceBands = {
  source: 'DORA, Accelerate State of DevOps Report 2023',
  edges: new Map([
    // elite: on demand (several a day); high: daily to weekly; medium: weekly to monthly
    ['dora.deployment_frequency', { elite: 7, high: 1, medium: 0.25 }],
    // elite: under a day; high: a day to a week; medium: a week to a month
    ['dora.lead_time', { elite: 24, high: 168, medium: 720 }],
    ['dora.change_failure_rate', { elite: 5, high: 10, medium: 15 }],
    // elite: under an hour; high: under a day; medium: a day to a week
    ['dora.mttr', { elite: 1, high: 24, medium: 168 }],
  ]),
};

/**
 * The band a value falls in: at or beyond an edge (below it for a metric where lower is
 * better) is that band; past the medium edge is low.
 */
export function bandOf(
  value: number,
  edges: BandEdges,
  lowerIsBetter: boolean,
): PerformanceBand['level'] {
  const within = (edge: number) =>
    lowerIsBetter ? value <= edge : value >= edge;
  if (within(edges.elite)) return 'elite';
  if (within(edges.high)) return 'high';
  if (within(edges.medium)) return 'medium';
  return 'low';
}

/** The band of a metric's current value, with its source; null for a metric without bands. */
export function performanceBandOf(
  bands: PerformanceBands,
  metric: MetricDefinition,
  value: number | null,
): PerformanceBand | null {
  const edges = bands.edges.get(metric.key);
  if (!edges || value === null) return null;
  return {
    level: bandOf(value, edges, metric.lowerIsBetter),
    source: bands.source,
  };
}

/**
 * Reads `devex.performanceBands`: `source` and, per metric key, the `elite`, `high` and `medium`
 * edges; a metric listed replaces the default's edges for it, `metrics: {}` with a source keeps
 * the defaults under another name.
 */
export function readPerformanceBands(config: Config): PerformanceBands {
  const root = config.getOptionalConfig('devex.performanceBands');
  if (!root) return DORA_2023_BANDS;
  const edges = new Map(DORA_2023_BANDS.edges);
  const metrics = root.getOptional<Record<string, unknown>>('metrics') ?? {};
  for (const [key, value] of Object.entries(metrics)) {
    const e = value as Partial<BandEdges>;
    const nums = [e.elite, e.high, e.medium];
    if (nums.some(n => typeof n !== 'number' || !Number.isFinite(n))) {
      throw new Error(
        `devex.performanceBands.metrics.${key} must give numbers for elite, high and medium`,
      );
    }
    const [elite, high, medium] = nums as number[];
    const ordered =
      (elite <= high && high <= medium) || (elite >= high && high >= medium);
    if (!ordered) {
      throw new Error(
        `devex.performanceBands.metrics.${key}: elite, high and medium must be in order (${elite}, ${high}, ${medium})`,
      );
    }
    edges.set(key, { elite, high, medium });
  }
  return {
    source: root.getOptionalString('source') ?? DORA_2023_BANDS.source,
    edges,
  };
}
