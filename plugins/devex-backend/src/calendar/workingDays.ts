import { DateTime } from 'luxon';
import { HolidayCalendar } from './holidays';

/** Which days are worked: weekdays (1 = Monday ... 7 = Sunday) minus holidays (YYYY-MM-DD). */
export interface WorkingCalendar {
  timeZone: string;
  weekendDays: number[];
  /** The configured public holidays and extra dates (a Set of dates will do); none by default. */
  holidays: HolidayCalendar;
}

export function isWorkingDay(
  day: DateTime,
  calendar: WorkingCalendar,
): boolean {
  const local = day.setZone(calendar.timeZone);
  return (
    !calendar.weekendDays.includes(local.weekday) &&
    !calendar.holidays.has(local.toISODate()!)
  );
}

/**
 * Moves `n` working days from `from` (backwards when negative), keeping the local time of day.
 * Counting is by calendar days in the calendar's zone, so DST changes do not shift the hour.
 */
export function addWorkingDays(
  from: DateTime,
  n: number,
  calendar: WorkingCalendar,
): DateTime {
  let day = from.setZone(calendar.timeZone);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  while (left > 0) {
    day = day.plus({ days: step });
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

/** The moment `n` working days after `from` ends, e.g. when a two-working-day escalation is due. */
export function workingDaysLater(
  from: DateTime,
  n: number,
  calendar: WorkingCalendar,
): DateTime {
  return addWorkingDays(from, n, calendar);
}
