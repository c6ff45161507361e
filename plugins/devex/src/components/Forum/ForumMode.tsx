import { PlainError } from '../PlainError';
import { formatDay } from '../dates';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ForumSession } from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Step from '@material-ui/core/Step';
import StepButton from '@material-ui/core/StepButton';
import Stepper from '@material-ui/core/Stepper';
import Typography from '@material-ui/core/Typography';
import { useSearchParams } from 'react-router-dom';
import { devexApiRef } from '../../api';
import { useForumSession } from '../../hooks/useForum';
import { BacklogReview } from '../Backlog/BacklogReview';
import { ExperimentScorecards } from '../ExperimentScorecards';
import { RiskRegister } from '../Risks/RiskRegister';
import { SuccessMeasuresCard } from '../SuccessMeasures/SuccessMeasuresCard';
import { AttendeesEditor } from './AttendeesEditor';
import {
  ForumNoteForm,
  RecordActionItemForm,
  RecordDecisionForm,
  RecordFlagDecisionForm,
  RecordRiskChangeForm,
} from './ForumForms';
import { ForumMinutesView } from './ForumMinutes';
import { ForumOutputs } from './ForumOutputs';
import { FINISH_STEP, inputsOfStep } from './forumSteps';
import { ForumAnomalies } from '../Anomalies/ForumAnomalies';
import { Confirmation, ForumActionButton } from './ForumActionButton';

/**
 * Finishing is asked about when the minutes would say nothing: no attendees or no outputs
 * recorded (the forum cannot be run again once held).
 */
function finishConfirmation(session: ForumSession): Confirmation | null {
  const gaps = [
    session.attendees.length === 0 && 'no attendees',
    session.outputs.length === 0 && 'no outputs',
  ].filter(Boolean);
  if (!gaps.length) return null;
  return {
    title: 'Finish with nothing recorded?',
    text: `This forum has ${gaps.join(
      ' and ',
    )} recorded. Finishing records it as held, and its minutes will say so; it cannot be run again.`,
    confirmLabel: 'Finish anyway',
  };
}

/** Starts the run; followers see it start through their polling. */
function StartForumButton(props: {
  occurrenceId: string;
  onStarted: (session: ForumSession) => void;
}) {
  const api = useApi(devexApiRef);
  return (
    <ForumActionButton
      label="Run forum"
      run={async () =>
        props.onStarted(await api.startForum(props.occurrenceId))
      }
    />
  );
}

/** The inputs an agenda step puts in front of the room, and the form for what it changes. */
function StepInputs(props: {
  session: ForumSession;
  step: string;
  onRecorded: () => void;
}) {
  const api = useApi(devexApiRef);
  const { session, step } = props;
  const form = {
    occurrenceId: session.occurrenceId,
    step,
    reloadKey: session.version,
    onRecorded: props.onRecorded,
  };
  switch (inputsOfStep(step)) {
    case 'metrics':
      return <SuccessMeasuresCard />;
    case 'anomalies':
      return (
        <Grid container spacing={2}>
          {/* each anomaly is dismissed with why, or taken up as an action item */}
          <Grid item xs={12}>
            <ForumAnomalies
              reloadKey={session.version}
              onDismiss={async (anomaly, note) => {
                await api.recordForumAnomalyDismissal(session.occurrenceId, {
                  step,
                  anomalyId: anomaly.id,
                  note: note.trim(),
                });
                props.onRecorded();
              }}
              onTakeUp={async (anomaly, item) => {
                await api.recordForumActionItem(session.occurrenceId, {
                  step,
                  title: item.title,
                  description: item.description || undefined,
                  entityRef: item.entityRef,
                  owner: item.owner,
                  dueDate: item.dueDate,
                  anomalyId: anomaly.id,
                });
                props.onRecorded();
              }}
            />
          </Grid>
        </Grid>
      );
    case 'experiments':
      return (
        <Grid container spacing={2}>
          <Grid item xs={12} md={6}>
            <RecordDecisionForm {...form} />
          </Grid>
          <Grid item xs={12} md={6}>
            <RecordFlagDecisionForm {...form} />
          </Grid>
          <Grid item xs={12}>
            <ExperimentScorecards
              query={{}}
              groupByStatus
              readOnly
              reloadKey={session.version}
            />
          </Grid>
        </Grid>
      );
    case 'backlog':
      return (
        <BacklogReview
          title="IDP backlog"
          initialReviewing
          reloadKey={session.version}
          onMove={async (item, toRank, note) => {
            await api.recordForumBacklogMove(session.occurrenceId, {
              step,
              itemId: item.id,
              toRank,
              version: item.version,
              note: note.trim(),
            });
            props.onRecorded();
          }}
        />
      );
    case 'risks':
      return (
        <Grid container spacing={2}>
          <Grid item xs={12}>
            <RecordRiskChangeForm {...form} />
          </Grid>
          <Grid item xs={12}>
            <RiskRegister reloadKey={session.version} />
          </Grid>
        </Grid>
      );
    default:
      return (
        <Typography variant="body2" color="textSecondary">
          This step has no inputs in the portal: record what it decides as notes
          and action items.
        </Typography>
      );
  }
}

