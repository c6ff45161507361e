import { labelOf } from '../labels';
import { Link } from '@backstage/core-components';
import { relativeDay } from '../dates';
import { Occurrence } from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import { DateTime } from 'luxon';
import { ReactNode } from 'react';
import { formatOccurrenceTime, isMeeting, titleOf } from './presentation';
import { FollowableLink } from '../FollowableLink';

function Section(props: { title: string; items: string[] }) {
  if (!props.items.length) return null;
  return (
    <Box mt={1}>
      <Typography variant="subtitle2">{props.title}</Typography>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {props.items.map(item => (
          <li key={item}>
            <Typography variant="body2">{item}</Typography>
          </li>
        ))}
      </ul>
    </Box>
  );
}

/** One governance occurrence: when, what it is for, its runbook, and its follow-ups. */
export function OccurrenceItem(props: {
  occurrence: Occurrence;
  onCreateActionItem?: (occurrence: Occurrence) => void;
  detailed?: boolean;
  /** Where its runbook opens in the portal, when the portal renders it. */
  runbookHref?: string;
  /** More about the occurrence, below its outputs (e.g. the runbook-update ritual's checks). */
  children?: ReactNode;
}) {
  const { occurrence: o, onCreateActionItem, detailed = true } = props;
  return (
    <Box
      component="article"
      aria-label={titleOf(o)}
      py={1.5}
      borderBottom="1px solid rgba(128,128,128,0.3)"
    >
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <Typography variant="h6" component="h3" style={{ fontSize: '1.05rem' }}>
          {titleOf(o)}
        </Typography>
        <Chip size="small" label={formatOccurrenceTime(o)} />
        <Typography variant="caption" color="textSecondary">
          {/* reckoned in the event's zone, like the date beside it */}
          {relativeDay(o.start, DateTime.now().setZone(o.timeZone))}
        </Typography>
        {o.record && (
          <Chip size="small" color="primary" label={labelOf(o.record.status)} />
        )}
        {o.actionItemCount > 0 && (
          <Chip
            size="small"
            variant="outlined"
            label={`${o.actionItemCount} action item${
              o.actionItemCount === 1 ? '' : 's'
            }`}
          />
        )}
      </Box>
      {detailed && (
        <>
          <Section title="Agenda" items={o.agenda} />
          <Section title="Inputs" items={o.inputs} />
          <Section title="Outputs" items={o.outputs} />
          {o.record?.decisions.length ? (
            <Section title="Decisions" items={o.record.decisions} />
          ) : null}
        </>
      )}
      {props.children}
      <Box
        mt={1}
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 16 }}
      >
        {o.runbookUrl && (
          <Link to={props.runbookHref ?? o.runbookUrl}>Runbook</Link>
        )}
        {o.record?.minutesUrl && (
          <FollowableLink url={o.record.minutesUrl}>Minutes</FollowableLink>
        )}
        {onCreateActionItem && isMeeting(o.type) && (
          <Button
            size="small"
            color="primary"
            startIcon={<AddIcon />}
            onClick={() => onCreateActionItem(o)}
          >
            Create action item from this meeting
          </Button>
        )}
      </Box>
    </Box>
  );
}
