export { TimeSeriesChart } from './LazyTimeSeriesChart';
export { chartDate } from './chartDate';
export type { TimePoint, TimeSeriesChartProps } from './types';
