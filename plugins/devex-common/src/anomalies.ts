import { WireSchemas } from './wire';

/**
 * A telemetry anomaly: a measurement series whose week or latest value lies beyond its own
 * baseline in the direction bad for the metric, with the sentence that explains it.
 */
export type Anomaly = WireSchemas['Anomaly'];
