import { BackstageTheme } from '@backstage/theme';
import { useTheme } from '@material-ui/core/styles';
import { DateTime } from 'luxon';
import { chartDate } from './chartDate';
import { TimeSeriesChartProps } from './types';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  TooltipProps,
  XAxis,
  YAxis,
} from 'recharts';

/** Hidden from sight, read by screen readers (MUI v4 has no visuallyHidden helper). */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

interface Row {
  t: number;
  value?: number;
  projection?: number;
}

function ChartTooltip(
  props: TooltipProps<number, string> & { format: (v: number) => string },
) {
  const theme = useTheme<BackstageTheme>();
  const row = props.payload?.[0]?.payload as Row | undefined;
  if (!props.active || !row) return null;
  const measured = row.value !== undefined;
  return (
    <div
      role="status"
      data-testid="chart-tooltip"
      style={{
        background: theme.palette.background.paper,
        color: theme.palette.text.primary,
        border: `1px solid ${theme.palette.divider}`,
        padding: '4px 8px',
        fontSize: 12,
      }}
    >
      <div>{chartDate(row.t)}</div>
      <strong>
        {measured
          ? props.format(row.value!)
          : `projected ${props.format(row.projection!)}`}
      </strong>
    </div>
  );
}

/**
 * A series over time drawn with recharts: dated x axis, y axis in the unit, a tooltip with the
 * date and value at each point (keyboard: focus the chart, then the arrow keys), the target as a
 * labelled dashed line, the deadline as a labelled vertical line and the projection as a dotted
 * line from the last value to it. The same values stand in a table for screen readers. `compact`
 * draws a sparkline: no axes or labels, the tooltip and the table kept.
 */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const theme = useTheme<BackstageTheme>();
  const { series, format, color, target, compact } = props;
  const muted = theme.palette.text.secondary;
  const rows: Row[] = series.map(p => ({
    t: Date.parse(p.at),
    value: p.value,
  }));
  const deadline = props.deadline
    ? DateTime.fromISO(props.deadline).endOf('day').toMillis()
    : undefined;
  const last = rows[rows.length - 1];
  const projected = props.projectedAtDeadline;
  // a projection from the last value to a deadline still ahead of it
  const projecting =
    last !== undefined &&
    deadline !== undefined &&
    deadline > last.t &&
    projected !== null &&
    projected !== undefined;
  if (projecting) {
    last.projection = last.value;
    rows.push({ t: deadline, projection: projected });
  }
  const name = `${props.label}: ${series.length} ${
    props.countNoun ?? 'values'
  }`;
  const height = props.height ?? (compact ? 32 : 160);
  const tick = { fill: muted, fontSize: 11 };
  const chart = (
    <ComposedChart
      data={rows}
      width={props.width}
      height={height}
      margin={
        compact
          ? { top: 2, right: 2, bottom: 2, left: 2 }
          : { top: 16, right: 16, bottom: 0, left: 0 }
      }
      accessibilityLayer
      title={name}
    >
      {!compact && (
        <CartesianGrid stroke={theme.palette.divider} strokeDasharray="3 3" />
      )}
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={['dataMin', 'dataMax']}
        tickFormatter={chartDate}
        tick={tick}
        stroke={muted}
        hide={compact}
        minTickGap={24}
      />
      <YAxis
        tickFormatter={format}
        tick={tick}
        stroke={muted}
        hide={compact}
        width={64}
        domain={['auto', 'auto']}
      />
      <Tooltip
        content={<ChartTooltip format={format} />}
        cursor={{ stroke: muted }}
        isAnimationActive={false}
      />
      {target !== undefined && (
        <ReferenceLine
          y={target}
          stroke={muted}
          strokeDasharray="4 3"
          ifOverflow="extendDomain"
          label={
            compact
              ? undefined
              : {
                  value: `Target ${format(target)}`,
                  position: 'insideTopLeft',
                  fill: muted,
                  fontSize: 11,
                }
          }
        />
      )}
      {deadline !== undefined && !compact && (
        <ReferenceLine
          x={deadline}
          stroke={muted}
          ifOverflow="extendDomain"
          label={{
            value: `Deadline ${chartDate(deadline)}`,
            position: 'insideTopRight',
            fill: muted,
            fontSize: 11,
          }}
        />
      )}
      <Line
        dataKey="value"
        name="Value"
        stroke={color}
        strokeWidth={2}
        dot={compact ? false : { r: 3, fill: color }}
        activeDot={{ r: 5 }}
        isAnimationActive={false}
      />
      <Line
        dataKey="projection"
        name="Projection"
        stroke={color}
        strokeWidth={2}
        strokeDasharray="2 4"
        dot={false}
        activeDot={{ r: 4 }}
        connectNulls
        isAnimationActive={false}
        data-testid="projection"
      />
    </ComposedChart>
  );
  return (
    <figure
      aria-label={name}
      style={{ margin: 0, position: 'relative', width: props.width ?? '100%' }}
    >
      {props.width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          {chart}
        </ResponsiveContainer>
      )}
      <table style={visuallyHidden}>
        <caption>{name}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {series.map(p => (
            <tr key={p.at}>
              <td>{chartDate(Date.parse(p.at))}</td>
              <td>{format(p.value)}</td>
            </tr>
          ))}
          {target !== undefined && (
            <tr>
              <td>Target</td>
              <td>{format(target)}</td>
            </tr>
          )}
          {projecting && (
            <tr>
              <td>Projected at the deadline, {chartDate(deadline)}</td>
              <td>{format(projected)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </figure>
  );
}
