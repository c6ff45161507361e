import { PlainError } from '../PlainError';
import { formatDay } from '../dates';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import { labelOf } from '../labels';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { DevexSummary } from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { ReactNode } from 'react';
import { useSummary } from '../../hooks/useDevexApi';
import { DueDate } from '../DueDate';
import {
  describeMeasureStatus,
  formatMeasureValue,
} from '../SuccessMeasures/SuccessMeasuresCard';
import { AnomaliesCard } from '../Anomalies';
import {
  scorecardTones,
  successMeasureTones,
  Tone,
  useToneColors,
} from '../tones';

/**
 * One figure of the overview: what it counts (its definition, on hover and focus), its detail,
 * its tone (see the legend) and where its section is.
 */
function Tile(props: {
  label: string;
  definition: string;
  value: ReactNode;
  detail: ReactNode;
  tone: Tone;
  to: string;
  /** Where the tile leads, when it is not the section itself (a filtered list). */
  href?: string;
}) {
  const tones = useToneColors();
  return (
    <Grid item xs={6} md={4} lg={2}>
      <Tooltip title={props.definition}>
        <Link to={props.href ?? props.to} underline="none">
          <Box
            p={1.5}
            height="100%"
            bgcolor="background.paper"
            borderLeft={`4px solid ${tones.color(props.tone)}`}
            data-testid={`overview-tile-${props.to}`}
          >
            <Typography variant="overline" color="textSecondary">
              {props.label}
            </Typography>
            <Typography variant="h5" component="p">
              {props.value}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {props.detail}
            </Typography>
          </Box>
        </Link>
      </Tooltip>
    </Grid>
  );
}

const TONE_MEANINGS: Array<[Tone, string]> = [
  ['good', 'on target'],
  ['warning', 'needs attention'],
  ['bad', 'off target or overdue'],
  ['neutral', 'for information'],
];

/** What the tiles' colours say. */
function ToneLegend() {
  const tones = useToneColors();
  return (
    <Box
      component="ul"
      aria-label="What the tiles' colours mean"
      display="flex"
      flexWrap="wrap"
      m={0}
      mt={1}
      p={0}
      style={{ gap: 16, listStyle: 'none' }}
    >
      {TONE_MEANINGS.map(([tone, meaning]) => (
        <Typography key={tone} component="li" variant="caption">
          <Box
            component="span"
            display="inline-block"
            width={12}
            height={12}
            mr={0.5}
            style={{ background: tones.color(tone), verticalAlign: 'middle' }}
          />
          {meaning}
        </Typography>
      ))}
    </Box>
  );
}

const pct = (ratio: number | null) =>
  ratio === null ? '–' : `${Math.round(ratio * 100)}%`;

function experimentsTone(e: { offTrack: number; atRisk: number }): Tone {
  if (e.offTrack) return 'bad';
  return e.atRisk ? 'warning' : 'good';
}

function syncTone(s: { ratio: number | null; meetsTarget: boolean }): Tone {
  if (s.ratio === null) return 'neutral';
  return s.meetsTarget ? 'good' : 'warning';
}

