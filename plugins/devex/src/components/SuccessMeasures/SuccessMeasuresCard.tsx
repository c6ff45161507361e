import { PlainError } from '../PlainError';
import { WaiverChip } from '../Waivers';
import { dayAndDistance, formatDateTime, formatDay } from '../dates';
import { DateTime } from 'luxon';
import { labelOf } from '../labels';
import { InfoCard, Progress } from '@backstage/core-components';
import { SuccessMeasureResult } from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useMetricSources, useSuccessMeasures } from '../../hooks/useDevexApi';
import { successMeasureTones, useToneColors } from '../tones';
import { MeasureChart } from './MeasureChart';

/** A measure's value as its unit reads: a ratio as a percentage. */
export function formatMeasureValue(
  v: number | null,
  r: SuccessMeasureResult,
): string {
  if (v === null) return '—';
  if (r.measure.unit === '%' && v <= 1) return `${Math.round(v * 100)}%`;
  return `${Math.round(v * 100) / 100} ${r.measure.unit}`;
}

/**
 * A measure's status with what it rests on, so "on track" never stands alone: on track means
 * the least-squares line of the window's values reaches the target by the deadline.
 */
export function describeMeasureStatus(r: SuccessMeasureResult): string {
  const label = labelOf(r.status);
  const deadline = r.deadline ? ` by ${formatDay(r.deadline)}` : '';
  const projected =
    r.projectedAtDeadline === null
      ? null
      : formatMeasureValue(r.projectedAtDeadline, r);
  switch (r.status) {
    case 'met':
      return `${label}: target reached`;
    case 'on_track':
      return `${label}: projected ${projected}${deadline}`;
    case 'at_risk':
      return projected === null
        ? `${label}: too few values to project`
        : `${label}: projected ${projected}${deadline}, short of the target`;
    case 'missed':
      return `${label}: target not reached${deadline}`;
    default:
      return label;
  }
}

function MeasureTile(props: { result: SuccessMeasureResult }) {
  const r = props.result;
  const tones = useToneColors();
  const color = tones.color(successMeasureTones[r.status]);
  const textColor = tones.text(successMeasureTones[r.status]);
  return (
    <Box
      component="section"
      aria-label={r.measure.title}
      p={2}
      border="1px solid rgba(128,128,128,0.3)"
      borderRadius={4}
      height="100%"
    >
      <Typography variant="subtitle1" component="h3">
        {r.measure.title}
      </Typography>
      <Box display="flex" alignItems="baseline" style={{ gap: 8 }}>
        <Typography variant="h5" component="p">
          {formatMeasureValue(r.value, r)}
        </Typography>
        <Typography variant="body2">
          target {formatMeasureValue(r.measure.target, r)}
        </Typography>
      </Box>
      <Typography
        variant="body2"
        style={{ color: textColor, fontWeight: 600 }}
        data-testid="measure-status"
      >
        ● {describeMeasureStatus(r)}
      </Typography>
      {r.waiver && (
        <Box my={0.5} data-testid="measure-waiver">
          <WaiverChip waiver={r.waiver} />{' '}
          <Typography variant="caption">
            target paused: {r.waiver.justification}
          </Typography>
        </Box>
      )}
      <Typography variant="caption" component="div" color="textSecondary">
        {r.measure.recurrence === 'quarterly'
          ? 'this quarter'
          : `${r.measure.aggregation}, last ${r.measure.windowDays} days`}
        {r.daysToDeadline !== null &&
          (r.daysToDeadline >= 0
            ? ` · deadline ${dayAndDistance(r.deadline!, DateTime.local())}`
            : ` · deadline ${formatDay(r.deadline!)} passed`)}
      </Typography>
      <MeasureChart
        series={r.series}
        target={r.measure.target}
        deadline={r.deadline}
        projectedAtDeadline={r.projectedAtDeadline}
        label={r.measure.title}
        color={color}
        format={v => formatMeasureValue(v, r)}
      />
    </Box>
  );
}

/** Each metric source's last collection; an unreachable one says so. */
function MetricSourceStatuses() {
  const { value } = useMetricSources();
  const unreachable = useToneColors().text('bad');
  if (!value?.sources.length) return null;
  return (
    <Box
      mt={2}
      display="flex"
      flexWrap="wrap"
      style={{ gap: 16 }}
      aria-label="Metric sources"
    >
      {value.sources.map(s => (
        <Typography
          key={s.id}
          variant="caption"
          style={{ color: s.ok ? undefined : unreachable }}
        >
          {s.ok ? '●' : '▲'} {s.id}: {s.message}
          {s.collectedAt && ` (${formatDateTime(s.collectedAt)})`}
        </Typography>
      ))}
    </Box>
  );
}

/** A card per success measure: value against target, days to the deadline, the chart and the projection. */
export function SuccessMeasuresCard() {
  const { value, error, loading } = useSuccessMeasures();
  if (error) return <PlainError error={error} />;
  if (loading || !value) return <Progress />;
  return (
    <InfoCard title="Success measures">
      <Grid container spacing={2}>
        {value.measures.map(r => (
          <Grid item xs={12} sm={6} lg={3} key={r.measure.id}>
            <MeasureTile result={r} />
          </Grid>
        ))}
      </Grid>
      <MetricSourceStatuses />
    </InfoCard>
  );
}
