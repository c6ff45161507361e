import { PlainError } from '../PlainError';
import { formatDateTime, formatDay } from '../dates';
import {
  InfoCard,
  Link,
  MarkdownContent,
  Progress,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { PersonLink } from '../PersonLink';
import { ForumSession } from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import { devexApiRef } from '../../api';
import { useForumSession } from '../../hooks/useForum';
import { ForumOutputs } from './ForumOutputs';
import { forumModePath, minutesFileName } from './forumSteps';

/** Fetches the minutes as Markdown through the client (the API needs the user's token) and saves them. */
function DownloadMinutesButton(props: { occurrenceId: string }) {
  const api = useApi(devexApiRef);
  const alertApi = useApi(alertApiRef);
  const download = async () => {
    try {
      const markdown = await api.getForumMinutesMarkdown(props.occurrenceId);
      const url = URL.createObjectURL(
        new Blob([markdown], { type: 'text/markdown' }),
      );
      const a = document.createElement('a');
      a.href = url;
      a.download = minutesFileName(props.occurrenceId);
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      alertApi.post({
        message: (e as Error).message,
        severity: 'error',
        display: 'transient',
      });
    }
  };
  return (
    <Button startIcon={<GetAppIcon />} onClick={download}>
      Download Markdown
    </Button>
  );
}

/** The minutes of a held forum: the stored Markdown, every output with its record, who attended. */
export function ForumMinutesView(props: {
  session: ForumSession;
  forumBase: string;
}) {
  const { session } = props;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={8}>
        <InfoCard
          title={`Minutes: ${session.title}`}
          subheader={`Held ${formatDay(session.date)}${
            session.finishedAt
              ? `, finished ${formatDateTime(session.finishedAt)}`
              : ''
          }`}
          action={
            <Box mt={1} mr={1}>
              <DownloadMinutesButton occurrenceId={session.occurrenceId} />
            </Box>
          }
        >
          <Box component="article" aria-label="Minutes" data-testid="minutes">
            <MarkdownContent content={session.minutes ?? ''} dialect="gfm" />
          </Box>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={4}>
        <InfoCard title="Outputs">
          <ForumOutputs outputs={session.outputs} label="Forum outputs" />
          <Box mt={2}>
            <Typography variant="subtitle2">Attendees</Typography>
            {session.attendees.length ? (
              <ul aria-label="Attendees" style={{ margin: 0, paddingLeft: 20 }}>
                {session.attendees.map(ref => (
                  <li key={ref}>
                    <PersonLink entityRef={ref} defaultKind="user" />
                  </li>
                ))}
              </ul>
            ) : (
              <Typography variant="body2" color="textSecondary">
                None recorded.
              </Typography>
            )}
          </Box>
          <Box mt={2}>
            <Link to={props.forumBase}>All forums</Link>
          </Box>
        </InfoCard>
      </Grid>
    </Grid>
  );
}

/** `/devex/forum/:occurrenceId/minutes`: the minutes once held; until then, a way to the forum. */
export function ForumMinutes(props: {
  occurrenceId: string;
  forumBase: string;
}) {
  const { session, notStarted, loading, error } = useForumSession(
    props.occurrenceId,
  );
  if (error && !session) return <PlainError error={error} />;
  if (loading) return <Progress />;
  if (!session || notStarted || session.status !== 'held') {
    return (
      <InfoCard title="No minutes yet">
        <Typography variant="body2" paragraph>
          This occurrence has not been held as a forum in the portal yet; its
          minutes show here once it is finished.
        </Typography>
        <Link to={forumModePath(props.forumBase, props.occurrenceId)}>
          Open forum mode
        </Link>
      </InfoCard>
    );
  }
  return <ForumMinutesView session={session} forumBase={props.forumBase} />;
}
