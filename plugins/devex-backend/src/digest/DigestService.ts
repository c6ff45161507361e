import { AnomalyService } from '../anomalies/AnomalyService';
import { SyncRatios } from '../sync/SyncRatios';
import { randomUUID } from 'node:crypto';
import {
  AuditorService,
  BackstageCredentials,
  LoggerService,
  PermissionsService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import {
  WireSchemas,
  devexGovernanceReadPermission,
  devexDigestSendPermission,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { ActionItemReads } from '../actionItems/interfaces';
import { CalendarService } from '../calendar/CalendarService';
import { ExperimentService } from '../experiments/ExperimentService';
import { Outbox } from '../outbox/Outbox';
import { authorizeOrThrow } from '../permissions/authorize';
import { AuditPlan } from '../audit/DevexAudit';
import { devexTabPath } from '../shared/links';
import { Caller } from '../permissions/caller';
import { SuccessMeasureService } from '../successMeasures/SuccessMeasureService';
import { auditTaskChange } from '../tasks/systemActor';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { DigestStore } from './DigestStore';

export type DigestLink = WireSchemas['DigestLink'];

/**
 * The metrics digest: what the monthly summary says, section by section, each line with a link,
 * and the entity refs it goes to (the configured recipients and the owners named in it).
 */
export type Digest = WireSchemas['Digest'];

const pct = (r: number | null) =>
  r === null ? 'no data' : `${Math.round(r * 100)}%`;

/** Builds the metrics digest and sends it through the outbox (to Notifications) once per period. */
/** How many lines a list of the digest shows; the rest are counted and linked. */
export const DIGEST_LINES = 10;

/** The line that counts what a list of the digest leaves out, if it leaves anything out. */
function moreLine(
  more: number,
  andBeyond = false,
): Array<{ text: string; link: string }> {
  if (more <= 0 && !andBeyond) return [];
  return [
    {
      text: `… and ${Math.max(more, 0)}${
        andBeyond ? '+' : ''
      } more on the DevEx page`,
      link: '/devex',
    },
  ];
}

export class DigestService {
  constructor(
    private readonly options: {
      store: DigestStore;
      auditor: AuditorService;
      successMeasures: SuccessMeasureService;
      experiments: ExperimentService;
      actionItems: ActionItemReads;
      calendar: CalendarService;
      /** Where the digest goes out from: delivered once, retried until it is. */
      outbox: Outbox;
      /** Dashboards named by entities' `devex.io/dashboards` annotations (`Title=https://...`, comma separated). */
      entityDashboards: () => Promise<DigestLink[]>;
      /** What the catalog shows each caller: the preview follows it. */
      entities: EntityCatalog;
      permissions: PermissionsService;
      logger: LoggerService;
      recipients: string[];
      dashboards: DigestLink[];
      syncTarget: number;
      ratios: SyncRatios;
      /** The open telemetry anomalies (the digest decides what a viewer sees). */
      anomalies: Pick<AnomalyService, 'open'>;
      /** The day of the month from which the month's digest goes out. */
      dayOfMonth: number;
      clock: () => DateTime;
    },
  ) {}

  /**
   * The digest of the period. For a `viewer` (the preview), the experiments and action items of
   * entities the catalog hides from them are left out; the digest that is sent shows its
   * recipients every entity's (README, security model).
   */
  async build(viewer?: BackstageCredentials): Promise<Digest> {
    const now = this.options.clock();
    const [
      measures,
      { scorecards },
      overdue,
      ratio,
      upcoming,
      entityDashboards,
      anomalies,
    ] = await Promise.all([
      this.options.successMeasures.compute(),
      this.options.experiments.computeScorecards({
        status: ['planned', 'running', 'observing'],
      }),
      this.options.actionItems.list(
        { overdueBefore: now.toISODate()! },
        { sort: 'dueDate', limit: 50 },
      ),
      this.options.ratios.counts({}),
      this.options.calendar.upcoming(35),
      this.options.entityDashboards().catch(() => [] as DigestLink[]),
      this.options.anomalies.open(),
    ]);
    const visible = <T>(records: T[], refsOf: (r: T) => Array<string | null>) =>
      viewer
        ? this.options.entities.visibleRecords(viewer, records, refsOf)
        : records;
    const allRisky = await visible(
      scorecards.filter(
        s => s.status === 'at_risk' || s.status === 'off_track',
      ),
      s => s.experiment.entityRefs,
    );
    const allOverdue = await visible(overdue.items, i => [i.entityRef]);
    const anomaliesSeen = await visible(anomalies, a => [a.entityRef]);
    // each list the first lines, the rest counted: a large company's digest stays a message
    const risky = allRisky.slice(0, DIGEST_LINES);
    const overdueItems = allOverdue.slice(0, DIGEST_LINES);
    const syncRatio = this.options.ratios.value(ratio);
    // the owners of what the digest names
    const owners = new Set<string>([
      ...overdueItems.map(i => i.owner),
      ...risky.map(s => s.experiment.owner),
    ]);
    return {
      period: now.toFormat('yyyy-LL'),
      title: `DevEx metrics digest, ${now.toFormat('LLLL yyyy')}`,
      sections: [
        {
          title: 'Success measures',
          lines: measures.map(m => ({
            text: `${m.measure.title}: ${
              m.value === null ? 'no data' : Math.round(m.value * 100) / 100
            } (${m.status.replace('_', ' ')}${
              m.daysToDeadline !== null && m.daysToDeadline >= 0
                ? `, ${m.daysToDeadline} days to ${m.deadline}`
                : ''
            })`,
            link: '/devex',
          })),
        },
        {
          title: 'Experiments at risk or off track',
          lines: [
            ...risky.map(s => ({
              text: `${s.experiment.key} ${
                s.experiment.title
              }: ${s.status.replace('_', ' ')}`,
              link: devexTabPath(s.experiment.entityRefs[0]),
            })),
            ...moreLine(allRisky.length - risky.length),
          ],
        },
        {
          title: 'Telemetry anomalies',
          lines: [
            ...anomaliesSeen.slice(0, DIGEST_LINES).map(a => ({
              text: a.entityRef
                ? `${a.explanation} (${a.entityRef})`
                : a.explanation,
              link: a.entityRef ? devexTabPath(a.entityRef) : '/devex',
            })),
            ...moreLine(anomaliesSeen.length - DIGEST_LINES),
          ],
        },
        {
          title: 'Overdue action items',
          lines: [
            ...overdueItems.map(i => ({
              text: `${i.title} (${i.owner}, due ${i.dueDate})`,
              link: devexTabPath(i.entityRef),
            })),
            ...moreLine(
              allOverdue.length - overdueItems.length,
              Boolean(overdue.next),
            ),
          ],
        },
        {
          title: 'Evidence sync',
          lines: [
            {
              text: `${pct(syncRatio)} of ${
                ratio.total
              } remediation items synced automatically${
                ratio.waived ? ` (${ratio.waived} waived)` : ''
              }; target ${pct(this.options.syncTarget)}`,
              link: '/devex',
            },
          ],
        },
        {
          title: 'Next governance events',
          lines: upcoming.slice(0, 8).map(o => ({
            text: `${o.title}${
              o.framework ? ` (${o.framework})` : ''
            }: ${DateTime.fromISO(o.start, { setZone: true }).toFormat(
              'ccc d LLL',
            )}`,
            link: '/devex',
          })),
        },
      ],
      dashboards: [...this.options.dashboards, ...entityDashboards],
      recipients: [...new Set([...this.options.recipients, ...owners])],
    };
  }

  /** The digest as a notification: its sections, line by line, and the dashboards. */
  private notificationOf(digest: Digest): NotificationSendOptions {
    const lines = digest.sections.flatMap(s => [
      `${s.title}:`,
      ...(s.lines.length ? s.lines.map(l => `- ${l.text}`) : ['- none']),
    ]);
    const dashboards = digest.dashboards.map(d => `${d.title}: ${d.url}`);
    return {
      recipients: { type: 'entity', entityRef: digest.recipients },
      payload: {
        title: digest.title,
        description: [
          ...lines,
          ...(dashboards.length ? ['Dashboards:', ...dashboards] : []),
        ].join('\n'),
        link: '/devex',
        severity: 'normal',
        topic: 'devex-digest',
      },
    };
  }

  /** Registers the send: an hourly check, the period's row making it go out once across replicas. */
  async scheduleSending(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: 'devex-send-digest',
      frequency: { hours: 1 },
      timeout: { minutes: 5 },
      scope: 'global',
      fn: async () => {
        if (await this.sendIfDue()) {
          await auditTaskChange(this.options.auditor, this.options.logger, {
            eventId: 'digest-send',
            meta: { period: this.options.clock().toFormat('yyyy-LL') },
          });
        }
      },
    });
  }

  /** The scheduled check: from the configured day of the month (in the plugin's zone) on. */
  async sendIfDue(): Promise<boolean> {
    if (this.options.clock().day < this.options.dayOfMonth) return false;
    return this.sendForPeriod();
  }

  /**
   * The scheduled send: the period's row is inserted with the digest's outbox message in one
   * transaction, so the digest of a period goes out once, whichever replica or run gets there
   * first, and a failed send is retried by the delivery task. True when this call decided it.
   */
  async sendForPeriod(): Promise<boolean> {
    const digest = await this.build();
    const message = {
      key: `digest:${digest.period}`,
      notification: this.notificationOf(digest),
    };
    const recorded = await this.options.store.recordPeriod(
      {
        period: digest.period,
        sentAt: this.options.clock().toJSDate(),
        recipients: digest.recipients.length,
      },
      message,
    );
    if (!recorded) return false;
    await this.options.outbox.deliverNow(message.key);
    this.options.logger.info(
      `Sending ${digest.title} to ${digest.recipients.length} recipient(s)`,
    );
    return true;
  }

  async preview(caller: Caller): Promise<Digest> {
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    return this.build(caller.credentials);
  }

  /** "Send now": sends the current digest at once, outside the schedule. */
  async sendNow(caller: Caller): Promise<Digest> {
    await authorizeOrThrow(
      this.options.permissions,
      devexDigestSendPermission,
      caller,
    );
    const digest = await this.build();
    // each press is its own digest, delivered once and retried like the scheduled one
    await this.options.outbox.enqueue(
      `digest-on-demand:${randomUUID()}`,
      this.notificationOf(digest),
    );
    return digest;
  }
}

/** The digest's writes that are audited: sending it now (the scheduled send audits as the task). */
export const DIGEST_AUDIT: AuditPlan<DigestService> = {
  sendNow: {
    eventId: 'digest-send',
    metaOf: digest => ({
      period: digest.period,
      recipients: digest.recipients.length,
    }),
  },
};
