/** One value of a series at the instant it was measured. */
export interface TimePoint {
  at: string;
  value: number;
}

/** What a time series chart draws. */
export interface TimeSeriesChartProps {
  /** What the chart shows; names the figure, e.g. "Onboarding duration: 12 values". */
  label: string;
  /** How many of what, in the figure's name: "values" or "measurements". */
  countNoun?: string;
  series: TimePoint[];
  format: (value: number) => string;
  color: string;
  target?: number;
  deadline?: string | null;
  projectedAtDeadline?: number | null;
  height?: number;
  /** A fixed width in pixels; the container's width when absent. */
  width?: number;
  compact?: boolean;
}
