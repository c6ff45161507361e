import { ActionItemStatus } from '@devex-governance/backstage-plugin-devex-common';
import Typography from '@material-ui/core/Typography';
import Tooltip from '@material-ui/core/Tooltip';
import { DateTime } from 'luxon';
import { describeDueDate } from './describeDueDate';
import { useToneColors } from '../tones';

/** A due date as people say it, highlighted when overdue. */
export function DueDate(props: {
  dueDate: string;
  status: ActionItemStatus;
  today?: DateTime;
}) {
  const { dueDate, status, today = DateTime.local() } = props;
  const { text, overdue } = describeDueDate(dueDate, status, today);
  const tones = useToneColors();
  return (
    <Tooltip title={dueDate}>
      <Typography
        variant="body2"
        color="textPrimary"
        style={
          overdue ? { fontWeight: 600, color: tones.text('bad') } : undefined
        }
        data-testid="due-date"
      >
        {text}
      </Typography>
    </Tooltip>
  );
}
