import { WireSchemas } from './wire';
/** The families metrics are grouped in. */
export const METRIC_FAMILIES = [
  'DORA',
  'SPACE',
  'DevEx',
  'Compliance',
  'Pipeline',
  'Supply chain',
] as const;

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

export const MEASUREMENT_SOURCES = [
  'manual',
  'api',
  'four_keys',
  'prefect',
  'survey',
] as const;

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

export interface MeasurementInput {
  metricKey: string;
  /** Absent for a portal-wide value. */
  entityRef?: string | null;
  /** The experiment's key (e.g. `EXP-1`) or id, when measured for one. */
  experiment?: string | null;
  value: number;
  measuredAt: string;
  source?: MeasurementSource;
}

export type RecordMeasurementsRequest =
  WireSchemas['RecordMeasurementsRequest'];

export interface RecordMeasurementsResponse {
  recorded: number;
}
