import { DateTime } from 'luxon';

/**
 * The one way the plugin writes dates and times, so a column never mixes "2026-11-12",
 * "Nov 30, 2026" and "in 4 days", and a time never stands without its zone:
 *
 * - a day: `Dec 17, 2026` (the reader's locale's medium date);
 * - a moment: `Dec 17, 2026, 14:00 GMT+2` (24-hour, in the reader's zone unless one is given,
 *   which it names);
 * - how far a day is: `today`, `tomorrow`, `in 4 days`, `2 days ago`, counted in whole calendar
 *   days in the same zone as the date beside it, so one date never reads "21 days" in one place
 *   and "in 22 days" in another.
 */

const DAY = DateTime.DATE_MED;
const TIME = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

/** A calendar day (`YYYY-MM-DD`, or an instant read in `zone`) as `Dec 17, 2026`. */
export function formatDay(iso: string, zone?: string): string {
  return DateTime.fromISO(
    iso,
    zone ? { zone } : { setZone: true },
  ).toLocaleString(DAY);
}

/** An instant as `Dec 17, 2026, 14:00 GMT+2`, in `zone` (default: the reader's). */
export function formatDateTime(iso: string, zone?: string): string {
  const at = DateTime.fromISO(iso);
  return (zone ? at.setZone(zone) : at).toLocaleString({
    ...DAY,
    ...TIME,
    timeZoneName: 'short',
  });
}

/** An instant's time of day as `14:00 GMT+2`, in `zone` (default: the reader's). */
export function formatTime(iso: string, zone?: string): string {
  const at = DateTime.fromISO(iso);
  return (zone ? at.setZone(zone) : at).toLocaleString({
    ...TIME,
    timeZoneName: 'short',
  });
}

/** Whole calendar days from `today` to the day `iso` falls on in `today`'s zone (negative: past). */
export function calendarDaysUntil(iso: string, today: DateTime): number {
  const day = DateTime.fromISO(iso, { zone: today.zone }).startOf('day');
  return Math.round(day.diff(today.startOf('day'), 'days').days);
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** How far a day is from today: `today`, `tomorrow`, `yesterday`, `in 4 days`, `2 days ago`. */
export function relativeDay(iso: string, today: DateTime): string {
  const days = calendarDaysUntil(iso, today);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${plural(days, 'day')}` : `${plural(-days, 'day')} ago`;
}

/** `Dec 17, 2026 (in 4 days)`: the day, and how far it is. */
export function dayAndDistance(iso: string, today: DateTime): string {
  return `${formatDay(iso, today.zoneName ?? undefined)} (${relativeDay(
    iso,
    today,
  )})`;
}

/**
 * What a date field shows under itself: the chosen day as the portal writes it, with its distance
 * (the browser's picker writes the day its own way); nothing while none is chosen.
 */
export const chosenDay = (value: string | undefined): string | undefined =>
  value ? dayAndDistance(value, DateTime.local()) : undefined;

/** `2 days`, `1 day`. */
export const days = (n: number) => plural(n, 'day');
