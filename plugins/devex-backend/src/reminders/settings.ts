import { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { scheduleAt, wholeDaysIn } from '../shared/configReaders';

/** When owners are reminded of what falls due (`devex.reminders.*`). */
export interface ReminderSettings {
  actionItems: {
    /** Days before an action item's due date its owner is reminded, one reminder for each. */
    daysBefore: number[];
    /** Whether the owner is told once when the due date has passed. */
    overdue: boolean;
  };
  remediationItems: {
    /** Days before a remediation item's due date its owner is reminded. */
    daysBefore: number[];
  };
  /**
   * Items whose due date passed more than this many days ago are not reminded any more (a
   * portal that starts with old overdue items does not send them all).
   */
  overdueWindowDays: number;
  schedule: SchedulerServiceTaskScheduleDefinition;
}

export const DEFAULT_REMINDERS = {
  actionItemDaysBefore: [3, 1],
  remediationItemDaysBefore: [14, 3],
  overdueWindowDays: 7,
} as const;

const MAX_DAYS = 365;

function readDays(config: Config, key: string, fallback: readonly number[]) {
  const given = config.getOptional<unknown>(`devex.reminders.${key}`);
  if (given !== undefined && !Array.isArray(given)) {
    throw new Error(`devex.reminders.${key} must be a list of days`);
  }
  const days: unknown[] = given ?? [...fallback];
  for (const d of days) {
    if (
      typeof d !== 'number' ||
      !Number.isInteger(d) ||
      d < 1 ||
      d > MAX_DAYS
    ) {
      throw new Error(
        `devex.reminders.${key} must list whole numbers of days from 1 to ${MAX_DAYS}, got ${d}`,
      );
    }
  }
  return [...new Set(days as number[])].sort((a, b) => b - a);
}

/** Reads `devex.reminders`, with the defaults above. */
export function readReminderSettings(config: Config): ReminderSettings {
  const overdueWindowDays = wholeDaysIn(
    config,
    'devex.reminders.overdueWindowDays',
    DEFAULT_REMINDERS.overdueWindowDays,
    MAX_DAYS,
  );
  return {
    actionItems: {
      daysBefore: readDays(
        config,
        'actionItems.daysBefore',
        DEFAULT_REMINDERS.actionItemDaysBefore,
      ),
      overdue:
        config.getOptionalBoolean('devex.reminders.actionItems.overdue') ??
        true,
    },
    remediationItems: {
      daysBefore: readDays(
        config,
        'remediationItems.daysBefore',
        DEFAULT_REMINDERS.remediationItemDaysBefore,
      ),
    },
    overdueWindowDays,
    schedule: scheduleAt(config, 'devex.reminders.schedule', {
      frequency: { hours: 1 },
      timeout: { minutes: 10 },
      initialDelay: { minutes: 2 },
    }),
  };
}
