import { ScorecardPoint } from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { useToneColors } from '../tones';

/**
 * The window's values as a line, the target as a dashed horizontal line and the projection as a
 * dotted line from the last value to the deadline.
 */
export function MeasureChart(props: {
  series: ScorecardPoint[];
  target: number;
  deadline: string | null;
  projectedAtDeadline: number | null;
  label: string;
  color: string;
  width?: number;
  height?: number;
}) {
  const { muted } = useToneColors();
  const { series, target, width = 280, height = 90, color } = props;
  const deadline = props.deadline
    ? DateTime.fromISO(props.deadline).endOf('day').toMillis()
    : null;
  const times = series.map(p => Date.parse(p.measuredAt));
  const values = series.map(p => p.value);
  const projected = props.projectedAtDeadline;
  const allValues = [
    ...values,
    target,
    ...(projected !== null ? [projected] : []),
  ];
  const lo = Math.min(...allValues);
  const hi = Math.max(...allValues);
  const t0 = times.length ? times[0] : Date.now();
  const t1 = Math.max(
    deadline ?? 0,
    times.length ? times[times.length - 1] : Date.now(),
    t0 + 1,
  );
  const pad = 4;
  const x = (t: number) => pad + ((t - t0) / (t1 - t0)) * (width - 2 * pad);
  const y = (v: number) =>
    hi === lo
      ? height / 2
      : height - pad - ((v - lo) / (hi - lo)) * (height - 2 * pad);
  const last = series[series.length - 1];
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height={height}
      preserveAspectRatio="none"
      role="img"
      aria-label={`${props.label}: ${series.length} values, target ${target}`}
    >
      <line
        x1={0}
        x2={width}
        y1={y(target)}
        y2={y(target)}
        stroke={muted}
        strokeDasharray="4 3"
      />
      {series.length > 1 && (
        <polyline
          points={series
            .map((p, i) => `${x(times[i]).toFixed(1)},${y(p.value).toFixed(1)}`)
            .join(' ')}
          fill="none"
          stroke={color}
          strokeWidth={2}
        />
      )}
      {series.map((p, i) => (
        <circle
          key={p.measuredAt}
          cx={x(times[i])}
          cy={y(p.value)}
          r={series.length > 20 ? 1 : 2.5}
          fill={color}
        />
      ))}
      {last && deadline !== null && projected !== null && (
        <line
          x1={x(Date.parse(last.measuredAt))}
          y1={y(last.value)}
          x2={x(deadline)}
          y2={y(projected)}
          stroke={color}
          strokeDasharray="1 3"
          strokeWidth={2}
          data-testid="projection"
        />
      )}
    </svg>
  );
}
