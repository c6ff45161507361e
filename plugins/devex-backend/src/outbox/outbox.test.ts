import { mockServices } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import request from 'supertest';
import {
  DevexTestBackend,
  startDevexBackend,
  TEST_NOW,
} from '../__testUtils__/startDevexBackend';
import { movableClock } from '../__testUtils__/movableClock';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { applyDatabaseMigrations } from '../database/migrations';
import { DELIVER_NOTIFICATIONS_TASK, Outbox } from './Outbox';
import { OutboxStore } from './OutboxStore';

jest.setTimeout(90_000);

const DELIVER = DELIVER_NOTIFICATIONS_TASK;
const DIGEST = 'devex-send-digest';
const OUTBOX = 'devex_notification_outbox';
const prefect = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'prefect-pipelines', namespace: 'default' },
  spec: {},
  relations: [{ type: 'ownedBy', targetRef: 'group:default/devops' }],
};
const minutesAfterStart = (minutes: number) =>
  DateTime.fromISO(TEST_NOW).plus({ minutes }).toUTC().toISO()!;
const topicOf = (topic: string, ...backends: DevexTestBackend[]) =>
  backends.flatMap(b => b.sent).filter(n => n.payload.topic === topic);

/** Waits until the database shows what a backend running in the background has done. */
async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise(resolve => setTimeout(resolve, 25));
  }
  throw new Error('Timed out waiting for the outbox');
}

const message = (key: string): NotificationSendOptions => ({
  recipients: { type: 'entity', entityRef: ['group:default/devops'] },
  payload: { title: key, topic: 'devex-test' },
});