function Tiles(props: {
  summary: DevexSummary;
  paths: OverviewPaths;
  /** The portal's overview: its action items list filters by mine and overdue. */
  portal: boolean;
}) {
  const { experiments, actionItems, sync, blockers, risks, nextEvents } =
    props.summary;
  const { paths } = props;
  const next = nextEvents?.[0];
  return (
    <>
      <Grid container spacing={2}>
        {experiments && (
          <Tile
            label="Active experiments"
            definition="Experiments planned, running or observing (concluded ones are in the Experiments section); off track and at risk count the running and observing ones by their worst metric"
            value={experiments.active}
            detail={`${experiments.offTrack} off track · ${experiments.atRisk} at risk`}
            tone={experimentsTone(experiments)}
            to={paths.experiments}
          />
        )}
        {actionItems && (
          <Tile
            label="Open action items"
            definition="Action items open, in progress or blocked, of everyone you can see; overdue: past their due date. Opens the list of all of them, the overdue ones when there are any"
            value={actionItems.open}
            detail={`${actionItems.overdue} overdue`}
            tone={actionItems.overdue ? 'bad' : 'good'}
            to={paths.actionItems}
            href={
              props.portal
                ? `${paths.actionItems}?mine=false${
                    actionItems.overdue ? '&overdue=true' : ''
                  }`
                : undefined
            }
          />
        )}
        {sync && (
          <Tile
            label="Evidence synced"
            definition="Remediation backlog items synced automatically to the compliance evidence catalog, of all of them; the target is the process's (at least 80%)"
            value={pct(sync.ratio)}
            detail={`target ${pct(sync.target)} · ${sync.syncedAutomatically}/${
              sync.total
            } items`}
            tone={syncTone(sync)}
            to={paths.compliance}
          />
        )}
        {blockers && (
          <Tile
            label="Open blockers"
            definition="Blockers recorded and not resolved; each escalates to the steering committee after two working days"
            value={blockers.open}
            detail={blockers.open ? 'escalate after two working days' : 'none'}
            tone={blockers.open ? 'warning' : 'good'}
            to={paths.backlogAndRisks}
          />
        )}
        {risks && (
          <Tile
            label="High risks"
            definition="Open risks whose exposure (impact x likelihood, each 1-5) is 12 or more of 25"
            value={risks.high}
            detail={`exposure ≥ 12 of 25 · ${risks.open} open in all`}
            tone={risks.high ? 'bad' : 'good'}
            to={paths.backlogAndRisks}
          />
        )}
        {nextEvents && (
          <Tile
            label="Next governance event"
            definition="The next forum, sync, pulse or deadline in the governance calendar, within 60 days"
            value={next ? formatDay(next.start) : '–'}
            detail={next ? next.title : 'nothing in the next 60 days'}
            tone="neutral"
            to={paths.calendar}
          />
        )}
      </Grid>
      <ToneLegend />
    </>
  );
}

/** List items that wrap their words instead of clipping them (the theme keeps them on one line). */
const useListStyles = makeStyles({ wraps: { whiteSpace: 'normal' } });

/** Where the overview's tiles and "more" links lead: the sections' paths, relative or absolute. */
export interface OverviewPaths {
  experiments: string;
  actionItems: string;
  compliance: string;
  backlogAndRisks: string;
  calendar: string;
}

function ExperimentsNeedingAttention(props: {
  experiments: NonNullable<DevexSummary['experiments']>;
  to: string;
}) {
  const classes = useListStyles();
  const tones = useToneColors();
  const order = {
    off_track: 0,
    at_risk: 1,
    no_data: 2,
    on_track: 3,
    not_started: 4,
  };
  const shown = [...props.experiments.scorecards]
    .sort((a, b) => order[a.status] - order[b.status])
    .slice(0, 5);
  return (
    <InfoCard
      title="Experiments"
      deepLink={{ title: 'All experiments', link: props.to }}
      noPadding
    >
      {shown.length ? (
        <List dense>
          {shown.map(s => (
            <ListItem key={s.experiment.id}>
              <ListItemText
                className={classes.wraps}
                primary={`${s.experiment.key} · ${s.experiment.title}`}
                secondary={
                  <span style={{ color: tones.text(scorecardTones[s.status]) }}>
                    {labelOf(s.status)}
                  </span>
                }
              />
            </ListItem>
          ))}
        </List>
      ) : (
        <Box p={2}>
          <Typography variant="body2">No active experiments.</Typography>
        </Box>
      )}
    </InfoCard>
  );
}

