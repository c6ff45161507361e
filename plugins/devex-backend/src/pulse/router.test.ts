import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { devexPulseReadFreeTextPermission } from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import request from 'supertest';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import {
  startDevexBackend,
  TEST_NOW,
} from '../__testUtils__/startDevexBackend';
import { movableClock } from '../__testUtils__/movableClock';
import { DateTime } from 'luxon';

jest.setTimeout(60_000);

const answersOf = (n: number) => ({ q1: n, q2: 2, q3: 4, q4: 3, q5: 5 });

/** This month's campaign: opened by hand, or already by the scheduled task on start-up. */
async function thisMonthsCampaign(server: any) {
  const opened = await request(server).post('/api/devex/pulse/campaigns');
  if (opened.status === 201) return opened.body;
  expect(opened.status).toBe(409);
  return (await request(server).get('/api/devex/pulse/current').expect(200))
    .body.campaign;
}

describe('pulse survey routes', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it('keeps answers anonymous: no user and no time on a response, no answer on a participation, nothing joining them', async () => {
      const columns = async (table: string) =>
        Object.keys(await knex(table).columnInfo()).sort();
      await startDevexBackend(knex);
      expect(await columns('devex_pulse_responses')).toEqual([
        'answers',
        'campaign_id',
        'free_text',
        'group_ref',
        'id',
      ]);
      expect(await columns('devex_pulse_participation')).toEqual([
        'campaign_id',
        'user_ref',
      ]);
    });

    it("counts the portal's population as the catalog's users, and nothing else", async () => {
      const user = (name: string) => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name },
        spec: {},
      });
      const { server } = await startDevexBackend(knex, {
        runTasksOnStartup: false,
        entities: [
          user('ann'),
          user('ben'),
          user('cat'),
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'not-a-person' },
            spec: { type: 'service', owner: 'group:default/team' },
          },
        ],
      });
      const campaign = await thisMonthsCampaign(server);
      const results = (
        await request(server)
          .get(`/api/devex/pulse/campaigns/${campaign.id}/results`)
          .expect(200)
      ).body;
      expect(results.population).toBe(3);
    });

    it('takes one answer per user, writes answers in batches and publishes scores once the campaign has settled', async () => {
      const clock = movableClock(TEST_NOW);
      const backend = await startDevexBackend(knex, {
        clock,
        runTasksOnStartup: false,
      });
      const { server } = backend;
      const as = (user: string) =>
        mockCredentials.user.header(`user:default/${user}`);
      const campaign = (
        await request(server).post('/api/devex/pulse/campaigns').expect(201)
      ).body;
      expect(campaign.questions).toHaveLength(6);
      expect(
        (await request(server).post('/api/devex/pulse/campaigns')).status,
      ).toBe(409);

      const url = `/api/devex/pulse/campaigns/${campaign.id}/responses`;
      await request(server)
        .post(url)
        .set('Authorization', as('u0'))
        .send({ answers: answersOf(4), freeText: 're-ran uv sync three times' })
        .expect(201);
      const again = await request(server)
        .post(url)
        .set('Authorization', as('u0'))
        .send({ answers: answersOf(1) });
      expect(again.status).toBe(409);
      expect(again.body.error.message).toBe(
        'You have already answered this pulse campaign',
      );
      const bad = await request(server)
        .post(url)
        .set('Authorization', as('u9'))
        .send({ answers: { ...answersOf(3), q1: 7 } });
      expect(bad.status).toBe(400);
      const missing = await request(server)
        .post(url)
        .set('Authorization', as('u9'))
        .send({ answers: { q1: 3 } });
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toBe(
        'answers/q2 must be a whole number from 1 to 5',
      );
      // pooled until a batch of five: nothing in the database yet
      expect(await backend.count('devex_pulse_responses')).toBe(0);
      expect(await backend.count('devex_pulse_participation')).toBe(0);

      const current = (
        await request(server)
          .get('/api/devex/pulse/current')
          .set('Authorization', as('u0'))
      ).body;
      expect(current).toMatchObject({ answered: true, responses: 0 });
      expect(
        (
          await request(server)
            .get('/api/devex/pulse/current')
            .set('Authorization', as('u1'))
        ).body.answered,
      ).toBe(false);

      const resultsUrl = `/api/devex/pulse/campaigns/${campaign.id}/results`;
      expect((await request(server).get(resultsUrl)).body).toMatchObject({
        responses: null,
        hidden: true,
        hiddenReason: 'campaign-open',
        questions: [],
        satisfaction: null,
        freeText: null,
        minResponses: 5,
      });

      for (const [i, user] of ['u1', 'u2', 'u3', 'u4'].entries()) {
        await request(server)
          .post(url)
          .set('Authorization', as(user))
          .send({ answers: answersOf(i + 1) })
          .expect(201);
      }
      expect(await backend.count('devex_pulse_responses')).toBe(5);
      expect(await backend.count('devex_pulse_participation')).toBe(5);
      // still open: no scores, and no SPACE satisfaction yet
      expect((await request(server).get(resultsUrl)).body).toMatchObject({
        responses: 5,
        hidden: true,
        hiddenReason: 'campaign-open',
        questions: [],
      });
      const spaceMeasure = async () =>
        (
          await request(server).get('/api/devex/success-measures')
        ).body.measures.find((m: any) => m.measure.id === 'space-satisfaction');
      const before = await spaceMeasure();

      clock.set(DateTime.fromISO(campaign.closesAt).plus({ minutes: 11 }));
      expect(
        (
          await request(server)
            .post(url)
            .set('Authorization', as('u5'))
            .send({ answers: answersOf(3) })
        ).status,
      ).toBe(409);
      await backend.runTask('devex-open-pulse-campaign');
      const shown = (await request(server).get(resultsUrl)).body;
      expect(shown).toMatchObject({ responses: 5, hidden: false });
      expect(shown.questions[0]).toMatchObject({
        id: 'q1',
        mean: 2.8,
        shareAtOrBelow2: 0.4,
      });
      expect(shown.questions[1]).toMatchObject({
        id: 'q2',
        mean: 2,
        shareAtOrBelow2: 1,
      });
      expect(shown.dimensions).toEqual(
        expect.arrayContaining([{ dimension: 'Efficiency & flow', mean: 2.5 }]),
      );
      expect(shown.satisfaction).toBeCloseTo(3.36);
      expect(shown.freeText).toEqual(['re-ran uv sync three times']);

      const csv = await request(server)
        .get(`/api/devex/pulse/campaigns/${campaign.id}/results.csv`)
        .expect(200);
      expect(csv.text.split('\n')[0]).toBe(
        'campaign,group,question,text,dimension,mean,share_at_or_below_2,responses',
      );
      expect(csv.text).toContain(
        'q1,Docs help me get work done,Satisfaction & well-being,2.8,0.4,5',
      );
      expect(csv.text).not.toContain('re-ran uv sync');

      // the SPACE satisfaction measure reads the settled campaign's score, recorded once
      expect(before.value).toBeNull();
      expect((await spaceMeasure()).value).toBeCloseTo(3.36);
      expect(
        await knex('devex_measurements').where({
          metric_key: 'space.satisfaction',
          recorded_by: `pulse-campaign:${campaign.id}`,
        }),
      ).toHaveLength(1);

      // a group with too few answers shows neither scores nor how many took part
      const group = (
        await request(server)
          .get(resultsUrl)
          .query({ group: 'group:default/qa' })
      ).body;
      expect(group).toMatchObject({
        responses: null,
        hidden: true,
        hiddenReason: 'too-few-responses',
        questions: [],
      });

      // the trend across campaigns: the same figures under the same rules, newest first
      const trend = (await request(server).get('/api/devex/pulse/trend')).body
        .campaigns;
      const settled = trend.find((c: any) => c.campaignId === campaign.id);
      expect(settled).toMatchObject({
        responses: 5,
        hiddenReason: null,
      });
      expect(settled.satisfaction).toBeCloseTo(3.36);
      expect(settled.responseRate).toBe(
        settled.population ? shown.responseRate : null,
      );
      expect(
        (
          await request(server)
            .get('/api/devex/pulse/trend')
            .query({ group: 'group:default/qa' })
        ).body.campaigns.find((c: any) => c.campaignId === campaign.id),
      ).toMatchObject({
        responses: null,
        responseRate: null,
        satisfaction: null,
        hiddenReason: 'too-few-responses',
      });
    });

    it('shows free text only with the read-free-text permission', async () => {
      const clock = movableClock(TEST_NOW);
      const { server } = await startDevexBackend(knex, {
        clock,
        permissions: {
          authorize: async (requests: any[]) =>
            requests.map(r => ({
              result:
                r.permission.name === devexPulseReadFreeTextPermission.name
                  ? AuthorizeResult.DENY
                  : AuthorizeResult.ALLOW,
            })),
        },
      });
      const campaign = await thisMonthsCampaign(server);
      for (const user of ['a', 'b', 'c', 'd', 'e']) {
        await request(server)
          .post(`/api/devex/pulse/campaigns/${campaign.id}/responses`)
          .set(
            'Authorization',
            mockCredentials.user.header(`user:default/${user}`),
          )
          .send({ answers: answersOf(4), freeText: `note from ${user}` })
          .expect(201);
      }
      clock.set(DateTime.fromISO(campaign.closesAt).plus({ minutes: 11 }));
      const results = (
        await request(server).get(
          `/api/devex/pulse/campaigns/${campaign.id}/results`,
        )
      ).body;
      expect(results.hidden).toBe(false);
      expect(results.freeText).toBeNull();
    });
  });
});
