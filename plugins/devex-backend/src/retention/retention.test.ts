import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { movableClock } from '../__testUtils__/movableClock';
import {
  startDevexBackend,
  TEST_NOW,
} from '../__testUtils__/startDevexBackend';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { readRetentionSettings } from './settings';

jest.setTimeout(300_000);

const QA_SERVICE = 'component:default/qa-service';
const PRUNE = 'devex-retention-prune';
const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'qa-service', namespace: 'default' },
    spec: { owner: 'group:default/qa' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/qa' }],
  },
];

/** A day before TEST_NOW (2026-11-25T08:00Z), as a Date. */
const daysAgo = (days: number) =>
  new Date(new Date(TEST_NOW).getTime() - days * 86_400_000);

describe('retention', () => {
  it('reads devex.retention with documented defaults, and names a bad key', () => {
    expect(readRetentionSettings(new ConfigReader({}))).toMatchObject({
      collectedMeasurementsDays: 400,
      syncRunsDays: 400,
      outboxSentDays: 30,
      outboxFailedDays: 90,
      pulseParticipationDays: 7,
      calendarFeedLinksDays: 90,
      schedule: { frequency: { hours: 24 } },
    });
    expect(() =>
      readRetentionSettings(
        new ConfigReader({ devex: { retention: { syncRunsDays: 0 } } }),
      ),
    ).toThrow(
      'devex.retention.syncRunsDays must be a whole number of days from 1 to 36500, got 0',
    );
  });

  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    /** Records of the process made through the API long ago, which no retention touches. */
    async function processRecords(server: any, clock: any) {
      clock.set('2024-03-01T09:00:00Z');
      const as = (r: request.Test) =>
        r.set('Authorization', mockCredentials.user.header('user:default/ada'));
      await as(request(server).post('/api/devex/action-items'))
        .send({
          title: 'Old follow-up',
          entityRef: QA_SERVICE,
          owner: 'group:default/qa',
          dueDate: '2024-03-15',
        })
        .expect(201);
      const experiment = (
        await as(request(server).post('/api/devex/experiments'))
          .send({
            key: 'EXP-OLD',
            title: 'Old experiment',
            hypothesis: 'It helps',
            owner: 'group:default/qa',
            entityRefs: [QA_SERVICE],
          })
          .expect(201)
      ).body;
      await as(
        request(server).post(
          `/api/devex/experiments/${experiment.id}/transitions`,
        ),
      )
        .send({ to: 'planned', note: 'go', version: experiment.version })
        .expect(201);
      const risk = (
        await as(request(server).post('/api/devex/risks'))
          .send({
            key: 'R-OLD',
            title: 'Old risk',
            impact: 3,
            likelihood: 3,
            owner: 'group:default/qa',
            entityRef: QA_SERVICE,
          })
          .expect(201)
      ).body;
      await as(request(server).patch(`/api/devex/risks/${risk.id}`))
        .send({ version: risk.version, impact: 4 })
        .expect(200);
      clock.set(TEST_NOW);
      return experiment.id as string;
    }

    async function seed(experimentId: string) {
      const measurement = (source: string, at: Date, extra: object = {}) => ({
        metric_key: 'dora.mttr',
        entity_ref: QA_SERVICE,
        experiment_id: null,
        value: 1,
        measured_at: at,
        source,
        recorded_by: `metric-source:${source}`,
        ...extra,
      });
      // 2,500 old collected values: more than one batch
      const old = Array.from({ length: 2500 }, (_, i) =>
        measurement('prefect', new Date(daysAgo(500).getTime() + i * 60_000)),
      );
      await knex.batchInsert('devex_measurements', old as any[], 500);
      await knex('devex_measurements').insert([
        measurement('four_keys', daysAgo(401)),
        measurement('api', daysAgo(450), { recorded_by: 'service:ci' }),
        measurement('prefect', daysAgo(100)),
        measurement('prefect', daysAgo(60)),
        measurement('manual', daysAgo(700), {
          recorded_by: 'user:default/ada',
        }),
        measurement('survey', daysAgo(700), {
          entity_ref: null,
          metric_key: 'space.satisfaction',
          recorded_by: 'pulse-campaign:x',
        }),
        measurement('api', daysAgo(700), { experiment_id: experimentId }),
      ]);
      await knex('devex_sync_runs').insert([
        { id: randomUUID(), trigger: 'scheduled', started_at: daysAgo(500) },
        { id: randomUUID(), trigger: 'scheduled', started_at: daysAgo(60) },
      ]);
      const message = (key: string, status: string, createdAt: Date) => ({
        key,
        notification: '{}',
        status,
        attempts: 1,
        next_attempt_at: createdAt,
        created_at: createdAt,
        sent_at: status === 'sent' ? createdAt : null,
      });
      await knex('devex_notification_outbox').insert([
        message('sent-old', 'sent', daysAgo(31)),
        message('sent-new', 'sent', daysAgo(5)),
        message('failed-old', 'failed', daysAgo(91)),
        message('failed-new', 'failed', daysAgo(50)),
        message('pending-old', 'pending', daysAgo(500)),
      ]);
      const campaign = (id: string, period: string, closesAt: Date) => ({
        id,
        title: period,
        period,
        opens_at: new Date(closesAt.getTime() - 7 * 86_400_000),
        closes_at: closesAt,
        questions: '[]',
        created_by: 'user:default/ada',
      });
      const [closedLong, closedLately, open] = [
        randomUUID(),
        randomUUID(),
        randomUUID(),
      ];
      await knex('devex_pulse_campaigns').insert([
        campaign(closedLong, '2026-09', daysAgo(25)),
        campaign(closedLately, '2026-10', daysAgo(5)),
        campaign(open, '2026-11', daysAgo(-3)),
      ]);
      const participation = (campaignId: string, n: number) =>
        Array.from({ length: n }, (_, i) => ({
          campaign_id: campaignId,
          user_ref: `user:default/u${i}`,
        }));
      await knex.batchInsert(
        'devex_pulse_participation',
        [
          ...participation(closedLong, 1200),
          ...participation(closedLately, 5),
          ...participation(open, 5),
        ],
        200,
      );
      await knex('devex_pulse_responses').insert({
        id: randomUUID(),
        campaign_id: closedLong,
        answers: '{}',
      });
      const link = (id: string, extra: object) => ({
        id: id.padEnd(22, 'x'),
        secret_hash: '0'.repeat(64),
        user_ref: 'user:default/ada',
        created_at: daysAgo(200),
        ...extra,
      });
      await knex('devex_calendar_feed_tokens').insert([
        link('revoked-old', { revoked_at: daysAgo(91) }),
        link('expired-old', { expires_at: daysAgo(91) }),
        link('revoked-new', { revoked_at: daysAgo(30) }),
        link('live', { expires_at: daysAgo(-30) }),
      ]);
    }

    const keys = async (table: string, column: string) =>
      (await knex(table).pluck(column)).sort();

    it('deletes what outlived its retention in batches, keeps recent rows and the process record, and audits it', async () => {
      const clock = movableClock(TEST_NOW);
      const backend = await startDevexBackend(knex, {
        entities,
        clock,
        runTasksOnStartup: false,
      });
      const experimentId = await processRecords(backend.server, clock);
      await seed(experimentId);
      const processTables = [
        'devex_action_items',
        'devex_experiments',
        'devex_experiment_transitions',
        'devex_risks',
        'devex_risk_changes',
        'devex_pulse_campaigns',
        'devex_pulse_responses',
      ];
      const counts = async () =>
        Object.fromEntries(
          await Promise.all(
            processTables.map(async t => [t, await backend.count(t)]),
          ),
        );
      const processBefore = await counts();

      await backend.runTask(PRUNE);

      expect(
        await knex('devex_measurements')
          .select('source', 'experiment_id')
          .orderBy('source'),
      ).toEqual([
        { source: 'api', experiment_id: experimentId },
        { source: 'manual', experiment_id: null },
        { source: 'prefect', experiment_id: null },
        { source: 'prefect', experiment_id: null },
        { source: 'survey', experiment_id: null },
      ]);
      expect(await backend.count('devex_sync_runs')).toBe(1);
      expect(await keys('devex_notification_outbox', 'key')).toEqual([
        'failed-new',
        'pending-old',
        'sent-new',
      ]);
      expect(await backend.count('devex_pulse_participation')).toBe(10);
      expect(
        (await keys('devex_calendar_feed_tokens', 'id')).map(id =>
          id.replace(/x+$/, ''),
        ),
      ).toEqual(['live', 'revoked-new']);
      expect(await counts()).toEqual(processBefore);

      expect(
        backend.auditDetails.filter(d => d.eventId === 'retention-prune'),
      ).toEqual([
        {
          eventId: 'retention-prune',
          severityLevel: 'low',
          hasRequest: false,
          meta: {
            actor: 'user:default/devex-scheduler',
            deleted: {
              collectedMeasurements: 2502,
              syncRuns: 1,
              outboxSent: 1,
              outboxFailed: 1,
              pulseParticipation: 1200,
              calendarFeedLinks: 2,
            },
          },
        },
      ]);

      // a second run finds nothing more
      await backend.runTask(PRUNE);
      expect(
        backend.auditDetails.filter(d => d.eventId === 'retention-prune')[1]
          .meta,
      ).toMatchObject({
        deleted: {
          collectedMeasurements: 0,
          syncRuns: 0,
          outboxSent: 0,
          outboxFailed: 0,
          pulseParticipation: 0,
          calendarFeedLinks: 0,
        },
      });
    });

    it('honours configured periods, but never below what success measures and waiver notices need', async () => {
      const clock = movableClock(TEST_NOW);
      const backend = await startDevexBackend(knex, {
        entities,
        clock,
        runTasksOnStartup: false,
        config: {
          devex: {
            retention: {
              collectedMeasurementsDays: 30,
              syncRunsDays: 30,
              outboxSentDays: 1,
              pulseParticipationDays: 30,
            },
          },
        },
      });
      const experimentId = await processRecords(backend.server, clock);
      await seed(experimentId);
      await backend.runTask(PRUNE);
      // the longest success-measure window is 90 days: a value of 100 days ago goes, not of 60
      expect(
        Number(
          (
            await knex('devex_measurements')
              .whereNull('experiment_id')
              .whereIn('source', ['prefect', 'four_keys', 'api'])
              .count({ n: '*' })
          )[0].n,
        ),
      ).toBe(1);
      expect(await backend.count('devex_sync_runs')).toBe(0);
      // a waiver notice's key must outlive its notice period (7 days): the 5-day-old one stays
      expect(await keys('devex_notification_outbox', 'key')).toEqual([
        'failed-new',
        'pending-old',
        'sent-new',
      ]);
      // closed 25 days ago, kept for 30
      expect(await backend.count('devex_pulse_participation')).toBe(1210);
    });
  });
});
