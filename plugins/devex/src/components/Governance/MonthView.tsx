import { Occurrence } from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import IconButton from '@material-ui/core/IconButton';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import ChevronLeftIcon from '@material-ui/icons/ChevronLeft';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import { DateTime } from 'luxon';
import { formatOccurrenceTime, titleOf } from './presentation';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Read by screen readers, not shown: the day's full date beside its number. */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** A month grid, Monday first, with each day's governance events. */
export function MonthView(props: {
  month: DateTime;
  occurrences: Occurrence[];
  onMonthChange: (month: DateTime) => void;
}) {
  const { month, occurrences } = props;
  const first = month.startOf('month');
  const gridStart = first.minus({ days: first.weekday - 1 });
  const weeks = Math.ceil((first.weekday - 1 + first.daysInMonth!) / 7);
  const byDay = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const day = DateTime.fromISO(o.start, { setZone: true }).toISODate()!;
    byDay.set(day, [...(byDay.get(day) ?? []), o]);
  }
  const today = DateTime.local().toISODate();
  const theme = useTheme();

  return (
    <Box>
      <Box display="flex" alignItems="center" mb={1}>
        <IconButton
          aria-label="Previous month"
          onClick={() => props.onMonthChange(month.minus({ months: 1 }))}
        >
          <ChevronLeftIcon />
        </IconButton>
        <Typography
          variant="h6"
          component="h3"
          style={{ minWidth: 180, textAlign: 'center' }}
        >
          {month.toFormat('LLLL yyyy')}
        </Typography>
        <IconButton
          aria-label="Next month"
          onClick={() => props.onMonthChange(month.plus({ months: 1 }))}
        >
          <ChevronRightIcon />
        </IconButton>
      </Box>
      <table
        role="grid"
        aria-label={`Governance calendar, ${month.toFormat('LLLL yyyy')}`}
        style={{
          width: '100%',
          borderCollapse: 'collapse',
          tableLayout: 'fixed',
        }}
      >
        <thead>
          <tr>
            {WEEKDAYS.map(d => (
              <th
                key={d}
                scope="col"
                style={{ padding: 4, fontWeight: 500, fontSize: 12 }}
              >
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: weeks }, (_, w) => (
            <tr key={w}>
              {Array.from({ length: 7 }, (_2, d) => {
                const day = gridStart.plus({ days: w * 7 + d });
                const iso = day.toISODate()!;
                const inMonth = day.month === month.month;
                return (
                  <td
                    key={iso}
                    style={{
                      verticalAlign: 'top',
                      height: 72,
                      padding: 4,
                      border: '1px solid rgba(128,128,128,0.3)',
                      // another month's days recede by their background alone: their numbers
                      // keep the text colour (secondary text on that background read 2.77:1)
                      backgroundColor: inMonth
                        ? undefined
                        : theme.palette.action.hover,
                      background:
                        iso === today ? 'rgba(25,118,210,0.08)' : undefined,
                    }}
                  >
                    <Typography
                      variant="caption"
                      component="time"
                      dateTime={iso}
                      color="inherit"
                    >
                      <span aria-hidden="true">{day.day}</span>
                      <span style={visuallyHidden}>
                        {day.toLocaleString(DateTime.DATE_FULL)}
                      </span>
                    </Typography>
                    {(byDay.get(iso) ?? []).map(o => (
                      <Tooltip
                        key={o.id}
                        title={`${formatOccurrenceTime(o)}: ${o.agenda.join(
                          ', ',
                        )}`}
                      >
                        <Typography
                          variant="caption"
                          component="div"
                          noWrap
                          style={{ fontWeight: 600 }}
                        >
                          {titleOf(o)}
                        </Typography>
                      </Tooltip>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}
