import { randomUUID } from 'node:crypto';
import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { Clock } from '../time/clock';
import { safeNotification } from './notificationText';
import { OutboxStore } from './OutboxStore';

/** How the outbox delivers: the lease of one send, and the retries of a failed one. */
export interface OutboxSettings {
  /** How long a sender holds a message; after that another replica may send it. */
  leaseMinutes: number;
  /** Sends tried before a message is given up ('failed'). */
  maxAttempts: number;
  /** The wait after the first failure; it doubles after each further one, up to `maxRetryMinutes`. */
  firstRetryMinutes: number;
  maxRetryMinutes: number;
}

export const DEFAULT_OUTBOX_SETTINGS: OutboxSettings = {
  leaseMinutes: 2,
  maxAttempts: 8,
  firstRetryMinutes: 1,
  maxRetryMinutes: 60,
};

/** The id of the scheduled delivery task. */
export const DELIVER_NOTIFICATIONS_TASK = 'devex-deliver-notifications';

/** The most messages one run of the delivery task sends; the next run goes on. */
const MAX_PER_RUN = 500;

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

/**
 * Delivers the plugin's notifications exactly once as far as the database can ensure it: each is
 * enqueued under a unique key with the state change that decided it, then sent by one replica
 * at a time under a lease and marked sent only while that lease is still the sender's. A failed
 * send is retried with exponential backoff; a replica that dies mid-send leaves its lease to
 * expire, and the message goes out from the next run.
 */
export class Outbox {
  private readonly settings: OutboxSettings;

  constructor(
    private readonly options: {
      store: OutboxStore;
      notifications: NotificationService;
      logger: LoggerService;
      clock: Clock;
      settings?: Partial<OutboxSettings>;
    },
  ) {
    this.settings = { ...DEFAULT_OUTBOX_SETTINGS, ...options.settings };
  }

  /**
   * Enqueues a notification decided on its own (not with a state change of another store) and
   * tries to deliver it at once; a key enqueued before is left as it is. True when it was new.
   */
  async enqueue(
    key: string,
    notification: NotificationSendOptions,
  ): Promise<boolean> {
    const added = await this.options.store.enqueue(
      { key, notification },
      this.options.clock().toJSDate(),
    );
    if (added) await this.deliverNow(key);
    return added;
  }

  /**
   * The immediate attempt after a message was enqueued (and its transaction committed): sends it
   * if it is due and no other sender holds it. Failures are recorded for the delivery task.
   */
  async deliverNow(key: string): Promise<void> {
    try {
      await this.deliverNext(key);
    } catch (error) {
      this.options.logger.warn(
        `Notification ${key} not delivered yet; the delivery task will retry: ${error}`,
      );
    }
  }

  /** The delivery task: every due message, one lease at a time. Returns how many were sent. */
  async deliverDue(signal?: AbortSignal): Promise<number> {
    const { store, clock, logger } = this.options;
    const abandoned = await store.giveUpAbandoned(
      clock().toJSDate(),
      this.settings.maxAttempts,
    );
    for (const key of abandoned) {
      logger.error(
        `Gave up notification ${key}: its sender stopped during the last of ${this.settings.maxAttempts} attempts`,
      );
    }
    let sent = 0;
    for (let i = 0; i < MAX_PER_RUN && !signal?.aborted; i++) {
      const outcome = await this.deliverNext();
      if (outcome === 'none') break;
      if (outcome === 'sent') sent++;
    }
    return sent;
  }

  /** Registers the delivery task, run once at a time across replicas. */
  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: DELIVER_NOTIFICATIONS_TASK,
      frequency: { minutes: 1 },
      timeout: { minutes: 10 },
      scope: 'global',
      fn: async signal => {
        const sent = await this.deliverDue(signal);
        if (sent) this.options.logger.info(`Delivered ${sent} notification(s)`);
      },
    });
  }

  /** Minutes to wait after the `attempts`-th failed send: 1, 2, 4 … up to the cap. */
  retryDelayMinutes(attempts: number): number {
    const { firstRetryMinutes, maxRetryMinutes } = this.settings;
    return Math.min(
      firstRetryMinutes * 2 ** Math.max(0, attempts - 1),
      maxRetryMinutes,
    );
  }

  private async deliverNext(key?: string): Promise<'sent' | 'failed' | 'none'> {
    const { store, clock, logger, notifications } = this.options;
    const { leaseMinutes, maxAttempts } = this.settings;
    const now = clock();
    const claimed = await store.claimNext({
      now: now.toJSDate(),
      leaseUntil: now.plus({ minutes: leaseMinutes }).toJSDate(),
      token: randomUUID(),
      maxAttempts,
      key,
    });
    if (!claimed) return 'none';
    try {
      // every notification leaves through here: what people typed is made safe for each channel
      await notifications.send(safeNotification(claimed.notification));
    } catch (error) {
      const retry = claimed.attempts < maxAttempts;
      const retryAt = clock().plus({
        minutes: this.retryDelayMinutes(claimed.attempts),
      });
      await store.recordFailure(
        claimed.key,
        claimed.token,
        messageOf(error),
        retry ? retryAt.toJSDate() : null,
      );
      if (retry) {
        logger.warn(
          `Notification ${claimed.key} failed (attempt ${
            claimed.attempts
          } of ${maxAttempts}); retrying at ${retryAt.toISO()}: ${messageOf(
            error,
          )}`,
        );
      } else {
        logger.error(
          `Gave up notification ${
            claimed.key
          } after ${maxAttempts} failed attempts: ${messageOf(error)}`,
        );
      }
      return 'failed';
    }
    if (
      !(await store.markSent(claimed.key, claimed.token, clock().toJSDate()))
    ) {
      logger.warn(
        `Notification ${claimed.key} was sent after its lease passed to another sender: it may have been delivered twice`,
      );
    }
    return 'sent';
  }
}
