import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Occurrence } from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { devexApiRef } from '../../api';
import { useForumOccurrences } from '../../hooks/useForum';
import { isFollowableUrl } from '../FollowableLink';
import { formatOccurrenceTime, titleOf } from '../Governance/presentation';
import { forumMinutesPath, forumModePath } from './forumSteps';

function ForumOccurrenceRow(props: {
  occurrence: Occurrence;
  forumBase: string;
}) {
  const { occurrence: o, forumBase } = props;
  const api = useApi(devexApiRef);
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const [starting, setStarting] = useState(false);
  const held = o.record?.status === 'held';
  const title = titleOf(o);
  const minutes =
    o.record?.minutesUrl && isFollowableUrl(o.record.minutesUrl)
      ? o.record.minutesUrl
      : forumMinutesPath(forumBase, o.id);

  const run = async () => {
    setStarting(true);
    setError(undefined);
    try {
      await api.startForum(o.id);
      navigate(forumModePath(forumBase, o.id));
    } catch (e) {
      setError((e as Error).message);
      setStarting(false);
    }
  };

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
          <Chip size="small" color="primary" label={o.record.status} />
        )}
      </Box>
      {o.agenda.length > 0 && (
        <Typography variant="body2" color="textSecondary">
          Agenda: {o.agenda.join(' · ')}
        </Typography>
      )}
      {error && (
        <Alert severity="error" role="alert" style={{ marginTop: 8 }}>
          {error}
        </Alert>
      )}
      <Box
        mt={1}
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        {held ? (
          <Button
            component={RouterLink}
            to={minutes}
            variant="outlined"
            color="primary"
            aria-label={`Minutes of ${title}`}
          >
            Minutes
          </Button>
        ) : (
          <>
            <Button
              variant="contained"
              color="primary"
              disabled={starting}
              onClick={run}
              aria-label={`Run forum: ${title}`}
            >
              Run forum
            </Button>
            <Button
              component={RouterLink}
              to={forumModePath(forumBase, o.id)}
              variant="outlined"
              aria-label={`Follow ${title}`}
            >
              Follow
            </Button>
          </>
        )}
      </Box>
    </Box>
  );
}

/** The forum section's list: the next quarterly forum and monthly sync, and the recent ones held. */
export function ForumOccurrences(props: { forumBase: string }) {
  const { value, loading, error } = useForumOccurrences();
  if (error) return <ResponseErrorPanel error={error} />;
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
