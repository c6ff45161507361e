import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';

jest.setTimeout(120_000);

describe('request bodies', () => {
  const databases = createDevexTestDatabases();

  it.each(databases.eachSupportedId())(
    "take the spec's 5,000 measurements in one request, and refuse a body past the limit with a 4xx that says so, on %p",
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { server, count } = await startDevexBackend(knex);
      const service = mockCredentials.service.header();
      const measurements = Array.from({ length: 5000 }, (_, i) => ({
        metricKey: 'devex.onboarding_duration',
        entityRef: 'component:default/hotpass-idp-bootstrap',
        value: 100 + (i % 50),
        measuredAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      }));
      const ok = await request(server)
        .post('/api/devex/measurements')
        .set('Authorization', service)
        .send({ measurements });
      expect(ok.status).toBe(201);
      expect(await count('devex_measurements')).toBe(5000);

      const tooMany = await request(server)
        .post('/api/devex/measurements')
        .set('Authorization', service)
        .send({ measurements: [...measurements, measurements[0]] });
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.error.message).toMatch(
        /request\/body\/measurements must NOT have more than 5000 items/,
      );

      const huge = await request(server)
        .post('/api/devex/measurements')
        .set('Authorization', service)
        .set('Content-Type', 'application/json')
        .send(
          JSON.stringify({
            measurements,
            padding: 'x'.repeat(11 * 1024 * 1024),
          }),
        );
      // the validated router turns the parser's 413 into a 400 naming the cause
      expect(huge.status).toBe(400);
      expect(huge.body.error.message).toMatch(/request entity too large/);
      expect(await count('devex_measurements')).toBe(5000);
    },
  );
});
