import { Comparator, Experiment, ExperimentTransition } from './experiments';
import { MetricDefinition } from './metrics';

/** How a metric stands against its target. */
export type ScorecardStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data';

/** Which way recent measurements move, judged by whether lower or higher is better. */
export type ScorecardTrend = 'improving' | 'worsening' | 'flat' | 'unknown';

export interface ScorecardPoint {
  value: number;
  measuredAt: string;
}

/** One metric's row of a scorecard: computed on read, never stored. */
export interface MetricScorecard {
  metric: MetricDefinition;
  baseline: number | null;
  target: number;
  comparator: Comparator;
  current: number | null;
  /** 0..1 from baseline to target; null without a baseline or a value. */
  progress: number | null;
  targetMet: boolean;
  status: ScorecardStatus;
  trend: ScorecardTrend;
  /** The measurements, oldest first, for a sparkline. */
  series: ScorecardPoint[];
}

export interface ExperimentScorecard {
  experiment: Experiment;
  status: ScorecardStatus;
  metrics: MetricScorecard[];
  history: ExperimentTransition[];
}

export interface ScorecardsResponse {
  scorecards: ExperimentScorecard[];
}
