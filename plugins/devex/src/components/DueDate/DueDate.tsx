import { ActionItemStatus } from '@devex-governance/backstage-plugin-devex-common';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import { describeDueDate } from './describeDueDate';
import { useToneColors } from '../tones';

/** A due date: the day, and for an item still to do how far it is, highlighted when overdue. */
export function DueDate(props: {
  dueDate: string;
  status: ActionItemStatus;
  today?: DateTime;
}) {
  const { dueDate, status, today = DateTime.local() } = props;
  const { day, distance, overdue } = describeDueDate(dueDate, status, today);
  const tones = useToneColors();
  return (
    <Typography
      variant="body2"
      component="span"
      color="textPrimary"
      data-testid="due-date"
    >
      <span style={{ whiteSpace: 'nowrap' }}>{day}</span>
      {distance && (
        <>
          {' · '}
          <span
            style={{
              whiteSpace: 'nowrap',
              ...(overdue ? { fontWeight: 600, color: tones.text('bad') } : {}),
            }}
          >
            {distance}
          </span>
        </>
      )}
    </Typography>
  );
}
