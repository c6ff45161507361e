import {
  Cadence,
  VerificationRun,
  VerificationWindow,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { RRule } from 'rrule';
import { addWorkingDays, WorkingCalendar } from './workingDays';

/** An occurrence's place in time, before records and counts are joined to it. */
export interface ComputedOccurrence {
  id: string;
  cadence: Cadence;
  start: DateTime;
  end: DateTime;
  allDay: boolean;
  framework: string | null;
}

const slug = (s: string) =>
  s.toLocaleLowerCase('en-US').replace(/[^a-z0-9]+/g, '-');

/** Wall-clock fields of a zoned time as a UTC date: rrule's "floating" time. */
const toFloating = (t: DateTime) =>
  new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
const fromFloating = (d: Date, zone: string) =>
  DateTime.fromObject(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
    },
    { zone },
  );

function startAt(
  cadence: Cadence,
  localDay: DateTime,
): { start: DateTime; end: DateTime; allDay: boolean } {
  if (!cadence.startTime) {
    const start = localDay.startOf('day');
    return { start, end: start.plus({ days: 1 }), allDay: true };
  }
  const [hour, minute] = cadence.startTime.split(':').map(Number);
  const start = localDay.set({ hour, minute, second: 0, millisecond: 0 });
  return {
    start,
    end: start.plus({ minutes: cadence.durationMinutes }),
    allDay: false,
  };
}

/**
 * Occurrences of an RRULE cadence in [from, to). The rule runs in floating local time and each
 * date is placed in the cadence's zone afterwards, so 10:00 stays 10:00 across DST changes.
 */
export function ruleOccurrences(
  cadence: Cadence,
  from: DateTime,
  to: DateTime,
): ComputedOccurrence[] {
  if (!cadence.rrule) return [];
  const zone = cadence.timeZone;
  const [hour, minute] = (cadence.startTime ?? '00:00').split(':').map(Number);
  const options = RRule.parseString(cadence.rrule);
  const rule = new RRule({
    ...options,
    dtstart: new Date(Date.UTC(2020, 0, 1, hour, minute)),
  });
  // A day of margin each side: the zone offset moves local dates relative to the range.
  const dates = rule.between(
    toFloating(from.setZone(zone).minus({ days: 1 })),
    toFloating(to.setZone(zone).plus({ days: 1 })),
    true,
  );
  return dates
    .map(d => {
      const local = fromFloating(d, zone);
      return {
        id: `${cadence.id}:${local.toISODate()}`,
        cadence,
        framework: null,
        ...startAt(cadence, local),
      };
    })
    .filter(o => o.start >= from && o.start < to);
}

/** Each framework's window: it closes `cadenceDays` after the last run, or now when never run. */
export function verificationWindows(options: {
  frameworks: string[];
  cadenceDays: number;
  latestRuns: Map<string, VerificationRun>;
  now: DateTime;
}): VerificationWindow[] {
  const { frameworks, cadenceDays, latestRuns, now } = options;
  return frameworks.map(framework => {
    const lastRun = latestRuns.get(framework) ?? null;
    const closesAt = lastRun
      ? DateTime.fromISO(lastRun.runAt).plus({ days: cadenceDays })
      : now;
    return {
      framework,
      cadenceDays,
      lastRun,
      closesAt: closesAt.toUTC().toISO()!,
      overdue: closesAt <= now,
      daysLeft: Math.floor(closesAt.diff(now, 'days').days),
    };
  });
}

/** Window closing times from the current window on, one cadence apart, up to `until`. */
function windowCloses(window: VerificationWindow, until: DateTime): DateTime[] {
  const closes: DateTime[] = [];
  for (
    let t = DateTime.fromISO(window.closesAt);
    t < until;
    t = t.plus({ days: window.cadenceDays })
  ) {
    closes.push(t);
  }
  return closes;
}

/** Each framework's window closing, as an all-day occurrence on its local date. */
export function verificationOccurrences(
  cadence: Cadence,
  windows: VerificationWindow[],
  from: DateTime,
  to: DateTime,
): ComputedOccurrence[] {
  return windows.flatMap(window =>
    windowCloses(window, to.plus({ days: 1 }))
      .map(close => {
        const local = close.setZone(cadence.timeZone);
        return {
          id: `${cadence.id}:${slug(window.framework)}:${local.toISODate()}`,
          cadence,
          framework: window.framework,
          ...startAt({ ...cadence, startTime: undefined }, local),
        };
      })
      .filter(o => o.start >= from.startOf('day') && o.start < to),
  );
}

/**
 * The forum, aligned with the compliance verification window: held a configured number of
 * working days before the window closes, so it moves when a new verification run moves the window.
 */
export function forumOccurrences(
  cadence: Cadence,
  window: VerificationWindow | undefined,
  calendar: WorkingCalendar,
  from: DateTime,
  to: DateTime,
): ComputedOccurrence[] {
  if (!window) return [];
  const before = cadence.workingDaysBeforeWindowClose ?? 5;
  // Windows closing up to a few weeks after the range can still put their forum inside it.
  return windowCloses(window, to.plus({ days: 30 }))
    .map(close => {
      const day = addWorkingDays(
        close.setZone(cadence.timeZone).startOf('day'),
        -before,
        calendar,
      );
      return {
        id: `${cadence.id}:${day.toISODate()}`,
        cadence,
        framework: window.framework,
        ...startAt(cadence, day),
      };
    })
    .filter(o => o.start >= from && o.start < to);
}
