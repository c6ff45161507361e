import { WireResponse, WireSchemas } from './wire';

/** How a metric stands against its target. */
export type ScorecardStatus = WireSchemas['MetricScorecard']['status'];

/** How an experiment stands: its worst metric's status, or not started while it is planned. */
export type ExperimentHealth = WireSchemas['ExperimentHealth'];

/** Which way recent measurements move, judged by whether lower or higher is better. */
export type ScorecardTrend = 'improving' | 'worsening' | 'flat' | 'unknown';

export type ScorecardPoint = WireSchemas['ScorecardPoint'];

/** One metric's row of a scorecard: computed on read, never stored. */
export type MetricScorecard = WireSchemas['MetricScorecard'];

/** The performance band a metric's value falls in (DORA's for the Four Keys), and whose thresholds. */
export type PerformanceBand = WireSchemas['PerformanceBand'];

export type ExperimentScorecard = WireSchemas['ExperimentScorecard'];

export type ScorecardsResponse = WireResponse<'ListScorecards'>;
