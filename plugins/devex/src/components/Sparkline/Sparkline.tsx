import { ScorecardPoint } from '@devex-governance/backstage-plugin-devex-common';
import { TimeSeriesChart } from '../TimeSeriesChart';

/**
 * A small line of a metric's measurements over time, with the target as a dashed line: a tooltip
 * gives each point's date and value, and a table gives them all to screen readers.
 */
export function Sparkline(props: {
  series: ScorecardPoint[];
  target?: number;
  width?: number;
  height?: number;
  color?: string;
  label: string;
  format?: (value: number) => string;
}) {
  const { series, width = 120, height = 28, color = 'currentColor' } = props;
  if (series.length < 2) {
    return (
      <span aria-label={`${props.label}: not enough measurements`}>—</span>
    );
  }
  return (
    <TimeSeriesChart
      compact
      label={props.label}
      countNoun="measurements"
      series={series.map(p => ({ at: p.measuredAt, value: p.value }))}
      format={props.format ?? (v => String(Math.round(v * 100) / 100))}
      color={color}
      target={props.target}
      width={width}
      height={height}
    />
  );
}
