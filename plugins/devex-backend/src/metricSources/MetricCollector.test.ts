import { mockServices } from '@backstage/backend-test-utils';
import { DateTime } from 'luxon';
import { applyDatabaseMigrations } from '../database/migrations';
import { createStores } from '../database/createStores';
import { readMetricDefinitions } from '../metrics/metricDefinitions';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { MetricCollector } from './MetricCollector';

jest.setTimeout(60_000);

describe('MetricCollector', () => {
  const databases = createDevexTestDatabases();

  it.each(databases.eachSupportedId())(
    'records what sources collect, once per hour, and shows a failing source as unreachable on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations({ getClient: async () => knex });
      const stores = createStores(knex);
      const collector = new MetricCollector({
        sources: [
          {
            id: 'prefect',
            collect: async ({ now }) => [
              {
                metricKey: 'pipeline.success_rate',
                entityRef: 'component:default/p',
                value: 90,
                measuredAt: now.toISOString(),
              },
            ],
          },
          {
            id: 'four-keys',
            collect: async () => {
              throw new Error('connect ECONNREFUSED 127.0.0.1:9');
            },
          },
        ],
        store: stores.measurements,
        statuses: stores.metricSourceStatus,
        metrics: readMetricDefinitions(mockServices.rootConfig()),
        permissions: mockServices.permissions(),
        logger: mockServices.logger.mock(),
        clock: () => DateTime.fromISO('2026-11-25T10:20:00Z'),
      });
      // a person recorded the same metric, scope and hour by hand: it must survive the collector
      await stores.measurements.insertMeasurements([
        {
          metricKey: 'pipeline.success_rate',
          entityRef: 'component:default/p',
          experimentId: null,
          value: 70,
          measuredAt: new Date('2026-11-25T10:00:00Z'),
          source: 'manual',
          recordedBy: 'user:default/alice',
        },
      ]);
      const first = await collector.collect();
      await collector.collect();
      expect(
        await knex('devex_measurements')
          .select('value', 'source', 'recorded_by')
          .orderBy('id'),
      ).toEqual([
        { value: 70, source: 'manual', recorded_by: 'user:default/alice' },
        { value: 90, source: 'prefect', recorded_by: 'metric-source:prefect' },
      ]);
      expect(first.map(s => [s.id, s.ok])).toEqual([
        ['prefect', true],
        ['four-keys', false],
      ]);
      expect(first[1].message).toBe(
        'Unreachable or unreadable: connect ECONNREFUSED 127.0.0.1:9',
      );
      expect(
        await stores.measurements.listScopeSeries(
          'pipeline.success_rate',
          'component:default/p',
          new Date('2026-11-01'),
        ),
      ).toEqual(
        expect.arrayContaining([
          { value: 70, measuredAt: '2026-11-25T10:00:00.000Z' },
          { value: 90, measuredAt: '2026-11-25T10:00:00.000Z' },
        ]),
      );
      const caller = {
        credentials: {
          principal: { type: 'user', userEntityRef: 'user:default/a' },
        } as any,
        userEntityRef: 'user:default/a',
      };
      expect((await collector.statuses(caller)).map(s => [s.id, s.ok])).toEqual(
        [
          ['prefect', true],
          ['four-keys', false],
        ],
      );
    },
  );
});
