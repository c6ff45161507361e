import { ReadableText } from '../ReadableTable';
import { Link } from '@backstage/core-components';
import { formatTime } from '../dates';
import { PersonLink } from '../PersonLink';
import { ForumOutput } from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { isFollowableUrl } from '../FollowableLink';
import { outputKindLabels } from './forumSteps';

/**
 * What a forum recorded, in the order recorded: each output's kind, summary and step, who recorded
 * it, and a link to the record it changed.
 */
export function ForumOutputs(props: {
  outputs: ForumOutput[];
  label?: string;
}) {
  const label = props.label ?? 'Recorded in this forum';
  if (props.outputs.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Nothing recorded yet.
      </Typography>
    );
  }
  return (
    <Box
      component="ol"
      aria-label={label}
      aria-live="polite"
      m={0}
      pl={2.5}
      data-testid="forum-outputs"
    >
      {props.outputs.map(o => (
        <li key={o.id} data-testid="forum-output">
          <Box mb={1.5}>
            <Box display="flex" alignItems="center" style={{ gap: 8 }}>
              <Chip size="small" label={outputKindLabels[o.kind]} />
              <Typography variant="caption" color="textSecondary">
                {o.step}
              </Typography>
            </Box>
            <Typography variant="body2">
              <ReadableText text={o.summary} />
            </Typography>
            <Typography variant="caption" color="textSecondary" component="div">
              <PersonLink entityRef={o.recordedBy} defaultKind="user" />,{' '}
              {formatTime(o.recordedAt)}
              {o.record && isFollowableUrl(o.record.link) && (
                <>
                  {' · '}
                  <Link to={o.record.link}>Open {o.record.title}</Link>
                </>
              )}
            </Typography>
          </Box>
        </li>
      ))}
    </Box>
  );
}
