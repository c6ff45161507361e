import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { parse } from 'csv-parse/sync';
import { Knex } from 'knex';
import request from 'supertest';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { ownerPermissions } from '../__testUtils__/ownerPermissions';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';

jest.setTimeout(120_000);

const SCRIPT_URL = 'javascript:alert(1)'; // eslint-disable-line no-script-url

const bootstrap = {
  key: 'EXP-1',
  title: 'Automated environment bootstrap',
  hypothesis: 'Scripted environment set-up cuts onboarding time by about 40%.',
  owner: 'group:default/platform-eng',
  entityRefs: ['component:default/hotpass-idp-bootstrap'],
  status: 'planned',
  metrics: [
    {
      metricKey: 'devex.onboarding_duration',
      baseline: 150,
      target: 90,
      comparator: 'lte',
    },
    { metricKey: 'space.satisfaction', target: 4, comparator: 'gte' },
  ],
};

const bootstrapEntity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'hotpass-idp-bootstrap', namespace: 'default' },
  spec: { owner: 'group:default/platform-eng' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/platform-eng' }],
};

describe('experiment routes', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    const create = (server: any, body: object = bootstrap) =>
      request(server).post('/api/devex/experiments').send(body);

    it('creates an experiment, lists it by entity, and keeps who created it', async () => {
      const { server, auditEvents } = await startDevexBackend(knex);
      const res = await request(server)
        .post('/api/devex/experiments')
        .set('Authorization', mockCredentials.user.header('user:default/alice'))
        .send(bootstrap);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        key: 'EXP-1',
        status: 'planned',
        decision: null,
        createdBy: 'user:default/alice',
        version: 1,
        metrics: [
          {
            metricKey: 'devex.onboarding_duration',
            baseline: 150,
            target: 90,
            comparator: 'lte',
          },
          {
            metricKey: 'space.satisfaction',
            baseline: null,
            target: 4,
            comparator: 'gte',
          },
        ],
      });
      expect(auditEvents).toEqual([
        { eventId: 'experiment-create', outcome: 'succeeded' },
      ]);

      const list = await request(server)
        .get('/api/devex/experiments')
        .query({ entityRef: 'component:default/hotpass-idp-bootstrap' });
      expect(list.body.items.map((e: { key: string }) => e.key)).toEqual([
        'EXP-1',
      ]);
      const other = await request(server)
        .get('/api/devex/experiments')
        .query({ entityRef: 'component:default/other' });
      expect(other.body.items).toEqual([]);
      const byFamily = await request(server)
        .get('/api/devex/experiments')
        .query({ family: 'DORA' });
      expect(byFamily.body.items).toEqual([]);
      const bySpace = await request(server)
        .get('/api/devex/experiments')
        .query({ family: 'SPACE' });
      expect(bySpace.body.items).toHaveLength(1);
    });

    it.each([
      [
        'an unknown metric',
        {
          ...bootstrap,
          metrics: [{ metricKey: 'vibes', target: 1, comparator: 'gte' }],
        },
        /metrics\/0\/metricKey vibes is not a known metric/,
      ],
      [
        'an owner that is not a group',
        { ...bootstrap, owner: 'user:default/alice' },
        /request\/body\/owner must match pattern/,
      ],
      [
        'no entities',
        { ...bootstrap, entityRefs: [] },
        /request\/body\/entityRefs must NOT have fewer than 1 items/,
      ],
      [
        'an unknown field',
        { ...bootstrap, budget: 3 },
        /must NOT have additional properties/,
      ],
      [
        'a bad date',
        { ...bootstrap, kickoffDate: '2026-13-01' },
        /kickoffDate/,
      ],
      [
        'a status past planned',
        { ...bootstrap, status: 'running' },
        /request\/body\/status must be equal to one of the allowed values/,
      ],
      [
        'a javascript: link',
        {
          ...bootstrap,
          links: [{ type: 'runbook', url: SCRIPT_URL }],
        },
        /request\/body\/links\/0\/url must match pattern/,
      ],
      [
        'a bad comparator',
        {
          ...bootstrap,
          metrics: [{ metricKey: 'dora.mttr', target: 4, comparator: 'about' }],
        },
        /comparator/,
      ],
    ])('answers 400 to %s and writes nothing', async (_case, body, message) => {
      const { server, count } = await startDevexBackend(knex);
      const res = await create(server, body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
      expect(await count('devex_experiments')).toBe(0);
      expect(await count('devex_experiment_metrics')).toBe(0);
    });

    it('refuses a second experiment with the same key', async () => {
      const { server, count } = await startDevexBackend(knex);
      await create(server).expect(201);
      const again = await create(server);
      expect(again.status).toBe(409);
      expect(again.body.error.message).toMatch(/EXP-1 already exists/);
      expect(await count('devex_experiments')).toBe(1);
    });

    it('moves through legal transitions, records history, and refuses the rest', async () => {
      const { server, count, auditEvents } = await startDevexBackend(knex);
      const { body: experiment } = await create(server).expect(201);
      const url = `/api/devex/experiments/${experiment.id}/transitions`;

      const illegal = await request(server)
        .post(url)
        .send({ to: 'decided', note: 'skip', decision: 'scale', version: 1 });
      expect(illegal.status).toBe(400);
      expect(illegal.body.error.message).toBe(
        'An experiment cannot move from planned to decided; from planned it can move to running, paused, abandoned',
      );

      const noNote = await request(server)
        .post(url)
        .send({ to: 'running', note: '', version: 1 });
      expect(noNote.status).toBe(400);
      expect(noNote.body.error.message).toMatch(
        /request\/body\/note must NOT have fewer than 1 characters/,
      );

      const started = await request(server)
        .post(url)
        .set('Authorization', mockCredentials.user.header('user:default/guest'))
        .send({
          to: 'running',
          note: 'Kick-off with two new engineers',
          version: 1,
        });
      expect(started.status).toBe(201);
      expect(started.body.experiment).toMatchObject({
        status: 'running',
        version: 2,
      });
      expect(started.body.transition).toMatchObject({
        from: 'planned',
        to: 'running',
        note: 'Kick-off with two new engineers',
        changedBy: 'user:default/guest',
      });

      const stale = await request(server)
        .post(url)
        .send({ to: 'paused', note: 'old tab', version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toMatch(
        /you edited version 1, the current version is 2/,
      );

      await request(server)
        .post(url)
        .send({ to: 'observing', note: 'Two sprints', version: 2 })
        .expect(201);
      const undecided = await request(server)
        .post(url)
        .send({ to: 'decided', note: 'Done', version: 3 });
      expect(undecided.status).toBe(400);
      expect(undecided.body.error.message).toMatch(/decision .* is required/);
      const decided = await request(server).post(url).send({
        to: 'decided',
        note: 'Onboarding at 95 min',
        decision: 'scale',
        version: 3,
      });
      expect(decided.body.experiment).toMatchObject({
        status: 'decided',
        decision: 'scale',
        version: 4,
      });

      const history = await request(server).get(url).expect(200);
      expect(
        history.body.items.map(
          (t: { from: string; to: string }) => `${t.from}->${t.to}`,
        ),
      ).toEqual([
        'planned->running',
        'running->observing',
        'observing->decided',
      ]);
      expect(await count('devex_experiment_transitions')).toBe(3);
      expect(
        auditEvents
          .filter(e => e.eventId === 'experiment-transition')
          .map(e => e.outcome),
      ).toEqual([
        // the note-less request never reached the handler: the OpenAPI validation refused it
        'failed',
        'succeeded',
        'failed',
        'succeeded',
        'failed',
        'succeeded',
      ]);
    });

    it('updates fields with optimistic concurrency', async () => {
      const { server } = await startDevexBackend(knex);
      const { body: experiment } = await create(server).expect(201);
      const url = `/api/devex/experiments/${experiment.id}`;
      const updated = await request(server)
        .patch(url)
        .send({
          version: 1,
          design: 'Pilot with two engineers',
          entityRefs: ['component:default/hotpass'],
        });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        design: 'Pilot with two engineers',
        entityRefs: ['component:default/hotpass'],
        version: 2,
      });
      const stale = await request(server)
        .patch(url)
        .send({ version: 1, title: 'Old copy' });
      expect(stale.status).toBe(409);
      expect((await request(server).get(url)).body.title).toBe(bootstrap.title);
    });

    it('answers 403 when permissions are denied, and writes nothing', async () => {
      const allowed = await startDevexBackend(knex);
      const { body: experiment } = await create(allowed.server).expect(201);
      const { server, count } = await startDevexBackend(knex, {
        permission: AuthorizeResult.DENY,
      });
      const responses = await Promise.all([
        request(server).get('/api/devex/scorecards'),
        create(server, { ...bootstrap, key: 'EXP-2' }),
        request(server)
          .patch(`/api/devex/experiments/${experiment.id}`)
          .send({ version: 1, title: 'x' }),
        request(server)
          .post(`/api/devex/experiments/${experiment.id}/transitions`)
          .send({ to: 'running', note: 'go', version: 1 }),
        request(server)
          .post('/api/devex/measurements')
          .send({
            measurements: [
              {
                metricKey: 'dora.mttr',
                value: 3,
                measuredAt: '2026-11-20T10:00:00Z',
              },
            ],
          }),
      ]);
      expect(responses.map(r => r.status)).toEqual([403, 403, 403, 403, 403]);
      expect(await count('devex_experiments')).toBe(1);
      expect(await count('devex_experiment_transitions')).toBe(0);
      expect(await count('devex_measurements')).toBe(0);
    });

    it('lets only owners change an experiment under the conditional rule', async () => {
      const allowed = await startDevexBackend(knex, {
        entities: [bootstrapEntity],
      });
      const { body: experiment } = await create(allowed.server, {
        ...bootstrap,
        owner: 'group:default/qa',
      }).expect(201);
      const conditionalFor = (claims: string[]) =>
        ownerPermissions('experiment', claims);
      const url = `/api/devex/experiments/${experiment.id}/transitions`;

      const stranger = await startDevexBackend(knex, {
        entities: [bootstrapEntity],
        permissions: conditionalFor([
          'user:default/eve',
          'group:default/sales',
        ]),
      });
      const refused = await request(stranger.server)
        .post(url)
        .send({ to: 'running', note: 'go', version: 1 });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(
        /only its owner group and the owners of its entities may/,
      );

      // Platform Engineering owns the entity the experiment concerns, so its members may.
      const entityOwner = await startDevexBackend(knex, {
        entities: [bootstrapEntity],
        permissions: conditionalFor([
          'user:default/guest',
          'group:default/platform-eng',
        ]),
      });
      await request(entityOwner.server)
        .post(url)
        .send({ to: 'running', note: 'go', version: 1 })
        .expect(201);

      const ownerGroup = await startDevexBackend(knex, {
        entities: [bootstrapEntity],
        permissions: conditionalFor(['group:default/qa']),
      });
      await request(ownerGroup.server)
        .post(url)
        .send({ to: 'observing', note: 'watching', version: 2 })
        .expect(201);
      expect(await stranger.count('devex_experiment_transitions')).toBe(2);

      // Measurements against the experiment need the same right as changing it.
      const measurement = {
        metricKey: 'devex.onboarding_duration',
        experiment: experiment.key,
        value: 80,
        measuredAt: '2026-11-20T09:00:00Z',
      };
      const notOwner = await request(stranger.server)
        .post('/api/devex/measurements')
        .send({ measurements: [measurement] });
      expect(notOwner.status).toBe(403);
      expect(notOwner.body.error.message).toMatch(
        /Not allowed to record measurements for experiment/,
      );
      expect(await stranger.count('devex_measurements')).toBe(0);
      await request(ownerGroup.server)
        .post('/api/devex/measurements')
        .send({ measurements: [measurement] })
        .expect(201);
      expect(await stranger.count('devex_measurements')).toBe(1);
    });

    it("refuses to move an owner's experiment onto another team's entity, or to create one there beside the owner's, and writes nothing", async () => {
      const qaTool = {
        ...bootstrapEntity,
        metadata: { name: 'qa-tool', namespace: 'default' },
        spec: { owner: 'group:default/qa' },
        relations: [{ type: 'ownedBy', targetRef: 'group:default/qa' }],
      };
      const qaDocs = {
        ...qaTool,
        metadata: { name: 'qa-docs', namespace: 'default' },
      };
      const entities = [bootstrapEntity, qaTool, qaDocs];
      const admin = await startDevexBackend(knex, { entities });
      const { body: experiment } = await create(admin.server, {
        ...bootstrap,
        key: 'QA-1',
        owner: 'group:default/qa',
        entityRefs: ['component:default/qa-tool'],
      }).expect(201);
      const qa = await startDevexBackend(knex, {
        entities,
        permissions: ownerPermissions('experiment', [
          'user:default/quinn',
          'group:default/qa',
        ]),
      });
      const url = `/api/devex/experiments/${experiment.id}`;
      for (const entityRefs of [
        ['component:default/hotpass-idp-bootstrap'],
        [
          'component:default/qa-tool',
          'component:default/hotpass-idp-bootstrap',
        ],
      ]) {
        const moved = await request(qa.server)
          .patch(url)
          .send({ version: 1, entityRefs });
        expect(moved.status).toBe(403);
        expect(moved.body.error.message).toMatch(
          /may not move experiment QA-1 to component:default\/hotpass-idp-bootstrap: only the owners of an entity may add it/,
        );
      }
      expect((await request(qa.server).get(url)).body).toMatchObject({
        entityRefs: ['component:default/qa-tool'],
        version: 1,
      });
      // an entity QA owns may be added
      await request(qa.server)
        .patch(url)
        .send({
          version: 1,
          entityRefs: [
            'component:default/qa-docs',
            'component:default/qa-tool',
          ],
        })
        .expect(200);
      // nor can a new experiment reach another team's tab beside one of QA's own entities
      const beside = await create(qa.server, {
        ...bootstrap,
        key: 'QA-2',
        owner: 'group:default/qa',
        entityRefs: [
          'component:default/qa-tool',
          'component:default/hotpass-idp-bootstrap',
        ],
      });
      expect(beside.status).toBe(403);
      expect(beside.body.error.message).toMatch(
        /may not create experiments for component:default\/hotpass-idp-bootstrap: only the owners/,
      );
      expect(await qa.count('devex_experiments')).toBe(1);
    });

    it('takes the source of a measurement from the credentials, never from the body', async () => {
      const { server, count } = await startDevexBackend(knex);
      const asPerson = mockCredentials.user.header('user:default/alice');
      const survey = await request(server)
        .post('/api/devex/measurements')
        .set('Authorization', asPerson)
        .send({
          measurements: [
            {
              metricKey: 'space.satisfaction',
              value: 5,
              measuredAt: '2026-11-20T09:00:00Z',
              source: 'survey',
            },
          ],
        });
      expect(survey.status).toBe(400);
      expect(survey.body.error.message).toMatch(
        /^measurements\/0\/source is not accepted: a measurement's source comes from the caller's credentials/,
      );
      expect(await count('devex_measurements')).toBe(0);

      const point = {
        metricKey: 'space.satisfaction',
        value: 4,
        measuredAt: '2026-11-20T09:00:00Z',
      };
      await request(server)
        .post('/api/devex/measurements')
        .set('Authorization', asPerson)
        .send({ measurements: [point] })
        .expect(201);
      await request(server)
        .post('/api/devex/measurements')
        .set('Authorization', mockCredentials.service.header())
        .send({ measurements: [point] })
        .expect(201);
      expect(
        await knex('devex_measurements')
          .select('source', 'recorded_by')
          .orderBy('id'),
      ).toEqual([
        { source: 'manual', recorded_by: 'user:default/alice' },
        { source: 'api', recorded_by: 'service:external:test-service' },
      ]);
    });

    it('records measurements in bulk from a service, all or none, and scores them', async () => {
      const { server, count } = await startDevexBackend(knex);
      await create(server).expect(201);
      const service = mockCredentials.service.header({
        onBehalfOf: mockCredentials.service('plugin:four-keys-exporter'),
      } as any);
      const points = [150, 130, 110].map((value, i) => ({
        metricKey: 'devex.onboarding_duration',
        entityRef: 'component:default/hotpass-idp-bootstrap',
        experiment: 'EXP-1',
        value,
        measuredAt: `2026-11-0${i + 1}T09:00:00Z`,
      }));

      const bad = await request(server)
        .post('/api/devex/measurements')
        .set('Authorization', service)
        .send({
          measurements: [...points, { ...points[0], experiment: 'EXP-404' }],
        });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toBe(
        'measurements/3/experiment EXP-404 is not an experiment key or id',
      );
      const unknownMetric = await request(server)
        .post('/api/devex/measurements')
        .set('Authorization', service)
        .send({ measurements: [{ ...points[0], metricKey: 'vibes' }] });
      expect(unknownMetric.status).toBe(400);
      expect(await count('devex_measurements')).toBe(0);

      const ok = await request(server)
        .post('/api/devex/measurements')
        .set('Authorization', service)
        .send({ measurements: points });
      expect(ok.status).toBe(201);
      expect(ok.body).toEqual({ recorded: 3 });

      const res = await request(server)
        .get('/api/devex/scorecards')
        .query({ entityRef: 'component:default/hotpass-idp-bootstrap' })
        .expect(200);
      const [card] = res.body.scorecards;
      expect(card.experiment.key).toBe('EXP-1');
      expect(card.metrics[0]).toMatchObject({
        current: 110,
        baseline: 150,
        target: 90,
        trend: 'improving',
        status: 'at_risk',
      });
      expect(card.metrics[0].progress).toBeCloseTo(40 / 60);
      expect(card.metrics[0].series).toHaveLength(3);
      expect(card.metrics[1]).toMatchObject({
        status: 'no_data',
        current: null,
      });
      // each metric is scored, but a planned experiment is not judged before it starts
      expect(card.status).toBe('not_started');

      const csv = await request(server)
        .get('/api/devex/scorecards/export.csv')
        .expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const rows = parse(csv.text, { columns: true });
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({
        experiment: 'EXP-1',
        metric: 'devex.onboarding_duration',
        current: '110',
        metric_status: 'at_risk',
        progress: '0.667',
      });
    });

    it('answers 401 to measurements without credentials', async () => {
      const { server } = await startDevexBackend(knex);
      const res = await request(server)
        .post('/api/devex/measurements')
        .set('Authorization', mockCredentials.none.header())
        .send({
          measurements: [
            {
              metricKey: 'dora.mttr',
              value: 3,
              measuredAt: '2026-11-20T10:00:00Z',
            },
          ],
        });
      expect(res.status).toBe(401);
    });
  });
});
