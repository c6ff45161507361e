import { MeasurementStore } from './MeasurementStore';

/** What other domains read of measurements: the series of experiments and of scopes. */
export type MeasurementSeriesReads = Pick<
  MeasurementStore,
  'listExperimentSeries' | 'listScopeSeries' | 'listUnattachedSeries'
>;

/**
 * The one write other domains make: a value collected by a machine (a metric source) or
 * published by the survey, replacing the value of the same metric, scope and time. People and
 * services record through `MeasurementService`, which checks their permission.
 */
export type CollectedMeasurementWrites = Pick<
  MeasurementStore,
  'replaceMeasurement'
>;

export type { MeasurementWrite } from './MeasurementStore';
