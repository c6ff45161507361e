import { WaiverChip } from '../Waivers';
import { labelOf } from '../labels';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
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
        ● {labelOf(r.status)}
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
            ? ` · ${r.daysToDeadline} days to ${r.deadline}`
            : ` · deadline ${r.deadline} passed`)}
        {r.projectedAtDeadline !== null &&
          r.daysToDeadline !== null &&
          r.daysToDeadline >= 0 &&
          ` · projected ${formatMeasureValue(r.projectedAtDeadline, r)}`}
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
          {s.collectedAt &&
            ` (${s.collectedAt.slice(0, 16).replace('T', ' ')} UTC)`}
        </Typography>
      ))}
    </Box>
  );
}

/** A card per success measure: value against target, days to the deadline, the chart and the projection. */
export function SuccessMeasuresCard() {
  const { value, error, loading } = useSuccessMeasures();
  if (error) return <ResponseErrorPanel error={error} />;
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
