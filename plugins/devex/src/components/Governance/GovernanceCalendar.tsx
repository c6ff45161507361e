import { PlainError } from '../PlainError';
import { dayAndDistance, formatDay } from '../dates';
import { InfoCard, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import { useVerificationWindows } from '../../hooks/useDevexApi';
import { useOccurrences } from '../../hooks/useOccurrences';
import { MonthView } from './MonthView';
import { OccurrenceItem } from './OccurrenceItem';
import { SubscribeButton } from './UpcomingGovernanceCard';

function VerificationWindows() {
  const { value, error } = useVerificationWindows();
  if (error) return <PlainError error={error} />;
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      style={{ gap: 8 }}
      mb={2}
      aria-label="Compliance verification windows"
    >
      {value?.windows.map(w => (
        <Chip
          key={w.framework}
          color={w.overdue ? 'secondary' : 'default'}
          label={
            w.overdue
              ? `${w.framework}: verification overdue since ${formatDay(
                  w.closesAt,
                )}`
              : `${w.framework}: window closes ${dayAndDistance(
                  w.closesAt,
                  DateTime.local(),
                )}`
          }
        />
      ))}
    </Box>
  );
}

/** The page's calendar: verification windows, the upcoming events and a month view. */
export function GovernanceCalendar() {
  const [month, setMonth] = useState<DateTime>(() =>
    DateTime.local().startOf('month'),
  );
  const upcomingRange = useMemo(() => {
    // to the minute: every view of the minute asks the same, which the backend computes once
    const now = DateTime.local().startOf('minute');
    return { from: now.toISO()!, to: now.plus({ days: 90 }).toISO()! };
  }, []);
  const monthRange = useMemo(
    () => ({
      from: month.minus({ days: 7 }).toISO()!,
      to: month.plus({ months: 1, days: 7 }).toISO()!,
    }),
    [month],
  );
  const upcoming = useOccurrences(upcomingRange);
  const monthly = useOccurrences(monthRange);

  return (
    <InfoCard
      title="Governance calendar"
      action={
        <Box mt={1} mr={1}>
          <SubscribeButton />
        </Box>
      }
    >
      <VerificationWindows />
      <Grid container spacing={3}>
        <Grid item xs={12} md={5}>
          <Typography variant="h6" component="h3">
            Upcoming
          </Typography>
          {upcoming.error && <PlainError error={upcoming.error} />}
          {upcoming.loading && !upcoming.value && <Progress />}
          {upcoming.value?.slice(0, 8).map(o => (
            <OccurrenceItem key={o.id} occurrence={o} detailed={false} />
          ))}
        </Grid>
        <Grid item xs={12} md={7}>
          {monthly.error && <PlainError error={monthly.error} />}
          <MonthView
            month={month}
            occurrences={monthly.value ?? []}
            onMonthChange={setMonth}
          />
        </Grid>
      </Grid>
    </InfoCard>
  );
}
