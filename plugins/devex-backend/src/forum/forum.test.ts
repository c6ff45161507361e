import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import request from 'supertest';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import { escapeMarkdown } from './minutes';
import { AnomalyStore } from '../anomalies/AnomalyStore';
import { recordAnomaly } from '../__testUtils__/anomalies';

jest.setTimeout(120_000);

const hotpass = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'hotpass', namespace: 'default' },
  spec: { owner: 'group:default/platform-eng' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/platform-eng' }],
};
const chair = mockCredentials.user.header('user:default/dx-sponsor');

async function forumOccurrence(server: any, type: string) {
  const { body } = await request(server)
    .get('/api/devex/calendar/occurrences')
    .query({ from: '2026-11-25', to: '2027-02-20' })
    .expect(200);
  const occurrence = body.occurrences.find((o: any) => o.type === type);
  expect(occurrence).toBeDefined();
  return occurrence;
}

describe('forum mode', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it('runs a forum from start to finish: every output changes its record and is in the minutes with a link to it', async () => {
      const { server, auditEvents } = await startDevexBackend(knex, {
        entities: [hotpass],
        config: { app: { baseUrl: 'https://portal.example.com' } },
      });
      const forum = await forumOccurrence(server, 'quarterly_forum');
      const id = forum.id;
      const experiment = (
        await request(server)
          .post('/api/devex/experiments')
          .send({
            key: 'EXP-7',
            title: 'Hot reload in the QA loop',
            hypothesis: 'Hot reload halves the QA feedback loop.',
            owner: 'group:default/platform-eng',
            entityRefs: ['component:default/hotpass'],
            metrics: [
              {
                metricKey: 'devex.qa_loop_duration',
                target: 20,
                comparator: 'lte',
              },
            ],
          })
          .expect(201)
      ).body;
      const backlog = [];
      for (const initiative of ['Bootstrap GA', 'Evidence automation']) {
        backlog.push(
          (
            await request(server)
              .post('/api/devex/backlog')
              .send({
                initiative,
                owner: 'group:default/platform-eng',
                horizon: 30,
                effort: 'M',
              })
              .expect(201)
          ).body,
        );
      }
      const risk = (
        await request(server)
          .post('/api/devex/risks')
          .send({
            key: 'R-1',
            title: 'Evidence gaps at the audit',
            impact: 4,
            likelihood: 4,
            owner: 'group:default/compliance',
          })
          .expect(201)
      ).body;

      // nothing to follow before it starts
      await request(server).get(`/api/devex/forums/${id}`).expect(404);
      const started = await request(server)
        .post('/api/devex/forums')
        .set('Authorization', chair)
        .send({ occurrenceId: id })
        .expect(201);
      expect(started.body).toMatchObject({
        occurrenceId: id,
        status: 'running',
        agenda: forum.agenda,
        startedBy: 'user:default/dx-sponsor',
        outputs: [],
        minutes: null,
      });
      // starting again answers the same run
      await request(server)
        .post('/api/devex/forums')
        .send({ occurrenceId: id })
        .expect(200);

      const [metrics, experiments, backlogStep, risks] = forum.agenda;
      const decision = await request(server)
        .post(`/api/devex/forums/${id}/decisions`)
        .set('Authorization', chair)
        .send({
          step: experiments,
          experimentId: experiment.id,
          to: 'planned',
          note: 'Pilot done; observe for a month',
          version: experiment.version,
        });
      expect(decision.body.error?.message).toBeUndefined();
      expect(decision.status).toBe(201);
      expect(decision.body).toMatchObject({
        kind: 'decision',
        step: experiments,
        summary: 'EXP-7 proposed to planned: Pilot done; observe for a month',
        record: {
          type: 'experiment',
          id: experiment.id,
          link: `/devex/experiments?experiment=${experiment.id}`,
        },
        recordedBy: 'user:default/dx-sponsor',
      });
      const actionItem = await request(server)
        .post(`/api/devex/forums/${id}/action-items`)
        .set('Authorization', chair)
        .send({
          step: metrics,
          title: 'Instrument the QA loop per stage',
          entityRef: 'component:default/hotpass',
          owner: 'group:default/qa',
          dueDate: '2026-12-31',
        })
        .expect(201);
      await request(server)
        .post(`/api/devex/forums/${id}/backlog-moves`)
        .set('Authorization', chair)
        .send({
          step: backlogStep,
          itemId: backlog[1].id,
          toRank: 1,
          version: backlog[1].version,
          note: 'Evidence first, for the 80% target',
        })
        .expect(201);
      await request(server)
        .post(`/api/devex/forums/${id}/risk-changes`)
        .set('Authorization', chair)
        .send({
          step: risks,
          riskId: risk.id,
          version: risk.version,
          status: 'in_progress',
          likelihood: 2,
        })
        .expect(201);
      await request(server)
        .post(`/api/devex/forums/${id}/notes`)
        .set('Authorization', chair)
        .send({
          step: risks,
          text: 'Roadmap: [evidence](javascript:x) *first*',
        })
        .expect(201);
      // an anomaly the detection found, dismissed in the forum with why
      const anomalyId = await recordAnomaly(knex, {
        entityRef: 'component:default/hotpass',
        week: '2026-11-23',
      });
      await request(server)
        .post(`/api/devex/forums/${id}/anomaly-dismissals`)
        .set('Authorization', chair)
        .send({ step: risks, anomalyId, note: 'Release week: expected' })
        .expect(201);
      // another, taken up as an action item: once, and a second try writes nothing
      const takenUpId = await recordAnomaly(knex, {
        entityRef: 'component:default/hotpass',
        week: '2026-11-23',
        metricKey: 'pipeline.success_rate',
      });
      const takeUp = {
        step: risks,
        title: 'Find why Prefect runs fail',
        entityRef: 'component:default/hotpass',
        owner: 'group:default/qa',
        dueDate: '2026-12-10',
        anomalyId: takenUpId,
      };
      const takingUp = await request(server)
        .post(`/api/devex/forums/${id}/action-items`)
        .set('Authorization', chair)
        .send(takeUp)
        .expect(201);
      expect(takingUp.body.summary).toContain('taking up: Prefect flow');
      expect(await new AnomalyStore(knex).get(takenUpId)).toMatchObject({
        status: 'taken_up',
        actionItemId: takingUp.body.record.id,
      });
      const itemsBefore = await knex('devex_action_items').count({ n: '*' });
      await request(server)
        .post(`/api/devex/forums/${id}/action-items`)
        .set('Authorization', chair)
        .send(takeUp)
        .expect(409);
      expect(await knex('devex_action_items').count({ n: '*' })).toEqual(
        itemsBefore,
      );
      await request(server)
        .put(`/api/devex/forums/${id}/attendees`)
        .set('Authorization', chair)
        .send({ attendees: ['group:default/qa', 'user:default/dx-sponsor'] })
        .expect(200);

      // each output changed its record through the service that owns it
      expect(
        (await request(server).get(`/api/devex/experiments/${experiment.id}`))
          .body.status,
      ).toBe('planned');
      const item = (
        await request(server).get(
          `/api/devex/action-items/${actionItem.body.record.id}`,
        )
      ).body;
      expect(item).toMatchObject({
        source: 'governance_forum',
        sourceId: id,
        owner: 'group:default/qa',
      });
      expect(
        (await request(server).get('/api/devex/backlog')).body.items[0].id,
      ).toBe(backlog[1].id);
      const changed = (await request(server).get('/api/devex/risks')).body
        .risks[0];
      expect(changed).toMatchObject({ status: 'in_progress', likelihood: 2 });

      // a follower sees what was recorded, in order
      const followed = (await request(server).get(`/api/devex/forums/${id}`))
        .body;
      expect(followed.outputs.map((o: any) => o.kind)).toEqual([
        'decision',
        'action_item',
        'backlog_move',
        'risk_change',
        'note',
        'anomaly_dismissal',
        'action_item',
      ]);
      expect(followed.attendees).toEqual([
        'group:default/qa',
        'user:default/dx-sponsor',
      ]);

      const finished = await request(server)
        .post(`/api/devex/forums/${id}/finish`)
        .set('Authorization', chair)
        .send({})
        .expect(200);
      expect(finished.body.status).toBe('held');
      const minutes = finished.body.minutes as string;
      for (const link of [
        `https://portal.example.com/devex/experiments?experiment=${experiment.id}`,
        `https://portal.example.com/devex/action-items?item=${item.id}`,
        `https://portal.example.com/devex/backlog-and-risks?backlogItem=${backlog[1].id}`,
        `https://portal.example.com/devex/backlog-and-risks?risk=${risk.id}`,
      ]) {
        expect(minutes).toContain(`](${link})`);
      }
      expect(minutes).toContain(
        '**Attendees:** group:default/qa, user:default/dx-sponsor',
      );
      // the dismissed anomaly, with why, and no longer open
      expect(minutes).toContain('Anomaly dismissed');
      expect(minutes).toContain('Release week: expected');
      expect((await new AnomalyStore(knex).get(anomalyId))!.status).toBe(
        'dismissed',
      );
      // what people typed stays text: no link of its own
      expect(minutes).toContain(
        'Roadmap: \\[evidence\\]\\(javascript:x\\) \\*first\\*',
      );
      expect(minutes).not.toContain('](javascript:');

      // the occurrence is recorded as held, pointing at the minutes
      const { body: after } = await request(server)
        .get('/api/devex/calendar/occurrences')
        .query({ from: forum.start.slice(0, 10), to: '2027-02-20' });
      const record = after.occurrences.find((o: any) => o.id === id).record;
      expect(record).toMatchObject({
        status: 'held',
        minutesUrl: `/devex/forum/${encodeURIComponent(id)}/minutes`,
        // what everyone reading the calendar may read: the decisions of no entity (the
        // experiment's decision is in the minutes, which follow the catalog per reader)
        decisions: ['Roadmap: [evidence](javascript:x) *first*'],
      });
      const exported = await request(server)
        .get(`/api/devex/forums/${id}/minutes.md`)
        .expect(200);
      expect(exported.headers['content-type']).toMatch(/^text\/markdown/);
      expect(exported.text).toBe(minutes);

      // finished is finished: nothing more is recorded, and nothing changes
      const late = await request(server)
        .post(`/api/devex/forums/${id}/notes`)
        .send({ step: risks, text: 'Too late' });
      expect(late.status).toBe(409);
      await request(server)
        .post(`/api/devex/forums/${id}/finish`)
        .send({})
        .expect(409);
      expect(
        (await request(server).get(`/api/devex/forums/${id}`)).body.outputs,
      ).toHaveLength(7);
      expect(auditEvents.map(e => e.eventId)).toEqual(
        expect.arrayContaining([
          'forum-start',
          'forum-decision',
          'forum-action-item',
          'forum-backlog-move',
          'forum-risk-change',
          'forum-note',
          'forum-anomaly-dismissal',
          'anomaly-dismiss',
          'forum-attendees',
          'forum-finish',
        ]),
      );
    });

    it('refuses what is not a forum, bad input and callers who may not record occurrences, writing nothing', async () => {
      const denied = await startDevexBackend(knex, {
        permission: AuthorizeResult.DENY,
      });
      const forum = await forumOccurrence(
        (
          await startDevexBackend(knex)
        ).server,
        'monthly_sync',
      );
      expect(
        (
          await request(denied.server)
            .post('/api/devex/forums')
            .send({ occurrenceId: forum.id })
        ).status,
      ).toBe(403);
      expect(await knex('devex_forum_runs').count({ n: '*' })).toEqual([
        { n: expect.anything() },
      ]);
      expect(
        Number((await knex('devex_forum_runs').count({ n: '*' }))[0].n),
      ).toBe(0);

      const { server } = await startDevexBackend(knex);
      const pulse = await forumOccurrence(server, 'pulse_survey');
      const notForum = await request(server)
        .post('/api/devex/forums')
        .send({ occurrenceId: pulse.id });
      expect(notForum.status).toBe(400);
      expect(notForum.body.error.message).toMatch(/is not a forum/);
      expect(
        (
          await request(server)
            .post('/api/devex/forums')
            .send({ occurrenceId: 'monthly-sync:2026-12-02' })
        ).status,
      ).toBe(404);

      await request(server)
        .post('/api/devex/forums')
        .send({ occurrenceId: forum.id })
        .expect(201);
      const noChange = await request(server)
        .post(`/api/devex/forums/${forum.id}/risk-changes`)
        .send({ step: 'x', riskId: 'r', version: 1 });
      expect(noChange.status).toBe(400);
      const badAttendee = await request(server)
        .put(`/api/devex/forums/${forum.id}/attendees`)
        .send({ attendees: ['component:default/hotpass'] });
      expect(badAttendee.status).toBe(400);
      expect(badAttendee.body.error.message).toMatch(/attendees\/0/);
      const unknownField = await request(server)
        .post(`/api/devex/forums/${forum.id}/notes`)
        .send({ step: 'x', text: 'y', recordedBy: 'user:default/someone' });
      expect(unknownField.status).toBe(400);
      expect(
        (await request(server).get(`/api/devex/forums/${forum.id}`)).body,
      ).toMatchObject({ outputs: [], attendees: [], version: 1 });
    });
  });
});

describe('escapeMarkdown', () => {
  it('keeps typed text as text', () => {
    expect(escapeMarkdown('<img src=x> [a](b) `c` **d**\nnext')).toBe(
      '\\<img src=x\\> \\[a\\]\\(b\\) \\`c\\` \\*\\*d\\*\\* next',
    );
  });
});
