import {
  metricFamilyValues,
  successMeasureSourcesValues,
} from './schema/openapi.generated';
import { WireResponse, WireSchemas } from './wire';
/** The families metrics are grouped in. */
export const METRIC_FAMILIES = metricFamilyValues;

/** @public */
export type MetricFamily = WireSchemas['MetricFamily'];

/** @public */
export interface MetricDefinition {
  key: string;
  name: string;
  family: MetricFamily;
  unit: string;
  /** Whether a smaller value is better (durations, failure rates). */
  lowerIsBetter: boolean;
}

export const MEASUREMENT_SOURCES = successMeasureSourcesValues;

/** @public */
export type MeasurementSource = (typeof MEASUREMENT_SOURCES)[number];

/**
 * A value of a metric at a time, for the portal (no entity), a group or an entity, optionally
 * measured for an experiment.
 */
export interface Measurement {
  metricKey: string;
  entityRef: string | null;
  experimentId: string | null;
  value: number;
  measuredAt: string;
  source: MeasurementSource;
}

export type MeasurementInput =
  WireSchemas['RecordMeasurementsRequest']['measurements'][number];

export type RecordMeasurementsRequest =
  WireSchemas['RecordMeasurementsRequest'];

export type RecordMeasurementsResponse = WireResponse<'RecordMeasurements'>;