describe('the notification outbox', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it('a killed send is delivered once after a restart', async () => {
      // the replica takes the digest's lease, then dies mid-send: its send never settles
      const killed = await startDevexBackend(knex, {
        runTasksOnStartup: false,
        clock: movableClock(TEST_NOW),
        send: () => new Promise<void>(() => {}),
      });
      void killed.runTask(DIGEST);
      await until(async () =>
        Boolean(
          await knex(OUTBOX)
            .where({ key: 'digest:2026-11' })
            .whereNotNull('claimed_until')
            .first(),
        ),
      );

      const clock = movableClock(minutesAfterStart(1));
      const restarted = await startDevexBackend(knex, {
        runTasksOnStartup: false,
        clock,
      });
      // while the lease lasts the message is the dead replica's
      await restarted.runTask(DELIVER);
      expect(topicOf('devex-digest', restarted)).toHaveLength(0);

      clock.set(minutesAfterStart(3)); // the two-minute lease has passed
      await restarted.runTask(DELIVER);
      expect(topicOf('devex-digest', killed, restarted)).toHaveLength(1);

      await restarted.runTask(DELIVER);
      await restarted.runTask(DIGEST);
      await restarted.runTask(DELIVER);
      expect(topicOf('devex-digest', killed, restarted)).toHaveLength(1);
      expect(await knex(OUTBOX).select('key', 'status', 'attempts')).toEqual([
        { key: 'digest:2026-11', status: 'sent', attempts: 2 },
      ]);
    });

    it('a failed send is retried with backoff and delivered once', async () => {
      const clock = movableClock(TEST_NOW);
      let failures = 0;
      const backend = await startDevexBackend(knex, {
        runTasksOnStartup: false,
        entities: [prefect],
        clock,
        send: async () => {
          if (failures++ < 2) throw new Error('notifications unavailable');
        },
      });
      const raised = await request(backend.server)
        .post('/api/devex/blockers')
        .send({
          entityRef: 'component:default/prefect-pipelines',
          title: 'Staging access pending',
        })
        .expect(201);
      // decided and enqueued with the blocker, though the first send failed
      expect(raised.body).toMatchObject({
        notifiedOwners: ['group:default/devops'],
        notificationError: null,
      });
      const owners = () => topicOf('devex-blocker', backend);
      const entry = () =>
        new OutboxStore(knex).get(
          `blocker-owners:${raised.body.id}:${raised.body.raisedAt}`,
        );
      expect(await entry()).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastError: 'notifications unavailable',
        nextAttemptAt: minutesAfterStart(1),
      });

      const runAt = async (minutes: number) => {
        clock.set(minutesAfterStart(minutes));
        await backend.runTask(DELIVER);
      };
      await runAt(0.5); // not due yet
      expect(failures).toBe(1);
      await runAt(1); // the second attempt fails: the next waits 2 minutes
      expect(failures).toBe(2);
      expect(await entry()).toMatchObject({
        attempts: 2,
        nextAttemptAt: minutesAfterStart(3),
      });
      await runAt(2);
      expect(owners()).toHaveLength(0);
      await runAt(3);
      expect(owners()).toHaveLength(1);
      await runAt(10);
      expect(owners()).toHaveLength(1);
      expect(await entry()).toMatchObject({
        status: 'sent',
        attempts: 3,
        lastError: null,
        sentAt: minutesAfterStart(3),
      });
    });

    it('two replicas running delivery at once send each message once', async () => {
      const slowSend = () => new Promise<void>(r => setTimeout(r, 5));
      const a = await startDevexBackend(knex, {
        runTasksOnStartup: false,
        send: slowSend,
      });
      const b = await startDevexBackend(knex, {
        runTasksOnStartup: false,
        send: slowSend,
      });
      const store = new OutboxStore(knex);
      const keys = Array.from({ length: 12 }, (_, i) => `test:${i}`);
      for (const key of keys) {
        await store.enqueue(
          { key, notification: message(key) },
          new Date(TEST_NOW),
        );
      }
      // enqueueing a key again changes nothing
      expect(
        await store.enqueue(
          { key: keys[0], notification: message('again') },
          new Date(TEST_NOW),
        ),
      ).toBe(false);

      await Promise.all([
        a.runTask(DELIVER),
        b.runTask(DELIVER),
        a.runTask(DELIVER),
        b.runTask(DELIVER),
      ]);
      const sent = topicOf('devex-test', a, b).map(n => n.payload.title);
      expect(sent.sort()).toEqual([...keys].sort());
      expect(
        (await knex(OUTBOX).where({ status: 'sent' }).pluck('key')).sort(),
      ).toEqual([...keys].sort());
      // and again: nothing left to send
      await Promise.all([a.runTask(DELIVER), b.runTask(DELIVER)]);
      expect(topicOf('devex-test', a, b)).toHaveLength(12);
    });

    it('a send that keeps failing is given up after its last attempt, and logged', async () => {
      await applyDatabaseMigrations({ getClient: async () => knex });
      let now = DateTime.fromISO(TEST_NOW);
      const logger = mockServices.logger.mock();
      const outbox = new Outbox({
        store: new OutboxStore(knex),
        notifications: {
          send: async () => {
            throw new Error('no such recipient');
          },
        },
        logger,
        clock: () => now,
        settings: { maxAttempts: 3 },
      });
      expect(await outbox.enqueue('test:doomed', message('doomed'))).toBe(true);
      for (const minutes of [1, 3, 7, 15, 60]) {
        now = DateTime.fromISO(TEST_NOW).plus({ minutes });
        await outbox.deliverDue();
      }
      expect(await new OutboxStore(knex).get('test:doomed')).toMatchObject({
        status: 'failed',
        attempts: 3,
        lastError: 'no such recipient',
      });
      expect(logger.error).toHaveBeenCalledTimes(1);
      expect(logger.error).toHaveBeenCalledWith(
        'Gave up notification test:doomed after 3 failed attempts: no such recipient',
      );
    });

    it('an unreadable recipient list is shown on the blocker and not marked notified', async () => {
      const ownerless = { ...prefect, relations: [] };
      const before = await startDevexBackend(knex, {
        runTasksOnStartup: false,
        entities: [ownerless],
      });
      const raised = await request(before.server)
        .post('/api/devex/blockers')
        .send({
          entityRef: 'component:default/prefect-pipelines',
          title: 'Staging access pending',
        })
        .expect(201);
      const unreadable = {
        ownersNotifiedAt: null,
        notifiedOwners: [],
        notificationError:
          'component:default/prefect-pipelines has no owner in the catalog',
      };
      expect(raised.body).toMatchObject(unreadable);
      await before.runTask('devex-escalate-blockers'); // still no owner: still pending
      await before.runTask(DELIVER);
      const listed = await request(before.server)
        .get('/api/devex/blockers')
        .expect(200);
      expect(listed.body.items).toEqual([expect.objectContaining(unreadable)]);
      expect(before.sent).toEqual([]);
      expect(await before.count(OUTBOX)).toBe(0);

      // the catalog lists an owner now: the next run notifies them, once
      const after = await startDevexBackend(knex, {
        runTasksOnStartup: false,
        entities: [prefect],
      });
      await after.runTask('devex-escalate-blockers');
      await after.runTask('devex-escalate-blockers');
      await after.runTask(DELIVER);
      expect(topicOf('devex-blocker', after).map(n => n.recipients)).toEqual([
        { type: 'entity', entityRef: ['group:default/devops'] },
      ]);
      const notified = await request(after.server)
        .get('/api/devex/blockers')
        .expect(200);
      expect(notified.body.items).toEqual([
        expect.objectContaining({
          notifiedOwners: ['group:default/devops'],
          notificationError: null,
        }),
      ]);
    });
  });
});
