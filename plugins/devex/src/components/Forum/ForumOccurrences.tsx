import { labelOf } from '../labels';
import { PlainError } from '../PlainError';
import {
  InfoCard,
  Link,
  LinkButton,
  Progress,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Occurrence } from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { devexApiRef } from '../../api';
import { useForumOccurrences, useForumRunning } from '../../hooks/useForum';
import { Confirmation, ForumActionButton } from './ForumActionButton';
import { DateTime } from 'luxon';
import { isFollowableUrl } from '../FollowableLink';
import { formatOccurrenceTime, titleOf } from '../Governance/presentation';
import { forumMinutesPath, forumModePath } from './forumSteps';

/** How long before its start a forum may be started without being asked. */
const EARLY_START_GRACE_MINUTES = 30;

/** Starting a forum well before its time is asked about: followers and the minutes take its start. */
function earlyStartConfirmation(
  o: Occurrence,
  now: DateTime,
): Confirmation | null {
  const start = DateTime.fromISO(o.start);
  if (start.diff(now, 'minutes').minutes <= EARLY_START_GRACE_MINUTES)
    return null;
  return {
    title: 'Start this forum early?',
    text: `${titleOf(o)} is scheduled for ${formatOccurrenceTime(
      o,
    )}. Starting it now opens it for everyone following, and its minutes are dated from now.`,
    confirmLabel: 'Start now',
  };
}

function ForumOccurrenceRow(props: {
  occurrence: Occurrence;
  forumBase: string;
}) {
  const { occurrence: o, forumBase } = props;
  const api = useApi(devexApiRef);
  const navigate = useNavigate();
  const running = useForumRunning(o.id);
  const held = o.record?.status === 'held';
  const title = titleOf(o);
  const minutes =
    o.record?.minutesUrl && isFollowableUrl(o.record.minutesUrl)
      ? o.record.minutesUrl
      : forumMinutesPath(forumBase, o.id);

  return (
    <Box
      component="article"
      aria-label={title}
      py={1.5}
      data-testid="forum-occurrence"
      data-occurrence-id={o.id}
    >
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <Typography variant="h6" component="h3" style={{ fontSize: '1.05rem' }}>
          {title}
        </Typography>
        <Chip size="small" label={formatOccurrenceTime(o)} />
        {o.record && (
          <Chip size="small" color="primary" label={labelOf(o.record.status)} />
        )}
      </Box>
      {o.agenda.length > 0 && (
        <Typography variant="body2" color="textSecondary">
          Agenda: {o.agenda.join(' · ')}
        </Typography>
      )}
      <Box
        mt={1}
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        {held && (
          // minutes kept elsewhere (a GitHub file) open in a new tab, as runbooks do
          <LinkButton
            to={minutes}
            variant="outlined"
            color="primary"
            aria-label={`Minutes of ${title}`}
          >
            Minutes
          </LinkButton>
        )}
        {!held && running.value && (
          <Button
            component={RouterLink}
            to={forumModePath(forumBase, o.id)}
            variant="contained"
            color="primary"
            aria-label={`Resume forum: ${title}`}
          >
            Resume forum
          </Button>
        )}
        {/* run when not running, and when that could not be asked: starting answers a run
            already started */}
        {!held && !running.loading && !running.value && (
          <ForumActionButton
            label="Run forum"
            ariaLabel={`Run forum: ${title}`}
            run={async () => {
              await api.startForum(o.id);
              navigate(forumModePath(forumBase, o.id));
            }}
            confirm={earlyStartConfirmation(o, DateTime.local())}
          />
        )}
        {!held && (
          <Button
            component={RouterLink}
            to={forumModePath(forumBase, o.id)}
            variant="outlined"
            aria-label={`Follow ${title}`}
          >
            Follow
          </Button>
        )}
      </Box>
    </Box>
  );
}

/** The forum section's list: the next quarterly forum and monthly sync, and the recent ones held. */
export function ForumOccurrences(props: { forumBase: string }) {
  const { value, loading, error } = useForumOccurrences();
  if (error) return <PlainError error={error} />;
  if (!value) return loading ? <Progress /> : null;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={7}>
        <InfoCard
          title="Next forums"
          subheader="Run one to walk its agenda with its inputs and record its outputs; follow one someone else runs"
        >
          {value.upcoming.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              No quarterly forum or monthly sync in the next four months.
            </Typography>
          ) : (
            value.upcoming.map(o => (
              <ForumOccurrenceRow
                key={o.id}
                occurrence={o}
                forumBase={props.forumBase}
              />
            ))
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={5}>
        <InfoCard title="Held recently">
          {value.held.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              No forum held in the last four months.
            </Typography>
          ) : (
            value.held.map(o => (
              <ForumOccurrenceRow
                key={o.id}
                occurrence={o}
                forumBase={props.forumBase}
              />
            ))
          )}
          <Box mt={1}>
            <Link to={props.forumBase.replace(/\/forum$/, '/calendar')}>
              The whole governance calendar
            </Link>
          </Box>
        </InfoCard>
      </Grid>
    </Grid>
  );
}
