import { ScorecardPoint } from '@devex-governance/backstage-plugin-devex-common';
import { TimeSeriesChart } from '../TimeSeriesChart';

/**
 * A success measure's values over its window, with the target, the deadline and the projection
 * from the last value to it; dated axes, a tooltip per point and a table for screen readers.
 */
export function MeasureChart(props: {
  series: ScorecardPoint[];
  target: number;
  deadline: string | null;
  projectedAtDeadline: number | null;
  label: string;
  color: string;
  format: (value: number) => string;
  height?: number;
}) {
  return (
    <TimeSeriesChart
      label={props.label}
      series={props.series.map(p => ({ at: p.measuredAt, value: p.value }))}
      format={props.format}
      color={props.color}
      target={props.target}
      deadline={props.deadline}
      projectedAtDeadline={props.projectedAtDeadline}
      height={props.height}
    />
  );
}
