import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import ICAL from 'ical.js';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import request from 'supertest';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { GOVERNANCE_CONFIG } from '../__testUtils__/governanceConfig';
import {
  startDevexBackend,
  TEST_NOW,
} from '../__testUtils__/startDevexBackend';

jest.setTimeout(120_000);

const entity = (
  kind: string,
  name: string,
  relations: Array<{ type: string; targetRef: string }>,
) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: {},
  relations,
});
const catalog = [
  entity('Resource', 'hotpass-devex-governance', [
    {
      type: 'ownedBy',
      targetRef: 'group:default/developer-productivity-guild',
    },
  ]),
  entity('Component', 'hotpass', [
    { type: 'ownedBy', targetRef: 'group:default/platform-eng' },
    {
      type: 'dependsOn',
      targetRef: 'resource:default/hotpass-devex-governance',
    },
  ]),
  entity('Component', 'prefect-pipelines', [
    { type: 'ownedBy', targetRef: 'group:default/devops' },
  ]),
  // the mock credentials' user, whose feed links serve only while it is in the catalog
  entity('User', 'mock', []),
];

describe('calendar routes', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    const range = () => {
      const from = DateTime.fromISO(TEST_NOW).startOf('day');
      return {
        from: from.toISODate()!,
        to: from.plus({ days: 120 }).toISODate()!,
      };
    };
    const recordRun = (server: any, daysAgo: number, framework = 'ISO 27001') =>
      request(server)
        .post('/api/devex/calendar/verification-runs')
        .send({
          framework,
          runAt: DateTime.fromISO(TEST_NOW).minus({ days: daysAgo }).toISO(),
          reviewers: ['Compliance Bot'],
          findings: [],
        });

    it('records verification runs, and the window and the forum aligned with it move', async () => {
      const { server } = await startDevexBackend(knex, { entities: catalog });
      await recordRun(server, 60).expect(201);
      const windows = (
        await request(server)
          .get('/api/devex/calendar/verification-windows')
          .expect(200)
      ).body.windows;
      expect(windows.map((w: any) => [w.framework, w.overdue])).toEqual([
        ['ISO 27001', false],
        ['SOC 2', true],
      ]);
      expect(windows[0].daysLeft).toBeGreaterThanOrEqual(29);

      const forumDates = async () =>
        (
          await request(server)
            .get('/api/devex/calendar/occurrences')
            .query(range())
            .expect(200)
        ).body.occurrences
          .filter((o: any) => o.type === 'quarterly_forum')
          .map((o: any) => o.start);
      // window closes in 30 days, the forum is 5 working days before that, then every 90 days
      const before = await forumDates();
      expect(before).toHaveLength(2);
      expect(
        DateTime.fromISO(before[0]).diff(DateTime.fromISO(TEST_NOW), 'days')
          .days,
      ).toBeGreaterThan(20);
      expect(
        DateTime.fromISO(before[0]).diff(DateTime.fromISO(TEST_NOW), 'days')
          .days,
      ).toBeLessThan(30);
      await recordRun(server, 1).expect(201);
      const after = await forumDates();
      expect(
        DateTime.fromISO(after[0]).diff(DateTime.fromISO(before[0]), 'days')
          .days,
      ).toBeGreaterThan(50);
    });

    it('refuses a run for an unknown framework or in the future, and writes nothing', async () => {
      const { server, count } = await startDevexBackend(knex, {
        entities: catalog,
      });
      const unknown = await recordRun(server, 1, 'PCI DSS');
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toBe(
        'framework must be one of ISO 27001, SOC 2, got PCI DSS',
      );
      const future = await recordRun(server, -3);
      expect(future.status).toBe(400);
      const badDate = await request(server)
        .post('/api/devex/calendar/verification-runs')
        .send({ framework: 'ISO 27001', runAt: 'yesterday' });
      expect(badDate.status).toBe(400);
      expect(badDate.body.error.message).toMatch(
        /request\/body\/runAt must match format "date-time"/,
      );
      expect(await count('devex_verification_runs')).toBe(0);
    });

    it('shows an entity the cadences that concern it', async () => {
      const { server } = await startDevexBackend(knex, {
        entities: catalog,
        config: { devex: GOVERNANCE_CONFIG },
      });
      const cadencesOf = async (entityRef: string) =>
        [
          ...new Set(
            (
              await request(server)
                .get('/api/devex/calendar/occurrences')
                .query({ ...range(), entityRef })
                .expect(200)
            ).body.occurrences.map((o: any) => o.cadenceId),
          ),
        ].sort();
      // depends on the governance resource: everything
      expect(await cadencesOf('component:default/hotpass')).toEqual([
        'compliance-verification',
        'metrics-digest',
        'monthly-sync',
        'pulse-survey',
        'quarterly-forum',
        'runbook-update',
        'steering-committee',
      ]);
      // owned by DevOps, who only take part in the monthly sync
      expect(await cadencesOf('component:default/prefect-pipelines')).toEqual([
        'monthly-sync',
      ]);
      const missing = await request(server)
        .get('/api/devex/calendar/occurrences')
        .query({ entityRef: 'component:default/nope' });
      expect(missing.status).toBe(404);
      const tooLong = await request(server)
        .get('/api/devex/calendar/occurrences')
        .query({ from: '2026-01-01', to: '2028-01-01' });
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.error.message).toMatch(/at most 400 days/);
    });

    it('records an occurrence with minutes and decisions, counts its action items, and refuses a stale edit', async () => {
      const { server } = await startDevexBackend(knex, { entities: catalog });
      const [sync] = (
        await request(server)
          .get('/api/devex/calendar/occurrences')
          .query(range())
          .expect(200)
      ).body.occurrences.filter((o: any) => o.cadenceId === 'monthly-sync');
      const url = `/api/devex/calendar/occurrences/${encodeURIComponent(
        sync.id,
      )}/record`;
      const created = await request(server)
        .put(url)
        .send({
          status: 'held',
          minutesUrl: 'https://wiki.example.com/sync',
          decisions: ['Turn on PARALLEL_QA for the platform team'],
        });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({
        status: 'held',
        version: 1,
        decisions: ['Turn on PARALLEL_QA for the platform team'],
      });
      const stale = await request(server).put(url).send({ status: 'skipped' });
      expect(stale.status).toBe(409);
      await request(server)
        .put(url)
        .send({ status: 'held', notes: 'Quorum reached', version: 1 })
        .expect(200);

      await request(server)
        .post('/api/devex/action-items')
        .send({
          title: 'Enable PARALLEL_QA',
          entityRef: 'component:default/hotpass',
          owner: 'group:default/platform-eng',
          dueDate: '2030-01-01',
          source: 'monthly_sync',
          sourceId: sync.id,
        })
        .expect(201);
      const again = (
        await request(server)
          .get('/api/devex/calendar/occurrences')
          .query(range())
          .expect(200)
      ).body.occurrences.find((o: any) => o.id === sync.id);
      expect(again.record).toMatchObject({
        status: 'held',
        notes: 'Quorum reached',
        version: 2,
      });
      expect(again.actionItemCount).toBe(1);

      const bad = await request(server)
        .put(
          '/api/devex/calendar/occurrences/no-such-cadence:2026-01-01/record',
        )
        .send({ status: 'held' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/does not name a cadence/);
    });

    it('answers 403 to writes when denied, and writes nothing', async () => {
      const { server, count } = await startDevexBackend(knex, {
        entities: catalog,
        permission: AuthorizeResult.DENY,
      });
      const responses = await Promise.all([
        recordRun(server, 1),
        request(server)
          .put('/api/devex/calendar/occurrences/monthly-sync:2026-12-01/record')
          .send({ status: 'held' }),
        request(server).get('/api/devex/calendar/occurrences'),
      ]);
      expect(responses.map(r => r.status)).toEqual([403, 403, 403]);
      expect(await count('devex_verification_runs')).toBe(0);
      expect(await count('devex_occurrence_records')).toBe(0);
    });

    it('serves an iCalendar feed that a calendar library reads back, and refuses a tampered link', async () => {
      const { server } = await startDevexBackend(knex, {
        entities: catalog,
        config: { devex: GOVERNANCE_CONFIG },
      });
      await recordRun(server, 30).expect(201);
      const { path } = (
        await request(server)
          .get('/api/devex/calendar/feed-url')
          .query({ entityRef: 'component:default/hotpass' })
          .expect(200)
      ).body;
      const feed = await request(server)
        .get(`/api/devex${path}`)
        .set('Authorization', mockCredentials.none.header());
      expect(feed.status).toBe(200);
      expect(feed.headers['content-type']).toMatch(/text\/calendar/);

      const calendar = new ICAL.Component(ICAL.parse(feed.text));
      expect(calendar.getFirstPropertyValue('prodid')).toMatch(
        /devex-governance/,
      );
      const events = calendar
        .getAllSubcomponents('vevent')
        .map(e => new ICAL.Event(e));
      expect(events.length).toBeGreaterThan(12);
      const forum = events.find(e =>
        e.summary.startsWith('Quarterly DevEx governance forum'),
      )!;
      expect(forum.description).toContain('SPACE/DORA metrics review');
      expect(
        forum.endDate.toJSDate().getTime() -
          forum.startDate.toJSDate().getTime(),
      ).toBe(120 * 60_000);
      const closing = events.find(e =>
        e.summary.startsWith(
          'Compliance verification window closes (ISO 27001)',
        ),
      )!;
      expect(closing.startDate.isDate).toBe(true);
      expect(new Set(events.map(e => e.uid)).size).toBe(events.length);

      const tampered = path.replace(
        /\.[A-Za-z0-9_-]{4}([^/]+)\/devex\.ics$/,
        '.AAAA$1/devex.ics',
      );
      expect(tampered).not.toBe(path);
      const refused = await request(server)
        .get(`/api/devex${tampered}`)
        .set('Authorization', mockCredentials.none.header());
      expect(refused.status).toBe(404);
    });
  });
});
