import { mockServices } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { DateTime } from 'luxon';
import { KnexActionItemStore } from '../actionItems/ActionItemStore';
import { Outbox } from '../outbox/Outbox';
import { OutboxStore } from '../outbox/OutboxStore';
import { RemediationItemStore } from '../sync/RemediationItemStore';
import { silentAuditor } from '../__testUtils__/silentAuditor';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import {
  REMINDER_TOPICS,
  ReminderService,
  thresholdFor,
} from './ReminderService';
import { ReminderSettings } from './settings';

jest.setTimeout(60_000);

const zone = 'Africa/Johannesburg';
const settings: ReminderSettings = {
  actionItems: { daysBefore: [3, 1], overdue: true },
  remediationItems: { daysBefore: [14] },
  overdueWindowDays: 7,
  schedule: { frequency: { hours: 1 }, timeout: { minutes: 5 } },
};

describe('thresholdFor', () => {
  it('picks the nearest threshold at or above the days left', () => {
    expect(thresholdFor(5, [3, 1])).toBeUndefined();
    expect(thresholdFor(3, [3, 1])).toBe(3);
    expect(thresholdFor(2, [3, 1])).toBe(3);
    expect(thresholdFor(1, [3, 1])).toBe(1);
    expect(thresholdFor(0, [3, 1])).toBe(1);
  });
});

describe('reminders', () => {
  const databases = createDevexTestDatabases();

  it.each(databases.eachSupportedId())(
    'remind an action item once a day before its due date and once when it passes, on two replicas of one database (%p)',
    async databaseId => {
      const knex = await databases.migrated(databaseId);
      let now = DateTime.fromISO('2026-12-01T08:00', { zone });
      const clock = () => now;
      const sent: NotificationSendOptions[] = [];
      // two replicas: each its own services over the one database
      const replica = () =>
        new ReminderService({
          actionItems: new KnexActionItemStore(knex),
          remediationItems: new RemediationItemStore(knex),
          outbox: new Outbox({
            store: new OutboxStore(knex),
            notifications: { send: async n => void sent.push(n) },
            logger: mockServices.logger.mock(),
            clock,
          }),
          settings: {
            ...settings,
            actionItems: { daysBefore: [1], overdue: true },
          },
          timeZone: zone,
          auditor: silentAuditor(),
          logger: mockServices.logger.mock(),
          clock,
        });
      const replicas = [replica(), replica()];
      const runBoth = () => Promise.all(replicas.map(r => r.sendDue()));

      await new KnexActionItemStore(knex).create({
        id: 'a1',
        title: 'Chase the lead-time exporter',
        description: '',
        entityRef: 'component:default/hotpass',
        owner: 'group:default/qa',
        dueDate: '2026-12-10',
        status: 'open',
        source: 'monthly_sync',
        sourceId: null,
        createdBy: 'user:default/guest',
        now: now.toJSDate(),
      });

      await runBoth();
      expect(sent).toEqual([]);

      // one day before the due date: one reminder, whichever replica decided it
      now = DateTime.fromISO('2026-12-09T08:00', { zone });
      await runBoth();
      await runBoth();
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({
        recipients: { type: 'entity', entityRef: 'group:default/qa' },
        payload: {
          title: 'Action item due tomorrow: Chase the lead-time exporter',
          topic: REMINDER_TOPICS.actionItemDue,
          link: '/catalog/default/component/hotpass/devex/action-items?item=a1',
        },
      });

      // the due date passed: one overdue reminder
      now = DateTime.fromISO('2026-12-11T08:00', { zone });
      await runBoth();
      now = now.plus({ hours: 5 });
      await runBoth();
      expect(sent).toHaveLength(2);
      expect(sent[1].payload).toMatchObject({
        title: 'Action item overdue: Chase the lead-time exporter',
        severity: 'high',
        topic: REMINDER_TOPICS.actionItemOverdue,
      });

      // past the overdue window nothing more is sent
      now = DateTime.fromISO('2026-12-25T08:00', { zone });
      await runBoth();
      expect(sent).toHaveLength(2);
    },
  );

  it.each(databases.eachSupportedId())(
    'leave done items alone and remind again for a moved due date (%p)',
    async databaseId => {
      const knex = await databases.migrated(databaseId);
      let now = DateTime.fromISO('2026-12-08T08:00', { zone });
      const sent: NotificationSendOptions[] = [];
      const store = new KnexActionItemStore(knex);
      const service = new ReminderService({
        actionItems: store,
        remediationItems: new RemediationItemStore(knex),
        outbox: new Outbox({
          store: new OutboxStore(knex),
          notifications: { send: async n => void sent.push(n) },
          logger: mockServices.logger.mock(),
          clock: () => now,
        }),
        settings,
        timeZone: zone,
        auditor: silentAuditor(),
        logger: mockServices.logger.mock(),
        clock: () => now,
      });
      const base = {
        description: '',
        entityRef: 'component:default/hotpass',
        owner: 'user:default/amara',
        status: 'open' as const,
        source: 'manual' as const,
        sourceId: null,
        createdBy: 'user:default/guest',
        now: now.toJSDate(),
      };
      const open = await store.create({
        ...base,
        id: 'open',
        title: 'Open one',
        dueDate: '2026-12-10',
      });
      await store.create({
        ...base,
        id: 'done',
        title: 'Done one',
        dueDate: '2026-12-10',
        status: 'done',
      });
      expect(await service.sendDue()).toEqual({
        actionItems: 1,
        remediationItems: 0,
      });
      expect(sent.map(n => n.payload.title)).toEqual([
        'Action item due in 2 days: Open one',
      ]);
      // the due date moves out and comes near again: a new date to remind of
      await store.update(
        open.id,
        open.version,
        { dueDate: '2026-12-12' },
        now.toJSDate(),
      );
      now = DateTime.fromISO('2026-12-11T08:00', { zone });
      await service.sendDue();
      expect(sent.map(n => n.payload.title)).toEqual([
        'Action item due in 2 days: Open one',
        'Action item due tomorrow: Open one',
      ]);
    },
  );
});
