import {
  ScorecardPoint,
  SuccessMeasure,
  SuccessMeasureResult,
  SuccessMeasureStatus,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { leastSquaresSlope, meetsTarget } from '../experiments/scorecard';

/** The window a measure aggregates over and the deadline it is judged at. */
export function measurePeriod(
  measure: SuccessMeasure,
  now: DateTime,
): { from: DateTime; deadline: DateTime | null } {
  if (measure.recurrence === 'quarterly') {
    return { from: now.startOf('quarter'), deadline: now.endOf('quarter') };
  }
  return {
    from: now.minus({ days: measure.windowDays }),
    deadline: measure.deadline
      ? DateTime.fromISO(measure.deadline, { zone: now.zone }).endOf('day')
      : null,
  };
}

/** Aggregates the window's values (oldest first). */
export function aggregate(
  values: number[],
  aggregation: SuccessMeasure['aggregation'],
): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const quantile = (q: number) => {
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  };
  switch (aggregation) {
    case 'mean':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'median':
      return quantile(0.5);
    case 'p90':
      return quantile(0.9);
    case 'latest':
    case 'ratio':
    default:
      return values[values.length - 1];
  }
}

/** Progress from the baseline to the target, 0..1; 1 once met, none without a baseline. */
function progressOf(
  value: number,
  baseline: number | null,
  target: number,
  met: boolean,
): number | null {
  if (baseline === null) return null;
  if (met) return 1;
  if (baseline === target) return 0;
  return Math.min(1, Math.max(0, (value - baseline) / (target - baseline)));
}

/**
 * The values a measure's unit allows, so a projection never runs past them: a count or a
 * duration (`min`, `h`, `days`, ...) is never negative, a share (`%`, kept as 0..1) stays within
 * 0..1, a score out of N (`/5`) within 1..N.
 */
export function boundsOfUnit(unit: string): { min: number; max: number } {
  const outOf = /^\/(\d+)$/.exec(unit.trim());
  if (outOf) return { min: 1, max: Number(outOf[1]) };
  if (unit.trim() === '%') return { min: 0, max: 1 };
  return { min: 0, max: Infinity };
}

/**
 * A success measure computed on read: the aggregated value, progress from the baseline, and a
 * status — met or missed once the deadline has passed; before it, met when the target is reached,
 * on track when the least-squares line of the window's values reaches the target by the deadline,
 * at risk otherwise (or with fewer than two values to draw a line through).
 */
export function computeSuccessMeasure(options: {
  measure: SuccessMeasure;
  series: ScorecardPoint[];
  now: DateTime;
}): SuccessMeasureResult {
  const { measure, series, now } = options;
  const { deadline } = measurePeriod(measure, now);
  const value = aggregate(
    series.map(p => p.value),
    measure.aggregation,
  );
  const daysToDeadline = deadline
    ? Math.ceil(deadline.diff(now, 'days').days)
    : null;
  const base = {
    measure,
    value,
    deadline: deadline ? deadline.toISODate() : null,
    daysToDeadline,
    series,
  };
  if (value === null) {
    return {
      ...base,
      progress: null,
      status: 'no_data',
      projectedAtDeadline: null,
    };
  }
  const met = meetsTarget(value, measure.target, measure.comparator);
  const { baseline, target } = measure;
  const progress = progressOf(value, baseline, target, met);

  const slope = leastSquaresSlope(series);
  const last = series[series.length - 1];
  const bounds = boundsOfUnit(measure.unit);
  const projectedAtDeadline =
    slope !== null && deadline
      ? Math.min(
          bounds.max,
          Math.max(
            bounds.min,
            value + slope * (deadline.toMillis() - Date.parse(last.measuredAt)),
          ),
        )
      : null;

  let status: SuccessMeasureStatus;
  if (deadline && deadline < now) {
    status = met ? 'met' : 'missed';
  } else if (met) {
    status = 'met';
  } else if (
    projectedAtDeadline !== null &&
    meetsTarget(projectedAtDeadline, target, measure.comparator)
  ) {
    status = 'on_track';
  } else {
    status = 'at_risk';
  }
  return { ...base, progress, status, projectedAtDeadline };
}
