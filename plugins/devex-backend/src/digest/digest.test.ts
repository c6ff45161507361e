import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import request from 'supertest';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import {
  DevexTestBackend,
  startDevexBackend,
  TEST_NOW,
} from '../__testUtils__/startDevexBackend';
import { movableClock } from '../__testUtils__/movableClock';
import { DELIVER_NOTIFICATIONS_TASK } from '../outbox/Outbox';

// the digest's standing recipients (none by default)
const withRecipients = {
  devex: {
    digest: { recipients: ['group:default/developer-productivity-guild'] },
  },
};

jest.setTimeout(90_000);

describe('the metrics digest', () => {
  const databases = createDevexTestDatabases();

  const DIGEST = 'devex-send-digest';
  const digestsOf = (...backends: DevexTestBackend[]) =>
    backends
      .flatMap(b => b.sent)
      .filter(n => n.payload.topic === 'devex-digest');

  it.each(databases.eachSupportedId())(
    'goes out once per period when two backend instances race for it on one database, on %p',
    async databaseId => {
      const knex: Knex = await databases.init(databaseId);
      const a = await startDevexBackend(knex, {
        runTasksOnStartup: false,
        config: withRecipients,
      });
      const b = await startDevexBackend(knex, {
        runTasksOnStartup: false,
        config: withRecipients,
      });
      await Promise.all([
        a.runTask(DIGEST),
        b.runTask(DIGEST),
        a.runTask(DIGEST),
        b.runTask(DIGEST),
      ]);
      expect(await knex('devex_digest_sends').pluck('period')).toEqual([
        '2026-11',
      ]);
      const digests = digestsOf(a, b);
      expect(digests).toHaveLength(1);
      expect(digests[0].recipients).toEqual({
        type: 'entity',
        entityRef: ['group:default/developer-productivity-guild'],
      });
      expect(digests[0].payload.description).toContain('Success measures:');
      expect(digests[0].payload.description).toContain('Evidence sync:');
    },
  );

  it.each(databases.eachSupportedId())(
    'a digest whose send failed is sent on the next run, once, on %p',
    async databaseId => {
      const knex: Knex = await databases.init(databaseId);
      const clock = movableClock(TEST_NOW);
      let failures = 0;
      const backend = await startDevexBackend(knex, {
        runTasksOnStartup: false,
        clock,
        send: async () => {
          if (failures++ === 0) throw new Error('notifications unavailable');
        },
      });
      await backend.runTask(DIGEST);
      expect(digestsOf(backend)).toHaveLength(0);
      // the period is recorded with its message: the failure is kept for the retry
      expect(await knex('devex_digest_sends').pluck('period')).toEqual([
        '2026-11',
      ]);
      expect(
        await knex('devex_notification_outbox').select(
          'key',
          'status',
          'last_error',
        ),
      ).toEqual([
        {
          key: 'digest:2026-11',
          status: 'pending',
          last_error: 'notifications unavailable',
        },
      ]);

      clock.set('2026-11-25T09:00:00Z'); // the next hourly run
      await backend.runTask(DIGEST);
      await backend.runTask(DELIVER_NOTIFICATIONS_TASK);
      expect(digestsOf(backend)).toHaveLength(1);

      clock.set('2026-11-25T10:00:00Z');
      await backend.runTask(DIGEST);
      await backend.runTask(DELIVER_NOTIFICATIONS_TASK);
      expect(digestsOf(backend)).toHaveLength(1);
      expect(failures).toBe(2);
    },
  );

  it.each(databases.eachSupportedId())(
    "waits for the digest day in the plugin's zone, on %p",
    async databaseId => {
      const knex: Knex = await databases.init(databaseId);
      const config = {
        devex: { timeZone: 'Pacific/Auckland', digest: { dayOfMonth: 26 } },
      };
      // 25 November 23:30 UTC is still the 25th in UTC, and already noon on the 26th in Auckland
      const utc = await startDevexBackend(knex, {
        now: '2026-11-25T10:00:00Z',
        config,
        runTasksOnStartup: false,
      });
      await utc.runTask(DIGEST);
      expect(digestsOf(utc)).toHaveLength(0);
      const auckland = await startDevexBackend(knex, {
        now: '2026-11-25T23:30:00Z',
        config,
        runTasksOnStartup: false,
      });
      await auckland.runTask(DIGEST);
      expect(digestsOf(auckland)).toHaveLength(1);
      expect(await knex('devex_digest_sends').pluck('period')).toEqual([
        '2026-11',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'names the first ten of a long list and counts the rest, its owners the recipients, on %p',
    async databaseId => {
      const knex: Knex = await databases.init(databaseId);
      const backend = await startDevexBackend(knex, { config: withRecipients });
      for (let i = 0; i < 12; i++) {
        await request(backend.server)
          .post('/api/devex/action-items')
          .send({
            title: `Overdue ${String(i).padStart(2, '0')}`,
            entityRef: 'component:default/hotpass',
            owner: `group:default/team-${i}`,
            dueDate: '2001-01-01',
          })
          .expect(201);
      }
      const preview = (
        await request(backend.server)
          .get('/api/devex/digest/preview')
          .expect(200)
      ).body;
      const overdue = preview.sections.find(
        (s: any) => s.title === 'Overdue action items',
      );
      expect(overdue.lines).toHaveLength(11);
      expect(overdue.lines[10]).toEqual({
        text: '… and 2 more on the DevEx page',
        link: '/devex',
      });
      // the owners of the ten named, not of the two counted
      const owners = preview.recipients.filter((r: string) =>
        r.startsWith('group:default/team-'),
      );
      expect(owners).toHaveLength(10);
    },
  );

  it.each(databases.eachSupportedId())(
    'previews and sends the digest on demand, on %p',
    async databaseId => {
      const knex: Knex = await databases.init(databaseId);
      const a = await startDevexBackend(knex, { config: withRecipients });
      const b = await startDevexBackend(knex, { config: withRecipients });
      const count = async () =>
        Number((await knex('devex_digest_sends').count({ n: '*' }))[0].n);
      expect(await count()).toBe(1);

      await request(a.server)
        .post('/api/devex/action-items')
        .send({
          title: 'Export consent logs',
          entityRef: 'component:default/hotpass',
          owner: 'group:default/compliance',
          dueDate: '2001-01-01',
        })
        .expect(201);
      const preview = (
        await request(a.server).get('/api/devex/digest/preview').expect(200)
      ).body;
      expect(preview.sections.map((s: any) => s.title)).toEqual([
        'Success measures',
        'Experiments at risk or off track',
        'Telemetry anomalies',
        'Overdue action items',
        'Evidence sync',
        'Next governance events',
      ]);
      expect(
        preview.sections.find((s: any) => s.title === 'Overdue action items')
          .lines,
      ).toEqual([
        {
          text: 'Export consent logs (group:default/compliance, due 2001-01-01)',
          link: '/catalog/default/component/hotpass/devex',
        },
      ]);
      expect(preview.recipients).toEqual([
        'group:default/developer-productivity-guild',
        'group:default/compliance',
      ]);

      await request(a.server).post('/api/devex/digest/send').expect(200);
      expect(
        a.sent.filter(n => n.payload.topic === 'devex-digest').length +
          b.sent.filter(n => n.payload.topic === 'devex-digest').length,
      ).toBe(2);
      expect(await count()).toBe(1);

      const denied = await startDevexBackend(knex, {
        permission: AuthorizeResult.DENY,
      });
      expect(
        (await request(denied.server).post('/api/devex/digest/send')).status,
      ).toBe(403);
    },
  );
});
