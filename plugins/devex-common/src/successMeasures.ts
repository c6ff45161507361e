import { successMeasureAggregationValues } from './schema/openapi.generated';
import { WireSchemas } from './wire';

/** The metric key that stands for the remediation-to-evidence sync ratio. */
export const SYNC_RATIO_METRIC = 'compliance.remediation_auto_sync_ratio';

export const MEASURE_AGGREGATIONS = successMeasureAggregationValues;
export type MeasureAggregation = (typeof MEASURE_AGGREGATIONS)[number];

export type MeasureScope = WireSchemas['MeasureScope'];

/** A success measure of the process: a metric, aggregated over a window, against a target. */
export type SuccessMeasure = WireSchemas['SuccessMeasure'];

export type SuccessMeasureStatus =
  | 'met'
  | 'on_track'
  | 'at_risk'
  | 'missed'
  | 'no_data';

/** A success measure computed on read. */
export type SuccessMeasureResult = WireSchemas['SuccessMeasureResult'];
