import {
  PerformanceBands,
  performanceBandOf,
} from '../metrics/performanceBands';
import {
  Comparator,
  MetricDefinition,
  MetricScorecard,
  ScorecardPoint,
  ScorecardStatus,
  ExperimentHealth,
  ExperimentStatus,
  ScorecardTrend,
} from '@devex-governance/backstage-plugin-devex-common';

/** Where progress turns a metric from off track to at risk, and from at risk to on track. */
export interface ScorecardThresholds {
  onTrack: number;
  atRisk: number;
  /** How many of the latest points the trend is fitted to. */
  trendWindow: number;
}

export const DEFAULT_SCORECARD_THRESHOLDS: ScorecardThresholds = {
  onTrack: 0.7,
  atRisk: 0.35,
  trendWindow: 10,
};

/** Whether `value` meets `target` under `comparator`. */
export function meetsTarget(
  value: number,
  target: number,
  comparator: Comparator,
): boolean {
  switch (comparator) {
    case 'lte':
      return value <= target;
    case 'lt':
      return value < target;
    case 'gte':
      return value >= target;
    case 'gt':
      return value > target;
    default:
      return false;
  }
}

/** Slope (per millisecond) of the least-squares line through the points. */
export function leastSquaresSlope(points: ScorecardPoint[]): number | null {
  if (points.length < 2) return null;
  const xs = points.map(p => Date.parse(p.measuredAt));
  const ys = points.map(p => p.value);
  const n = points.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i] - meanX) * (ys[i] - meanY);
    den += (xs[i] - meanX) ** 2;
  }
  return den === 0 ? null : num / den;
}

function trendOf(
  series: ScorecardPoint[],
  lowerIsBetter: boolean,
  scale: number,
  window: number,
): ScorecardTrend {
  const recent = series.slice(-window);
  const slope = leastSquaresSlope(recent);
  if (slope === null) return 'unknown';
  const span =
    Date.parse(recent[recent.length - 1].measuredAt) -
    Date.parse(recent[0].measuredAt);
  const change = slope * span;
  // Changes under 2% of the scale (the baseline-to-target distance, or the value) are noise.
  if (Math.abs(change) < 0.02 * scale) return 'flat';
  return change < 0 === lowerIsBetter ? 'improving' : 'worsening';
}

/** How many of the latest measurements a scorecard carries for its sparkline. */
export const SCORECARD_SERIES_POINTS = 26;

/**
 * A metric's scorecard row from its definition, baseline, target and measurements (oldest first).
 * Progress runs from the baseline (0) to the target (1) in either direction, so lower-is-better
 * metrics need no special case; without a baseline, status rests on the target and the trend.
 */
export function computeMetricScorecard(options: {
  metric: MetricDefinition;
  baseline: number | null;
  target: number;
  comparator: Comparator;
  series: ScorecardPoint[];
  thresholds?: ScorecardThresholds;
  /** Performance bands (DORA's for the Four Keys); none given: no band. */
  bands?: PerformanceBands;
}): MetricScorecard {
  const { metric, baseline, target, comparator, series } = options;
  const thresholds = options.thresholds ?? DEFAULT_SCORECARD_THRESHOLDS;
  const current = series.length ? series[series.length - 1].value : null;
  const band = options.bands
    ? performanceBandOf(options.bands, metric, current)
    : null;
  const base = {
    metric,
    baseline,
    target,
    comparator,
    band,
    series: series.slice(-SCORECARD_SERIES_POINTS),
    measurements: series.length,
  };

  if (current === null) {
    return {
      ...base,
      current,
      progress: null,
      targetMet: false,
      status: 'no_data',
      trend: 'unknown',
    };
  }

  const targetMet = meetsTarget(current, target, comparator);
  let progress: number | null = null;
  if (baseline !== null) {
    if (targetMet) {
      progress = 1;
    } else if (baseline === target) {
      progress = 0;
    } else {
      progress = Math.min(
        1,
        Math.max(0, (current - baseline) / (target - baseline)),
      );
    }
  }

  const scale =
    Math.abs(
      baseline !== null && baseline !== target ? target - baseline : current,
    ) || 1;
  const trend = trendOf(
    series,
    metric.lowerIsBetter,
    scale,
    thresholds.trendWindow,
  );

  let status: ScorecardStatus;
  if (targetMet) {
    status = 'on_track';
  } else if (progress !== null) {
    if (progress >= thresholds.onTrack) status = 'on_track';
    else if (progress >= thresholds.atRisk) status = 'at_risk';
    else status = trend === 'improving' ? 'at_risk' : 'off_track';
  } else {
    status = trend === 'improving' ? 'at_risk' : 'off_track';
  }

  return { ...base, current, progress, targetMet, status, trend };
}

/** Lifecycle states before an experiment starts: its metrics are its baseline, not its result. */
const NOT_STARTED: ExperimentStatus[] = ['proposed', 'planned'];

/**
 * How an experiment stands: not started while it is proposed or planned (so lifecycle and
 * health never read alike), else its worst metric, ignoring metrics without data.
 */
export function experimentHealth(
  lifecycle: ExperimentStatus,
  statuses: ScorecardStatus[],
): ExperimentHealth {
  return NOT_STARTED.includes(lifecycle)
    ? 'not_started'
    : overallScorecardStatus(statuses);
}

/** An experiment's overall status: its worst metric, ignoring metrics without data. */
export function overallScorecardStatus(
  statuses: ScorecardStatus[],
): ScorecardStatus {
  const order: ScorecardStatus[] = ['off_track', 'at_risk', 'on_track'];
  for (const s of order) {
    if (statuses.includes(s)) return s;
  }
  return 'no_data';
}
