import { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { scheduleAt, wholeDaysIn } from '../shared/configReaders';

/**
 * How long each kind of prunable record is kept, in days (`devex.retention.*`). Everything else
 * is the process's record and stays (see the README's "Data" section).
 */
export interface RetentionSettings {
  /** Measurements outside experiments recorded by metric sources or services (by measured time). */
  collectedMeasurementsDays: number;
  /** Evidence sync runs (by start). */
  syncRunsDays: number;
  /** Notifications delivered (by when they were queued). */
  outboxSentDays: number;
  /** Notifications given up on (by when they were queued). */
  outboxFailedDays: number;
  /** Who answered a pulse campaign (by the campaign's close). */
  pulseParticipationDays: number;
  /** Calendar feed links revoked or expired (by revocation or expiry). */
  calendarFeedLinksDays: number;
  /** When the prune task runs. */
  schedule: SchedulerServiceTaskScheduleDefinition;
}

export const DEFAULT_RETENTION_DAYS = {
  collectedMeasurementsDays: 400,
  syncRunsDays: 400,
  outboxSentDays: 30,
  outboxFailedDays: 90,
  pulseParticipationDays: 7,
  calendarFeedLinksDays: 90,
} as const;

const MAX_DAYS = 36500;

/** Reads `devex.retention`; each period a whole number of days from 1 to 36500. */
export function readRetentionSettings(config: Config): RetentionSettings {
  const days = (name: keyof typeof DEFAULT_RETENTION_DAYS) =>
    wholeDaysIn(
      config,
      `devex.retention.${name}`,
      DEFAULT_RETENTION_DAYS[name],
      MAX_DAYS,
    );
  return {
    collectedMeasurementsDays: days('collectedMeasurementsDays'),
    syncRunsDays: days('syncRunsDays'),
    outboxSentDays: days('outboxSentDays'),
    outboxFailedDays: days('outboxFailedDays'),
    pulseParticipationDays: days('pulseParticipationDays'),
    calendarFeedLinksDays: days('calendarFeedLinksDays'),
    schedule: scheduleAt(config, 'devex.retention.schedule', {
      frequency: { hours: 24 },
      timeout: { hours: 1 },
      initialDelay: { minutes: 15 },
    }),
  };
}