/** The running forum: the agenda as a stepper, each step's inputs and forms, and what was recorded. */
function RunningForum(props: {
  session: ForumSession;
  refresh: () => void;
  accept: (session: ForumSession) => void;
}) {
  const { session, refresh, accept } = props;
  const api = useApi(devexApiRef);
  const [params, setParams] = useSearchParams();
  const steps = [...session.agenda, FINISH_STEP];
  const requested = Number(params.get('step') ?? 0);
  const active =
    Number.isInteger(requested) && requested >= 0 && requested < steps.length
      ? requested
      : 0;
  const step = steps[active];
  const go = (index: number) => {
    const next = new URLSearchParams(params);
    next.set('step', String(index));
    setParams(next, { replace: true });
  };
  const recordedIn = (s: string) =>
    session.outputs.filter(o => o.step === s).length;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          style={{ gap: 8 }}
        >
          <Typography variant="h5" component="h2">
            {session.title}
          </Typography>
          <Chip size="small" label={formatDay(session.date)} />
          <Chip size="small" color="primary" label="Running" />
        </Box>
        <Stepper
          nonLinear
          activeStep={active}
          aria-label="Forum agenda"
          style={{ background: 'transparent', overflowX: 'auto' }}
        >
          {steps.map((s, i) => (
            <Step key={s} completed={i !== active && recordedIn(s) > 0}>
              <StepButton
                onClick={() => go(i)}
                aria-current={i === active ? 'step' : undefined}
                optional={
                  recordedIn(s) > 0 ? (
                    <Typography variant="caption">
                      {recordedIn(s)} recorded
                    </Typography>
                  ) : undefined
                }
              >
                {s}
              </StepButton>
            </Step>
          ))}
        </Stepper>
      </Grid>
      <Grid item xs={12} md={8}>
        <Box component="section" aria-labelledby="devex-forum-step-title">
          <Typography
            variant="h6"
            component="h3"
            id="devex-forum-step-title"
            gutterBottom
          >
            Step {active + 1} of {steps.length}: {step}
          </Typography>
          {step === FINISH_STEP ? (
            <InfoCard title="Attendees and finish">
              <AttendeesEditor session={session} onChange={accept} />
              <Box mt={3}>
                <Typography variant="body2" paragraph>
                  Finishing records the occurrence as held and writes its
                  minutes, listing the {session.outputs.length} output
                  {session.outputs.length === 1 ? '' : 's'} recorded.
                </Typography>
                <ForumActionButton
                  label="Finish forum"
                  run={async () =>
                    accept(await api.finishForum(session.occurrenceId))
                  }
                  onFailed={refresh}
                  confirm={finishConfirmation(session)}
                />
              </Box>
            </InfoCard>
          ) : (
            <StepInputs session={session} step={step} onRecorded={refresh} />
          )}
          <Box mt={2} display="flex" style={{ gap: 8 }}>
            <Button disabled={active === 0} onClick={() => go(active - 1)}>
              Previous step
            </Button>
            <Button
              variant="outlined"
              color="primary"
              disabled={active === steps.length - 1}
              onClick={() => go(active + 1)}
            >
              Next step
            </Button>
          </Box>
        </Box>
      </Grid>
      <Grid item xs={12} md={4}>
        <Grid container spacing={2}>
          <Grid item xs={12}>
            <InfoCard
              title="Recorded in this forum"
              subheader="Updates as others record"
            >
              <ForumOutputs outputs={session.outputs} />
            </InfoCard>
          </Grid>
          {step !== FINISH_STEP && (
            <>
              <Grid item xs={12}>
                <RecordActionItemForm
                  occurrenceId={session.occurrenceId}
                  step={step}
                  onRecorded={refresh}
                />
              </Grid>
              <Grid item xs={12}>
                <ForumNoteForm
                  occurrenceId={session.occurrenceId}
                  step={step}
                  onRecorded={refresh}
                />
              </Grid>
            </>
          )}
        </Grid>
      </Grid>
    </Grid>
  );
}

/**
 * Forum mode for one occurrence (`/devex/forum/:occurrenceId`): follows the run by polling, so
 * what anyone records shows for everyone; once held, its minutes.
 */
export function ForumMode(props: {
  occurrenceId: string;
  forumBase: string;
  /** How often to ask for what others recorded (tests shorten it). */
  pollMs?: number;
}) {
  const { session, notStarted, loading, error, refresh, accept } =
    useForumSession(props.occurrenceId, props.pollMs);
  if (error && !session) return <PlainError error={error} />;
  if (loading) return <Progress />;
  if (notStarted || !session) {
    return (
      <InfoCard title="This forum has not started">
        <Typography variant="body2" paragraph>
          {props.occurrenceId} is not running in the portal yet. Start it to
          walk its agenda here; this page follows it and opens it as soon as
          someone starts it.
        </Typography>
        <Box display="flex" alignItems="center" style={{ gap: 16 }}>
          <StartForumButton
            occurrenceId={props.occurrenceId}
            onStarted={accept}
          />
          <Link to={props.forumBase}>All forums</Link>
        </Box>
      </InfoCard>
    );
  }
  if (session.status === 'held') {
    return <ForumMinutesView session={session} forumBase={props.forumBase} />;
  }
  return <RunningForum session={session} refresh={refresh} accept={accept} />;
}
