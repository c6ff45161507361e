import { DateTime } from 'luxon';

/** Which days are worked: weekdays (1 = Monday ... 7 = Sunday) minus holidays (YYYY-MM-DD). */
export interface WorkingCalendar {
  timeZone: string;
  weekendDays: number[];
  holidays: Set<string>;
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

/** South African public holidays (Public Holidays Act: a Sunday holiday moves to Monday), 2026-2027. */
export const DEFAULT_HOLIDAYS = [
  '2026-01-01',
  '2026-03-21',
  '2026-04-03',
  '2026-04-06',
  '2026-04-27',
  '2026-05-01',
  '2026-06-16',
  '2026-08-10',
  '2026-09-24',
  '2026-12-16',
  '2026-12-25',
  '2026-12-26',
  '2027-01-01',
  '2027-03-22',
  '2027-03-26',
  '2027-03-29',
  '2027-04-27',
  '2027-05-01',
  '2027-06-16',
  '2027-08-09',
  '2027-09-24',
  '2027-12-16',
  '2027-12-25',
  '2027-12-27',
];
