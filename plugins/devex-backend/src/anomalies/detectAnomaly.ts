import { ScorecardPoint } from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';

/** How a series is judged against its own history. */
export interface AnomalyRules {
  /** The days judged: the latest week by default. */
  windowDays: number;
  /** The days before the window that make the baseline: eight weeks by default. */
  baselineDays: number;
  /** The least history judged: points and distinct weeks of the baseline. */
  minBaselinePoints: number;
  minBaselineWeeks: number;
  /** How many (scaled) median absolute deviations from the baseline's median are anomalous. */
  levelThreshold: number;
  /** The same for the latest single point (a spike the window's median does not move). */
  spikeThreshold: number;
}

export const DEFAULT_ANOMALY_RULES: AnomalyRules = {
  windowDays: 7,
  baselineDays: 56,
  minBaselinePoints: 6,
  minBaselineWeeks: 4,
  levelThreshold: 3.5,
  spikeThreshold: 6,
};

/** What the detector found in a series: its window's level or its latest point, against the baseline. */
export interface AnomalyFinding {
  kind: 'level' | 'spike';
  /** The window's median (`level`) or the latest value (`spike`). */
  value: number;
  /** The baseline's median and spread (1.4826 × its median absolute deviation, at least 5% of the median). */
  baseline: number;
  spread: number;
  /** How many spreads the value is from the baseline, signed: positive above. */
  deviations: number;
  baselineWeeks: number;
  /** The window judged. */
  from: string;
  to: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Judges a metric's series against its own history with a robust baseline: the median and the
 * median absolute deviation of the weeks before the window (not the mean and standard deviation,
 * which the anomalies themselves and a few outliers would drag). A series is anomalous when the
 * window's median, or its latest point, lies beyond the threshold in the direction that is bad for
 * the metric; a series with less history than the rules ask is not judged (null), nor one that
 * moved the good way.
 */
export function detectAnomaly(
  series: ScorecardPoint[],
  options: { lowerIsBetter: boolean; now: DateTime; rules?: AnomalyRules },
): AnomalyFinding | null {
  const rules = options.rules ?? DEFAULT_ANOMALY_RULES;
  const end = options.now.toMillis();
  const windowStart = end - rules.windowDays * 86_400_000;
  const baselineStart = windowStart - rules.baselineDays * 86_400_000;
  const timed = series.map(p => ({
    at: Date.parse(p.measuredAt),
    value: p.value,
  }));
  const window = timed.filter(p => p.at >= windowStart && p.at <= end);
  const baseline = timed.filter(
    p => p.at >= baselineStart && p.at < windowStart,
  );
  const weeks = new Set(
    baseline.map(p => Math.floor((p.at - baselineStart) / (7 * 86_400_000))),
  );
  if (
    !window.length ||
    baseline.length < rules.minBaselinePoints ||
    weeks.size < rules.minBaselineWeeks
  ) {
    return null;
  }
  const values = baseline.map(p => p.value);
  const center = median(values);
  const mad = median(values.map(v => Math.abs(v - center)));
  const spread = Math.max(1.4826 * mad, 0.05 * Math.abs(center), 1e-9);
  const bad = (deviations: number, threshold: number) =>
    options.lowerIsBetter ? deviations >= threshold : deviations <= -threshold;
  const finding = (kind: AnomalyFinding['kind'], value: number) => ({
    kind,
    value,
    baseline: center,
    spread,
    deviations: (value - center) / spread,
    baselineWeeks: weeks.size,
    from: new Date(windowStart).toISOString(),
    to: new Date(end).toISOString(),
  });
  const level = finding('level', median(window.map(p => p.value)));
  if (bad(level.deviations, rules.levelThreshold)) return level;
  const latest = window.reduce((a, b) => (b.at >= a.at ? b : a));
  const spike = finding('spike', latest.value);
  if (bad(spike.deviations, rules.spikeThreshold)) return spike;
  return null;
}
