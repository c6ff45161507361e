import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import request from 'supertest';
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
