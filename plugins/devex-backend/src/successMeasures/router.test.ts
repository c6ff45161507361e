import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import request from 'supertest';
import { ownerPermissions } from '../__testUtils__/ownerPermissions';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import {
  startDevexBackend,
  TEST_NOW,
} from '../__testUtils__/startDevexBackend';

jest.setTimeout(60_000);

describe('success measure routes', () => {
  const databases = createDevexTestDatabases();

  it.each(databases.eachSupportedId())(
    'counts only the survey for SPACE satisfaction: a value recorded by hand or through the API does not move it, on %p',
    async databaseId => {
      const knex: Knex = await databases.init(databaseId);
      const { server } = await startDevexBackend(knex);
      const space = async () =>
        (
          await request(server).get('/api/devex/success-measures').expect(200)
        ).body.measures.find((m: any) => m.measure.id === 'space-satisfaction');
      expect((await space()).measure.sources).toEqual(['survey']);
      await request(server)
        .post('/api/devex/measurements')
        .send({
          measurements: [
            {
              metricKey: 'space.satisfaction',
              value: 5,
              measuredAt: DateTime.fromISO(TEST_NOW).minus({ days: 1 }).toISO(),
            },
          ],
        })
        .expect(201);
      expect(await space()).toMatchObject({ value: null, status: 'no_data' });
    },
  );

  it.each(databases.eachSupportedId())(
    "refuses the forgery of a portal-wide measure through an experiment: an entity owner's experiment values score only the experiment, and only on its own entities, on %p",
    async databaseId => {
      const knex: Knex = await databases.init(databaseId);
      const owned = (name: string, owner: string) => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name, namespace: 'default' },
        spec: { owner },
        relations: [{ type: 'ownedBy', targetRef: owner }],
      });
      // as the shipped policy decides for a member of QA: reads allowed, experiments for owners
      const { server, count } = await startDevexBackend(knex, {
        entities: [
          owned('qa-tool', 'group:default/qa'),
          owned('hotpass', 'group:default/platform-eng'),
        ],
        permissions: ownerPermissions('experiment', [
          'user:default/quinn',
          'group:default/qa',
        ]),
      });
      const onboarding = async () =>
        (
          await request(server).get('/api/devex/success-measures').expect(200)
        ).body.measures.find(
          (m: any) => m.measure.id === 'onboarding-duration',
        );
      const before = await onboarding();
      expect(before).toMatchObject({ status: 'no_data' });
      await request(server)
        .post('/api/devex/experiments')
        .send({
          key: 'QA-1',
          title: 'Faster onboarding, surely',
          hypothesis: 'One minute is enough.',
          owner: 'group:default/qa',
          entityRefs: ['component:default/qa-tool'],
        })
        .expect(201);
      const forged = {
        metricKey: 'devex.onboarding_duration',
        experiment: 'QA-1',
        value: 1,
        measuredAt: DateTime.fromISO(TEST_NOW).minus({ days: 1 }).toISO(),
      };
      // portal-wide (no entity): recorded as the experiment's, and the portal's measure is as before
      await request(server)
        .post('/api/devex/measurements')
        .send({ measurements: [{ ...forged, entityRef: null }] })
        .expect(201);
      expect(await onboarding()).toEqual(before);
      // another team's entity: refused, nothing written
      const refused = await request(server)
        .post('/api/devex/measurements')
        .send({
          measurements: [
            { ...forged, entityRef: 'component:default/qa-tool' },
            { ...forged, entityRef: 'component:default/hotpass' },
          ],
        });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(
        /measurements\/1\/entityRef component:default\/hotpass is not an entity of experiment QA-1/,
      );
      expect(await count('devex_measurements')).toBe(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'computes the four default measures from portal measurements and the sync ratio on %p',
    async databaseId => {
      const knex: Knex = await databases.init(databaseId);
      const { server } = await startDevexBackend(knex);
      const day = (n: number) =>
        DateTime.fromISO(TEST_NOW).minus({ days: n }).toISO();
      await request(server)
        .post('/api/devex/measurements')
        .send({
          measurements: [
            {
              metricKey: 'devex.onboarding_duration',
              value: 150,
              measuredAt: day(40),
            },
            {
              metricKey: 'devex.onboarding_duration',
              value: 85,
              measuredAt: day(2),
            },
            // an entity's value is not the portal's
            {
              metricKey: 'devex.onboarding_duration',
              entityRef: 'component:default/hotpass',
              value: 300,
              measuredAt: day(1),
            },
          ],
        })
        .expect(201);
      await request(server)
        .post('/api/devex/remediation-items')
        .send({
          items: [
            {
              id: 'POPIA-001',
              framework: 'POPIA',
              title: 'Consent',
              riskLevel: 'high',
              owner: 'group:default/compliance',
              entityRef: 'component:default/c',
            },
          ],
        })
        .expect(200);

      const { measures } = (
        await request(server).get('/api/devex/success-measures').expect(200)
      ).body;
      const byId = Object.fromEntries(
        measures.map((m: any) => [m.measure.id, m]),
      );
      expect(Object.keys(byId)).toEqual([
        'onboarding-duration',
        'qa-feedback-loop',
        'space-satisfaction',
        'evidence-sync',
      ]);
      // the shipped measures have targets only: no organisation's baseline (no progress) or deadline
      expect(byId['onboarding-duration']).toMatchObject({
        value: 85,
        status: 'met',
        deadline: null,
        progress: null,
      });
      expect(byId['qa-feedback-loop']).toMatchObject({
        value: null,
        status: 'no_data',
      });
      expect(byId['evidence-sync']).toMatchObject({
        value: 0,
        status: 'at_risk',
      });
      expect(byId['space-satisfaction'].deadline).toBe('2026-12-31');

      const denied = await startDevexBackend(knex, {
        permission: AuthorizeResult.DENY,
      });
      expect(
        (await request(denied.server).get('/api/devex/success-measures'))
          .status,
      ).toBe(403);
    },
  );
});
