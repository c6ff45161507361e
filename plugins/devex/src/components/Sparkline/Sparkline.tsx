import { ScorecardPoint } from '@devex-governance/backstage-plugin-devex-common';
import { useToneColors } from '../tones';

/** A small line of a metric's measurements over time, with the target as a dashed line. */
export function Sparkline(props: {
  series: ScorecardPoint[];
  target?: number;
  width?: number;
  height?: number;
  color?: string;
  label: string;
}) {
  const { muted } = useToneColors();
  const {
    series,
    target,
    width = 120,
    height = 28,
    color = 'currentColor',
  } = props;
  if (series.length < 2) {
    return (
      <span aria-label={`${props.label}: not enough measurements`}>—</span>
    );
  }
  const times = series.map(p => Date.parse(p.measuredAt));
  const values = series.map(p => p.value);
  const lo = Math.min(...values, target ?? Infinity);
  const hi = Math.max(...values, target ?? -Infinity);
  const t0 = times[0];
  const span = times[times.length - 1] - t0 || 1;
  const x = (t: number) => ((t - t0) / span) * (width - 2) + 1;
  const y = (v: number) =>
    hi === lo ? height / 2 : height - 1 - ((v - lo) / (hi - lo)) * (height - 2);
  const points = series
    .map((p, i) => `${x(times[i]).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={`${props.label}: ${series.length} measurements`}
    >
      {target !== undefined && (
        <line
          x1={0}
          x2={width}
          y1={y(target)}
          y2={y(target)}
          stroke={muted}
          strokeDasharray="3 3"
          strokeWidth={1}
        />
      )}
      <polyline points={points} fill="none" stroke={color} strokeWidth={1.5} />
    </svg>
  );
}
