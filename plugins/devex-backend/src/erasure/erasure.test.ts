import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import request from 'supertest';
import { movableClock } from '../__testUtils__/movableClock';
import {
  startDevexBackend,
  TEST_NOW,
} from '../__testUtils__/startDevexBackend';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import {
  ERASED_ELSEWHERE,
  HOLDS_NO_PERSONAL_DATA,
  REPLACED_IN,
} from './erasurePlan';
import { personMentions } from './mentions';

jest.setTimeout(300_000);

const QA_SERVICE = 'component:default/qa-service';
const LEAVER = 'user:default/lee-leaver';
const NAMESAKE = 'user:default/lee-leaver-jr';
const ADMIN = 'user:default/ada';
const FORMER = 'user:default/former-user';

const entity = (kind: string, name: string, spec: object = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec,
  relations:
    kind === 'Component'
      ? [{ type: 'ownedBy', targetRef: 'group:default/qa' }]
      : [],
});
const people = ['lee-leaver', 'lee-leaver-jr', 'ada', 'u1', 'u2', 'u3', 'u4'];
const entities = [
  entity('Component', 'qa-service', { owner: 'group:default/qa' }),
  ...people.map(p => entity('User', p)),
];

/** Every table of the plugin, by name. */
async function devexTables(knex: Knex): Promise<string[]> {
  const tables = (await knex.raw(
    knex.client.config.client === 'pg'
      ? "select tablename as name from pg_tables where schemaname = current_schema() and tablename like 'devex\\_%'"
      : "select name from sqlite_master where type = 'table' and name like 'devex\\_%' escape '\\'",
  )) as any;
  return (tables.rows ?? tables).map((t: any) => t.name).sort();
}

/** The tables where any column of any row mentions the leaver (the namesake's ref aside). */
async function tablesMentioningLeaver(knex: Knex): Promise<string[]> {
  const found: string[] = [];
  for (const table of await devexTables(knex)) {
    const rows = await knex(table).select();
    const text = JSON.stringify(rows)
      .toLocaleLowerCase('en-US')
      .replaceAll('lee-leaver-jr', '');
    if (text.includes('lee-leaver')) found.push(table);
  }
  return found;
}

