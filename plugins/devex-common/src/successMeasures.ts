import { Comparator } from './experiments';
import { ScorecardPoint } from './scorecards';

/** The metric key that stands for the remediation-to-evidence sync ratio. */
export const SYNC_RATIO_METRIC = 'compliance.remediation_auto_sync_ratio';

export const MEASURE_AGGREGATIONS = [
  'latest',
  'mean',
  'median',
  'p90',
  'ratio',
] as const;
export type MeasureAggregation = (typeof MEASURE_AGGREGATIONS)[number];

export type MeasureScope =
  | { type: 'portal' }
  | { type: 'group'; ref: string }
  | { type: 'entity'; ref: string };

/** A success measure of the process: a metric, aggregated over a window, against a target. */
export interface SuccessMeasure {
  id: string;
  title: string;
  metric: string;
  unit: string;
  aggregation: MeasureAggregation;
  /** The window aggregated, in days back from now (ignored when recurring: the period is the window). */
  windowDays: number;
  comparator: Comparator;
  target: number;
  baseline: number | null;
  /** A fixed deadline, YYYY-MM-DD. */
  deadline: string | null;
  /** A recurring measure is judged per quarter: the quarter is its window, its end the deadline. */
  recurrence: 'quarterly' | null;
  scope: MeasureScope;
}

export type SuccessMeasureStatus =
  | 'met'
  | 'on_track'
  | 'at_risk'
  | 'missed'
  | 'no_data';

/** A success measure computed on read. */
export interface SuccessMeasureResult {
  measure: SuccessMeasure;
  value: number | null;
  /** 0..1 from baseline to target; null without a baseline or a value. */
  progress: number | null;
  status: SuccessMeasureStatus;
  deadline: string | null;
  daysToDeadline: number | null;
  /** Where the least-squares line of the window's values reaches at the deadline. */
  projectedAtDeadline: number | null;
  series: ScorecardPoint[];
}