function DueSoon(props: {
  actionItems: NonNullable<DevexSummary['actionItems']>;
  to: string;
  showEntity: boolean;
}) {
  const classes = useListStyles();
  return (
    <InfoCard
      title="Action items due soonest"
      deepLink={{ title: 'All action items', link: props.to }}
      noPadding
    >
      {props.actionItems.items.length ? (
        <List dense>
          {props.actionItems.items.map(item => (
            <ListItem key={item.id}>
              <ListItemText
                className={classes.wraps}
                primary={item.title}
                secondary={
                  <>
                    <DueDate dueDate={item.dueDate} status={item.status} />
                    {' · '}
                    <EntityRefLink
                      entityRef={item.owner}
                      defaultKind="group"
                      hideIcon
                    />
                    {props.showEntity && (
                      <>
                        {' · '}
                        <EntityRefLink entityRef={item.entityRef} />
                      </>
                    )}
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      ) : (
        <Box p={2}>
          <Typography variant="body2">No open action items.</Typography>
        </Box>
      )}
    </InfoCard>
  );
}

function MeasuresAtAGlance(props: {
  measures: NonNullable<DevexSummary['measures']>;
}) {
  const classes = useListStyles();
  const tones = useToneColors();
  return (
    <InfoCard title="Success measures" noPadding>
      <List dense>
        {props.measures.map(m => (
          <ListItem key={m.measure.id}>
            <ListItemText
              className={classes.wraps}
              primary={m.measure.title}
              secondary={
                <span
                  style={{ color: tones.text(successMeasureTones[m.status]) }}
                >
                  {formatMeasureValue(m.value, m)} · target{' '}
                  {formatMeasureValue(m.measure.target, m)} ·{' '}
                  {describeMeasureStatus(m)}
                </span>
              }
            />
          </ListItem>
        ))}
      </List>
    </InfoCard>
  );
}

/**
 * The first view of the DevEx tab (an entity) or page (the portal), from one request: does this
 * need attention, and where to go for each part.
 */
export function DevexOverview(props: {
  entityRef?: string;
  paths: OverviewPaths;
  /** Where the pulse is answered, when the overview itself does not show it. */
  pulsePath?: string;
}) {
  const { value, error, loading, retry } = useSummary(props.entityRef);
  const theme = useTheme();
  if (error) return <PlainError error={error} />;
  if (loading && !value) return <Progress />;
  if (!value) return null;
  const { pulse } = value;
  return (
    <Grid container spacing={3} data-testid="devex-overview">
      {pulse?.campaign && !pulse.answered && props.pulsePath && (
        <Grid item xs={12}>
          <Alert
            severity="info"
            // the standard info alert is near black in the dark theme; filled reads in both
            variant={theme.palette.type === 'dark' ? 'filled' : 'standard'}
            data-testid="pulse-prompt"
          >
            {pulse.campaign.title} is open:{' '}
            <Link to={props.pulsePath} underline="always" color="inherit">
              answer it
            </Link>{' '}
            (5 questions, anonymous).
          </Alert>
        </Grid>
      )}
      <Grid item xs={12}>
        <Tiles summary={value} paths={props.paths} portal={!props.entityRef} />
      </Grid>
      {value.anomalies && value.anomalies.length > 0 && (
        <Grid item xs={12}>
          <AnomaliesCard
            anomalies={value.anomalies}
            showEntity={!props.entityRef}
            onDismissed={retry}
          />
        </Grid>
      )}
      {value.experiments && (
        <Grid item xs={12} md={props.entityRef ? 6 : 4}>
          <ExperimentsNeedingAttention
            experiments={value.experiments}
            to={props.paths.experiments}
          />
        </Grid>
      )}
      {value.actionItems && (
        <Grid item xs={12} md={props.entityRef ? 6 : 4}>
          <DueSoon
            actionItems={value.actionItems}
            to={props.paths.actionItems}
            showEntity={!props.entityRef}
          />
        </Grid>
      )}
      {!props.entityRef && value.measures && (
        <Grid item xs={12} md={4}>
          <MeasuresAtAGlance measures={value.measures} />
        </Grid>
      )}
    </Grid>
  );
}
