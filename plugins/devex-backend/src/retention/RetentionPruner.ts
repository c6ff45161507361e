import {
  AuditorService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { MeasurementSource } from '@devex-governance/backstage-plugin-devex-common';
import { auditTaskChange } from '../tasks/systemActor';
import { Clock } from '../time/clock';
import { RetentionSettings } from './settings';

/** Measurements that machines collect (metric sources, services through the API); people's and the survey's stay. */
export const COLLECTED_MEASUREMENT_SOURCES: MeasurementSource[] = [
  'api',
  'four_keys',
  'prefect',
];

/** How many rows one delete statement removes at most. */
const BATCH_SIZE = 1000;

/** What one prune deleted, per kind of record. */
export interface PruneCounts {
  collectedMeasurements: number;
  syncRuns: number;
  outboxSent: number;
  outboxFailed: number;
  pulseParticipation: number;
  calendarFeedLinks: number;
}

export interface RetentionPrunerOptions {
  settings: RetentionSettings;
  // Each domain's delete of what outlived its retention, in batches: the number deleted.
  measurements: {
    deleteCollectedBefore(
      before: Date,
      sources: MeasurementSource[],
      batchSize: number,
    ): Promise<number>;
  };
  sync: {
    deleteRunsStartedBefore(before: Date, batchSize: number): Promise<number>;
  };
  outbox: {
    deleteSettled(
      status: 'sent' | 'failed',
      before: Date,
      batchSize: number,
    ): Promise<number>;
  };
  pulse: {
    deleteParticipationClosedBefore(
      before: Date,
      batchSize: number,
    ): Promise<number>;
  };
  calendarFeeds: {
    deleteEnded(before: Date, batchSize: number): Promise<number>;
  };
  auditor: AuditorService;
  logger: LoggerService;
  clock: Clock;
  /** The longest success-measure window: collected measurements are kept at least that long. */
  minMeasurementDays: number;
  /**
   * An outbox key keeps a waiver's expiry notice from going twice over its notice period, so
   * settled messages are kept at least that long.
   */
  minOutboxDays: number;
  batchSize?: number;
}

/**
 * Deletes what has outlived its retention (`devex.retention.*`): old collected measurements,
 * sync runs, settled notifications, pulse participation of closed campaigns and ended feed links.
 * Runs once a day on one replica, in bounded batches through indexed predicates, and audits what
 * it deleted.
 */
export class RetentionPruner {
  constructor(private readonly options: RetentionPrunerOptions) {}

  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: 'devex-retention-prune',
      ...this.options.settings.schedule,
      scope: 'global',
      fn: async (signal?: AbortSignal) => {
        await this.prune(signal);
      },
    });
  }

  /** Prunes every kind of record in turn; stops between kinds when the task is aborted. */
  async prune(signal?: AbortSignal): Promise<PruneCounts> {
    const { settings, clock } = this.options;
    const batch = this.options.batchSize ?? BATCH_SIZE;
    const now = clock();
    const before = (days: number) => now.minus({ days }).toJSDate();
    const steps: Array<[keyof PruneCounts, () => Promise<number>]> = [
      [
        'collectedMeasurements',
        () =>
          this.options.measurements.deleteCollectedBefore(
            before(
              Math.max(
                settings.collectedMeasurementsDays,
                this.options.minMeasurementDays,
              ),
            ),
            COLLECTED_MEASUREMENT_SOURCES,
            batch,
          ),
      ],
      [
        'syncRuns',
        () =>
          this.options.sync.deleteRunsStartedBefore(
            before(settings.syncRunsDays),
            batch,
          ),
      ],
      [
        'outboxSent',
        () =>
          this.options.outbox.deleteSettled(
            'sent',
            before(
              Math.max(settings.outboxSentDays, this.options.minOutboxDays),
            ),
            batch,
          ),
      ],
      [
        'outboxFailed',
        () =>
          this.options.outbox.deleteSettled(
            'failed',
            before(
              Math.max(settings.outboxFailedDays, this.options.minOutboxDays),
            ),
            batch,
          ),
      ],
      [
        'pulseParticipation',
        () =>
          this.options.pulse.deleteParticipationClosedBefore(
            before(settings.pulseParticipationDays),
            batch,
          ),
      ],
      [
        'calendarFeedLinks',
        () =>
          this.options.calendarFeeds.deleteEnded(
            before(settings.calendarFeedLinksDays),
            batch,
          ),
      ],
    ];
    const deleted = {} as PruneCounts;
    for (const [kind, step] of steps) {
      signal?.throwIfAborted();
      deleted[kind] = await step();
    }
    await auditTaskChange(this.options.auditor, this.options.logger, {
      eventId: 'retention-prune',
      meta: { deleted: { ...deleted } },
    });
    this.options.logger.info(
      `Retention prune deleted ${Object.entries(deleted)
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ')}`,
    );
    return deleted;
  }
}
