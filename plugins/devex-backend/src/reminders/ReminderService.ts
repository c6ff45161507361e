import {
  AuditorService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import {
  ActionItem,
  RemediationItem,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { ActionItemReads } from '../actionItems/interfaces';
import { Outbox } from '../outbox/Outbox';
import { devexTabPath } from '../shared/links';
import { RemediationItemReads } from '../sync/interfaces';
import { auditTaskChange } from '../tasks/systemActor';
import { ReminderSettings } from './settings';

/**
 * The notification topics of reminders: a user mutes each in Backstage's notification settings
 * (origin `plugin:devex`).
 */
export const REMINDER_TOPICS = {
  actionItemDue: 'devex-action-item-due',
  actionItemOverdue: 'devex-action-item-overdue',
  remediationItemDue: 'devex-remediation-item-due',
} as const;

/** How a due date near enough is said. */
const DUE_WORDS: Record<number, string> = { 0: 'today', 1: 'tomorrow' };

/** How many items a page of the reminder reads holds. */
const PAGE = 500;

type Dated = { id: string; dueDate: string | null };

/** Reads every page of items due in a range, in (due date, id) order. */
async function* pages<T extends Dated>(
  read: (
    after: { dueDate: string; id: string } | undefined,
    limit: number,
  ) => Promise<T[]>,
): AsyncGenerator<T> {
  let after: { dueDate: string; id: string } | undefined;
  for (;;) {
    const page = await read(after, PAGE);
    yield* page;
    if (page.length < PAGE) return;
    const last = page[page.length - 1];
    // items of the range all have a due date
    after = { dueDate: last.dueDate!, id: last.id };
  }
}

/**
 * The reminder a threshold list gives an item `daysLeft` days before its due date: the nearest
 * threshold at or above it (an item created two days before its due date gets the two-day
 * reminder, not every larger one at once), or none past the largest.
 */
export function thresholdFor(
  daysLeft: number,
  daysBefore: readonly number[],
): number | undefined {
  const fitting = daysBefore.filter(d => d >= daysLeft);
  return fitting.length ? Math.min(...fitting) : undefined;
}

export interface ReminderServiceOptions {
  actionItems: Pick<ActionItemReads, 'activeDueBetween'>;
  remediationItems: Pick<RemediationItemReads, 'openDueBetween'>;
  outbox: Outbox;
  settings: ReminderSettings;
  /** The portal's time zone: due dates are days there. */
  timeZone: string;
  auditor: AuditorService;
  logger: LoggerService;
  clock: () => DateTime;
}

/**
 * Reminds owners before what they own falls due: action items before their due date and once
 * when it passes, remediation items before theirs. Each reminder is an outbox message keyed by
 * the item, its due date and the threshold, so it goes once however many replicas or runs
 * decide it (a changed due date is a new date to remind of); the task runs once across replicas.
 */
export class ReminderService {
  constructor(private readonly options: ReminderServiceOptions) {}

  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: 'devex-reminders',
      ...this.options.settings.schedule,
      scope: 'global',
      fn: async () => {
        await this.sendDue();
      },
    });
  }

  /** Enqueues the reminders due today; how many were new. */
  async sendDue(): Promise<{ actionItems: number; remediationItems: number }> {
    const { settings } = this.options;
    const today = this.options.clock().setZone(this.options.timeZone);
    const date = (days: number) => today.plus({ days }).toISODate()!;
    const daysLeft = (dueDate: string) =>
      Math.round(
        DateTime.fromISO(dueDate, { zone: this.options.timeZone })
          .diff(today.startOf('day'), 'days')
          .as('days'),
      );

    let actionItems = 0;
    const actionItemHorizon = Math.max(0, ...settings.actionItems.daysBefore);
    for await (const item of pages((after, limit) =>
      this.options.actionItems.activeDueBetween(
        date(settings.actionItems.overdue ? -settings.overdueWindowDays : 0),
        date(actionItemHorizon),
        after,
        limit,
      ),
    )) {
      const left = daysLeft(item.dueDate!);
      const message =
        left < 0
          ? this.actionItemOverdue(item)
          : this.actionItemDue(item, left, settings.actionItems.daysBefore);
      if (message && (await this.options.outbox.enqueue(...message))) {
        actionItems += 1;
      }
    }

    let remediationItems = 0;
    const remediationHorizon = Math.max(
      0,
      ...settings.remediationItems.daysBefore,
    );
    if (remediationHorizon > 0) {
      for await (const item of pages((after, limit) =>
        this.options.remediationItems.openDueBetween(
          date(0),
          date(remediationHorizon),
          after,
          limit,
        ),
      )) {
        const message = this.remediationItemDue(
          item,
          daysLeft(item.dueDate!),
          settings.remediationItems.daysBefore,
        );
        if (message && (await this.options.outbox.enqueue(...message))) {
          remediationItems += 1;
        }
      }
    }

    if (actionItems || remediationItems) {
      await auditTaskChange(this.options.auditor, this.options.logger, {
        eventId: 'reminders',
        meta: { actionItems, remediationItems },
      });
    }
    return { actionItems, remediationItems };
  }

  private actionItemDue(
    item: ActionItem,
    left: number,
    daysBefore: readonly number[],
  ): [string, NotificationSendOptions] | undefined {
    const threshold = thresholdFor(left, daysBefore);
    if (threshold === undefined) return undefined;
    const when = DUE_WORDS[left] ?? `in ${left} days`;
    return [
      `reminder:action-item:${item.id}:${item.dueDate}:${threshold}`,
      {
        recipients: { type: 'entity', entityRef: item.owner },
        payload: {
          title: `Action item due ${when}: ${item.title}`,
          description: `Due on ${item.dueDate} (${item.entityRef}). Update its status on the DevEx tab once it is done, or move its due date.`,
          link: `${devexTabPath(item.entityRef)}/action-items?item=${item.id}`,
          severity: 'normal',
          topic: REMINDER_TOPICS.actionItemDue,
        },
      },
    ];
  }

  private actionItemOverdue(
    item: ActionItem,
  ): [string, NotificationSendOptions] | undefined {
    if (!this.options.settings.actionItems.overdue) return undefined;
    return [
      `reminder:action-item:${item.id}:${item.dueDate}:overdue`,
      {
        recipients: { type: 'entity', entityRef: item.owner },
        payload: {
          title: `Action item overdue: ${item.title}`,
          description: `It was due on ${item.dueDate} (${
            item.entityRef
          }) and is still ${item.status.replace(
            '_',
            ' ',
          )}. Finish it, move its due date, or raise a blocker.`,
          link: `${devexTabPath(item.entityRef)}/action-items?item=${item.id}`,
          severity: 'high',
          topic: REMINDER_TOPICS.actionItemOverdue,
        },
      },
    ];
  }

  private remediationItemDue(
    item: RemediationItem,
    left: number,
    daysBefore: readonly number[],
  ): [string, NotificationSendOptions] | undefined {
    const threshold = thresholdFor(left, daysBefore);
    if (threshold === undefined || !item.dueDate) return undefined;
    return [
      `reminder:remediation-item:${item.id}:${item.dueDate}:${threshold}`,
      {
        recipients: { type: 'entity', entityRef: item.owner },
        payload: {
          title: `Remediation item ${item.id} due in ${left} days`,
          description: `${item.title} (${item.framework}) is due on ${item.dueDate}; its evidence is what the compliance verification reads.`,
          link: `${devexTabPath(item.entityRef)}/compliance`,
          severity: 'normal',
          topic: REMINDER_TOPICS.remediationItemDue,
        },
      },
    ];
  }
}