describe('personal data erasure', () => {
  it('replaces every form of a ref, and never a longer name', () => {
    const jane = personMentions('User:Default/Jane');
    expect(jane.ref).toBe('user:default/jane');
    expect(
      jane.replace(
        'By user:default/jane, USER:default/Jane and user:jane. See /catalog/default/user/jane/devex; ' +
          'not user:default/jane-doe, user:default/jane.doe, user:jane/x or superuser:default/jane.',
      ),
    ).toBe(
      'By user:default/former-user, user:default/former-user and user:default/former-user. ' +
        'See /catalog/default/user/former-user/devex; not user:default/jane-doe, ' +
        'user:default/jane.doe, user:jane/x or superuser:default/jane.',
    );
    expect(
      JSON.parse(
        jane.replace(JSON.stringify({ attendees: ['user:default/jane'] })),
      ),
    ).toEqual({ attendees: [FORMER] });
    // another namespace: only its own full ref and path
    const ops = personMentions('user:ops/jane');
    expect(ops.replace('user:ops/jane user:default/jane user:jane')).toBe(
      'user:default/former-user user:default/jane user:jane',
    );
  });

  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it('names every table of the schema in the erasure plan', async () => {
      await startDevexBackend(knex, { runTasksOnStartup: false });
      const planned = new Set([
        ...REPLACED_IN.map(p => p.table),
        ...Object.keys(ERASED_ELSEWHERE),
        ...Object.keys(HOLDS_NO_PERSONAL_DATA),
      ]);
      expect(
        (await devexTables(knex)).filter(
          t => !planned.has(t) && !t.startsWith('devex_knex'),
        ),
      ).toEqual([]);
      // and every planned column exists
      for (const plan of REPLACED_IN) {
        const columns = Object.keys(await knex(plan.table).columnInfo());
        expect({
          table: plan.table,
          missing: [plan.key, ...plan.refs, ...plan.texts].filter(
            c => !columns.includes(c),
          ),
        }).toEqual({ table: plan.table, missing: [] });
      }
    });

    it('erases a person from every table: their participation and links go, their ref elsewhere becomes the former user, aggregates stay, and it is audited', async () => {
      const clock = movableClock(TEST_NOW);
      const backend = await startDevexBackend(knex, {
        entities,
        clock,
        runTasksOnStartup: false,
      });
      const { server } = backend;
      const as = (user: string) => mockCredentials.user.header(user);
      const call = (user: string) => {
        const agent = request(server);
        const auth = (t: request.Test) => t.set('Authorization', as(user));
        return {
          get: (path: string) => auth(agent.get(`/api/devex${path}`)),
          post: (path: string) => auth(agent.post(`/api/devex${path}`)),
          put: (path: string) => auth(agent.put(`/api/devex${path}`)),
          patch: (path: string) => auth(agent.patch(`/api/devex${path}`)),
        };
      };
      const lee = call(LEAVER);
      const admin = call(ADMIN);

      // what the leaver wrote, owned and attended, everywhere the API lets them
      const item = (
        await lee
          .post('/action-items')
          .send({
            title: 'Follow up with user:default/lee-leaver',
            description:
              'Ask user:lee-leaver, see /catalog/default/user/lee-leaver',
            entityRef: QA_SERVICE,
            owner: LEAVER,
            dueDate: '2026-12-15',
          })
          .expect(201)
      ).body;
      const namesakes = (
        await call(NAMESAKE)
          .post('/action-items')
          .send({
            title: `Pair with ${NAMESAKE}`,
            entityRef: QA_SERVICE,
            owner: NAMESAKE,
            dueDate: '2026-12-16',
          })
          .expect(201)
      ).body;
      const experiment = (
        await lee
          .post('/experiments')
          .send({
            key: 'EXP-ERASE',
            title: 'Faster QA loop',
            hypothesis: `Proposed by ${LEAVER}`,
            owner: 'group:default/qa',
            entityRefs: [QA_SERVICE],
          })
          .expect(201)
      ).body;
      await lee
        .post(`/experiments/${experiment.id}/transitions`)
        .send({
          to: 'planned',
          note: `Planned by ${LEAVER}`,
          version: experiment.version,
        })
        .expect(201);
      await lee
        .post(`/experiments/${experiment.id}/flag-decisions`)
        .send({
          flagKey: 'qa-cache',
          environment: 'production',
          from: 'off',
          to: '10%',
          reason: `Asked by ${LEAVER}`,
        })
        .expect(201);
      await lee
        .post('/measurements')
        .send({
          measurements: [
            {
              metricKey: 'dora.mttr',
              value: 3,
              measuredAt: '2026-11-20T10:00:00Z',
              entityRef: QA_SERVICE,
            },
          ],
        })
        .expect(201);
      await lee
        .post('/calendar/verification-runs')
        .send({
          framework: 'ISO 27001',
          runAt: '2026-11-24T10:00:00Z',
          reviewers: [LEAVER, 'user:default/ada'],
          findings: [`Logs owned by ${LEAVER}`],
        })
        .expect(201);
      const occurrences = (await admin.get('/calendar/occurrences').expect(200))
        .body.occurrences;
      const forum = occurrences.find((o: any) =>
        ['monthly_sync', 'quarterly_forum'].includes(o.type),
      );
      const other = occurrences.find(
        (o: any) => o.id !== forum.id && !o.record,
      );
      await lee
        .put(`/calendar/occurrences/${encodeURIComponent(other.id)}/record`)
        .send({
          status: 'held',
          notes: `Chaired by ${LEAVER}`,
          decisions: [`${LEAVER} keeps the runbook`],
        })
        .expect(200);
      const backlogItem = (
        await lee
          .post('/backlog')
          .send({
            initiative: 'Golden path',
            owner: LEAVER,
            horizon: 30,
            effort: 'M',
            entityRef: QA_SERVICE,
          })
          .expect(201)
      ).body;
      await lee
        .post('/backlog')
        .send({
          initiative: 'Paved road',
          owner: 'group:default/qa',
          horizon: 60,
          effort: 'S',
        })
        .expect(201);
      const ranked = (await lee.get('/backlog').expect(200)).body.items;
      const last = ranked[ranked.length - 1];
      await lee
        .post('/backlog/reorder')
        .send({
          itemId: last.id,
          toRank: 1,
          version: last.version,
          note: `Moved by ${LEAVER}`,
        })
        .expect(200);
      const risk = (
        await lee
          .post('/risks')
          .send({
            key: 'R-ERASE',
            title: 'Flaky QA suite',
            impact: 3,
            likelihood: 3,
            owner: LEAVER,
            entityRef: QA_SERVICE,
          })
          .expect(201)
      ).body;
      await lee
        .patch(`/risks/${risk.id}`)
        .send({ version: risk.version, owner: 'group:default/qa' })
        .expect(200);
      const blocker = (
        await lee
          .post('/blockers')
          .send({ entityRef: QA_SERVICE, title: `Waiting on ${LEAVER}` })
          .expect(201)
      ).body;
      await lee
        .post(`/blockers/${blocker.id}/resolve`)
        .send({ resolution: 'unblocked', version: blocker.version })
        .expect(200);
      await lee
        .post('/remediation-items')
        .send({
          items: [
            {
              id: 'QA-ERASE',
              framework: 'POPIA',
              title: 'QA evidence',
              riskLevel: 'high',
              owner: LEAVER,
              entityRef: QA_SERVICE,
            },
          ],
        })
        .expect(200);
      const waiver = (
        await lee
          .post('/waivers')
          .send({
            subjectType: 'remediation_item',
            subjectId: 'QA-ERASE',
            justification: `Manual by design, says ${LEAVER}`,
            expiresOn: '2026-11-30',
          })
          .expect(201)
      ).body;
      await lee
        .post(`/waivers/${waiver.id}/decision`)
        .send({ decision: 'approve', version: waiver.version })
        .expect(200);
      await backend.runTask('devex-waiver-expiry'); // a notice to the requester
      await lee
        .put('/evidence/qa-logs')
        .send({
          id: 'qa-logs',
          title: 'QA logs',
          source: 'QA logs',
          location: 'dist/logs/qa/',
          owner: LEAVER,
          retentionDays: 365,
          collection: 'automated',
          collectedAt: '2026-11-20T10:00:00Z',
          remediationIds: [],
          url: null,
        })
        .expect(200);
      await lee.post('/calendar/feeds').send({}).expect(201);
      await lee.post('/forums').send({ occurrenceId: forum.id }).expect(201);
      const forumPath = `/forums/${encodeURIComponent(forum.id)}`;
      const run = (await lee.get(forumPath).expect(200)).body;
      await lee
        .put(`${forumPath}/attendees`)
        .send({ attendees: [LEAVER, 'group:default/qa'] })
        .expect(200);
      await lee
        .post(`${forumPath}/notes`)
        .send({ step: run.agenda[0], text: `${LEAVER} presents` })
        .expect(201);
      await lee.post(`${forumPath}/finish`).send({}).expect(200);

      // the pulse: five answers, the leaver's among them, written as one batch
      const campaign = (await lee.post('/pulse/campaigns').expect(201)).body;
      for (const [i, user] of [
        LEAVER,
        ...people.slice(3).map(p => `user:default/${p}`),
      ].entries()) {
        await call(user)
          .post(`/pulse/campaigns/${campaign.id}/responses`)
          .send({ answers: { q1: 1 + i, q2: 2, q3: 4, q4: 3, q5: 5 } })
          .expect(201);
      }
      expect(await backend.count('devex_pulse_participation')).toBe(5);
      clock.set(DateTime.fromISO(campaign.closesAt).plus({ minutes: 11 }));
      await backend.runTask('devex-open-pulse-campaign');

      const mentionedBefore = await tablesMentioningLeaver(knex);
      expect(mentionedBefore).toEqual(
        expect.arrayContaining([
          'devex_action_items',
          'devex_backlog_items',
          'devex_backlog_rank_changes',
          'devex_blockers',
          'devex_calendar_feed_tokens',
          'devex_evidence_records',
          'devex_experiment_transitions',
          'devex_experiments',
          'devex_flag_decisions',
          'devex_forum_outputs',
          'devex_forum_runs',
          'devex_measurements',
          'devex_notification_outbox',
          'devex_occurrence_records',
          'devex_pulse_campaigns',
          'devex_pulse_participation',
          'devex_remediation_items',
          'devex_risk_changes',
          'devex_risks',
          'devex_sync_counts',
          'devex_verification_runs',
          'devex_waivers',
        ]),
      );

      const aggregates = async () => ({
        pulse: (
          await admin.get(`/pulse/campaigns/${campaign.id}/results`).expect(200)
        ).body,
        sync: (
          await admin
            .get('/sync/overview')
            .query({ entityRef: QA_SERVICE })
            .expect(200)
        ).body.ratio,
        actionItemCounts: await knex('devex_action_item_counts')
          .select('status', 'due_date', 'items')
          .orderBy(['status', 'due_date']),
        syncItems: Number(
          (await knex('devex_sync_counts').sum({ n: 'items' }))[0].n,
        ),
        responses: await backend.count('devex_pulse_responses'),
      });
      const before = await aggregates();
      expect(before.pulse.hidden).toBe(false);

      const erased = await admin
        .post('/admin/erasure')
        .send({ userEntityRef: 'user:default/Lee-Leaver' })
        .expect(200);
      expect(erased.body).toMatchObject({
        userEntityRef: LEAVER,
        replacedWith: FORMER,
      });
      const { tables } = erased.body;
      expect(tables).toMatchObject({
        devex_pulse_participation: 1,
        devex_calendar_feed_tokens: 1,
        devex_action_items: 1,
        devex_risks: 1,
        devex_waivers: 1,
        devex_sync_counts: 1,
        devex_experiment_metrics: 0,
      });
      for (const mentioned of mentionedBefore) {
        expect([mentioned, tables[mentioned] > 0]).toEqual([mentioned, true]);
      }

      // nothing of the leaver is left in any column of any row of any table
      expect(await tablesMentioningLeaver(knex)).toEqual([]);
      expect(await backend.count('devex_pulse_participation')).toBe(4);
      expect(await aggregates()).toEqual(before);

      // the records stay, naming the former user; the namesake is untouched
      const kept = (await admin.get(`/action-items/${item.id}`).expect(200))
        .body;
      expect(kept).toMatchObject({
        owner: FORMER,
        createdBy: FORMER,
        title: `Follow up with ${FORMER}`,
        description: `Ask ${FORMER}, see /catalog/default/user/former-user`,
        version: item.version + 1,
      });
      expect(
        (await admin.get(`/action-items/${namesakes.id}`).expect(200)).body,
      ).toMatchObject({ owner: NAMESAKE, title: `Pair with ${NAMESAKE}` });
      expect(
        (await admin.get(`/backlog`).expect(200)).body.items.find(
          (i: any) => i.id === backlogItem.id,
        ),
      ).toMatchObject({ owner: FORMER });
      // an edit from a copy read before erasure cannot write the person back
      expect(
        (
          await admin
            .patch(`/action-items/${item.id}`)
            .send({ version: item.version, owner: LEAVER })
        ).status,
      ).toBe(409);

      // audited with the counts, nothing else of the person
      expect(backend.auditEvents).toContainEqual({
        eventId: 'personal-data-erasure',
        outcome: 'succeeded',
      });
      expect(
        backend.auditDetails.filter(d => d.eventId === 'personal-data-erasure'),
      ).toEqual([
        {
          eventId: 'personal-data-erasure',
          meta: { userEntityRef: 'user:default/Lee-Leaver' },
          severityLevel: 'medium',
          hasRequest: true,
        },
      ]);

      // a second run finds nothing more
      const again = await admin
        .post('/admin/erasure')
        .send({ userEntityRef: LEAVER })
        .expect(200);
      expect(
        Object.entries(again.body.tables).filter(([, n]) => n !== 0),
      ).toEqual([]);
    });

    it('answers 400 to what is not a person, and 403 without the permission, changing nothing', async () => {
      const { server } = await startDevexBackend(knex, {
        entities,
        runTasksOnStartup: false,
      });
      const erase = (userEntityRef: unknown) =>
        request(server)
          .post('/api/devex/admin/erasure')
          .set('Authorization', mockCredentials.user.header(ADMIN))
          .send({ userEntityRef });
      for (const bad of [
        'group:default/qa',
        'lee-leaver',
        '',
        42,
        FORMER,
        'user:default/devex-scheduler',
      ]) {
        const res = await erase(bad);
        expect([bad, res.status]).toEqual([bad, 400]);
      }
      expect(
        (
          await request(server)
            .post('/api/devex/admin/erasure')
            .set('Authorization', mockCredentials.user.header(ADMIN))
            .send({ userEntityRef: LEAVER, extra: true })
        ).status,
      ).toBe(400);

      const denied = await startDevexBackend(knex, {
        entities,
        runTasksOnStartup: false,
        permission: AuthorizeResult.DENY,
      });
      const res = await request(denied.server)
        .post('/api/devex/admin/erasure')
        .set('Authorization', mockCredentials.user.header(ADMIN))
        .send({ userEntityRef: LEAVER });
      expect(res.status).toBe(403);
      expect(denied.auditEvents).toEqual([
        { eventId: 'personal-data-erasure', outcome: 'failed' },
      ]);
    });
  });
});
