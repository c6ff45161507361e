import { ExperimentTransition } from '@devex-governance/backstage-plugin-devex-common';
import { formatDateTime } from '../dates';
import { labelOf } from '../labels';
import { PersonLink } from '../PersonLink';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import {} from '../scorecardPresentation';
import { useToneColors } from '../tones';

/** The status history as a timeline, newest first: who, when, from, to and why. */
export function ExperimentHistory(props: { history: ExperimentTransition[] }) {
  const { muted } = useToneColors();
  if (!props.history.length) {
    return (
      <Typography variant="body2" color="textSecondary">
        No status changes yet.
      </Typography>
    );
  }
  return (
    <List dense aria-label="Status history" disablePadding>
      {[...props.history].reverse().map(t => (
        <ListItem
          key={t.id}
          disableGutters
          alignItems="flex-start"
          style={{ borderLeft: `2px solid ${muted}`, paddingLeft: 12 }}
        >
          <ListItemText
            primary={
              <>
                {labelOf(t.from)} → <strong>{labelOf(t.to)}</strong>
                {t.decision && ` (${labelOf(t.decision)})`}: {t.note}
              </>
            }
            secondary={
              <>
                <PersonLink entityRef={t.changedBy} defaultKind="user" />{' '}
                {formatDateTime(t.changedAt)}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
