export { TimeSeriesChart, chartDate } from './TimeSeriesChart';
export type { TimePoint } from './TimeSeriesChart';
