import {
  MetricScorecard,
  PerformanceBand,
} from '@devex-governance/backstage-plugin-devex-common';
import { labelOf } from '../labels';
import LinearProgress from '@material-ui/core/LinearProgress';
import { ReadableTable } from '../ReadableTable';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { Sparkline } from '../Sparkline';
import { formatValue, trendLabel } from '../scorecardPresentation';
import { scorecardTones, useToneColors } from '../tones';

/** The band a Four Keys value falls in, named with the source of its thresholds. */
function PerformanceBandChip(props: { band: PerformanceBand }) {
  const { level, source } = props.band;
  return (
    <Tooltip title={`Performance band by the thresholds of ${source}`}>
      <Typography
        variant="caption"
        component="div"
        data-testid="performance-band"
      >
        {labelOf(level)} performer ({source})
      </Typography>
    </Tooltip>
  );
}

/** One row per metric: baseline -> current -> target, progress, sparkline and status. */
export function MetricRows(props: { metrics: MetricScorecard[] }) {
  const tones = useToneColors();
  if (!props.metrics.length) {
    return (
      <Typography variant="body2" color="textSecondary">
        No metrics yet.
      </Typography>
    );
  }
  return (
    <ReadableTable size="small" aria-label="Metrics">
      <TableHead>
        <TableRow>
          <TableCell>Metric</TableCell>
          <TableCell>Baseline → current → target</TableCell>
          <TableCell style={{ width: 140 }}>Progress</TableCell>
          <TableCell>Trend</TableCell>
          <TableCell>Status</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.metrics.map(m => {
          const color = tones.color(scorecardTones[m.status]);
          const textColor = tones.text(scorecardTones[m.status]);
          return (
            <TableRow key={m.metric.key} data-testid={`metric-${m.metric.key}`}>
              <TableCell>
                <Typography variant="body2">{m.metric.name}</Typography>
                <Typography variant="caption" color="textSecondary">
                  {m.metric.family} ·{' '}
                  {m.metric.lowerIsBetter
                    ? 'lower is better'
                    : 'higher is better'}
                </Typography>
              </TableCell>
              <TableCell>
                {formatValue(m.baseline, '')} →{' '}
                <strong>{formatValue(m.current, '')}</strong> →{' '}
                {formatValue(m.target, m.metric.unit)}
                {m.band && <PerformanceBandChip band={m.band} />}
              </TableCell>
              <TableCell>
                {m.progress === null ? (
                  <Typography variant="caption" color="textSecondary">
                    {m.baseline === null ? 'no baseline' : 'no data'}
                  </Typography>
                ) : (
                  <>
                    <LinearProgress
                      variant="determinate"
                      value={m.progress * 100}
                      aria-label={`${m.metric.name} progress`}
                      style={{ height: 8, borderRadius: 4 }}
                    />
                    <Typography variant="caption">
                      {Math.round(m.progress * 100)}%
                    </Typography>
                  </>
                )}
              </TableCell>
              <TableCell style={{ color: textColor }}>
                <Sparkline
                  series={m.series}
                  target={m.target}
                  color={color}
                  label={m.metric.name}
                  format={v => formatValue(v, m.metric.unit)}
                />
                <Typography variant="caption" component="div">
                  {trendLabel(m.trend, m.metric.lowerIsBetter)}
                </Typography>
              </TableCell>
              <TableCell>
                <span style={{ color: textColor, fontWeight: 600 }}>
                  ● {labelOf(m.status)}
                </span>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </ReadableTable>
  );
}
