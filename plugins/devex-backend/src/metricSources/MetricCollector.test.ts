import { silentAuditor } from '../__testUtils__/silentAuditor';
import { mockServices } from '@backstage/backend-test-utils';
import { DateTime } from 'luxon';
import { applyDatabaseMigrations } from '../database/migrations';
import { createStores } from '../stores';
import { readMetricDefinitions } from '../metrics/metricDefinitions';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { MetricCollector } from './MetricCollector';

jest.setTimeout(60_000);

describe('MetricCollector', () => {
  const databases = createDevexTestDatabases();

  it.each(databases.eachSupportedId())(
    'records what sources collect, once per hour, and shows a failing source as unreachable on %p',
    async databaseId => {
      const knex = await databases.migrated(databaseId);
      const stores = createStores(knex);
      const audited: any[] = [];
      const auditor = mockServices.auditor.mock({
        createEvent: async (options: any) => {
          audited.push(options);
          return { success: async () => {}, fail: async () => {} };
        },
      });
      const afterCollection = jest.fn(async () => 0);
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
        measurements: stores.measurements,
        statuses: stores.metricSourceStatus,
        metrics: readMetricDefinitions(mockServices.rootConfig()),
        permissions: mockServices.permissions(),
        auditor,
        logger: mockServices.logger.mock(),
        clock: () => DateTime.fromISO('2026-11-25T10:20:00Z'),
        afterCollection,
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
      // the scheduled run collects, then judges what it collected (the anomaly detection)
      let task: ((signal?: AbortSignal) => Promise<void>) | undefined;
      await collector.scheduleCollection({
        scheduleTask: async (t: { fn: any }) => {
          task = t.fn;
        },
      } as any);
      await task!();
      expect(afterCollection).toHaveBeenCalledTimes(1);
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
      // each run's changes are audited under the plugin's system actor
      expect(audited[0]).toMatchObject({
        eventId: 'metric-collect',
        meta: {
          actor: 'user:default/devex-scheduler',
          sources: [
            { id: 'prefect', ok: true, measurements: 1 },
            { id: 'four-keys', ok: false, measurements: 0 },
          ],
        },
      });
      expect(audited[0].request).toBeUndefined();
    },
  );

  it('times out a slow source and stops between sources when the task is aborted', async () => {
    const knex = await databases.init(databases.eachSupportedId()[0][0]);
    await applyDatabaseMigrations({ getClient: async () => knex });
    const stores = createStores(knex);
    const called: string[] = [];
    // a source that answers only when its signal aborts it
    const hanging = (id: string) => ({
      id,
      collect: async ({ signal }: { signal?: AbortSignal }) => {
        called.push(id);
        return new Promise<never>((_, reject) =>
          signal!.addEventListener('abort', () => reject(signal!.reason)),
        );
      },
    });
    const collector = new MetricCollector({
      sources: [hanging('slow'), hanging('next')],
      measurements: stores.measurements,
      statuses: stores.metricSourceStatus,
      metrics: readMetricDefinitions(mockServices.rootConfig()),
      permissions: mockServices.permissions(),
      auditor: silentAuditor(),
      logger: mockServices.logger.mock(),
      clock: () => DateTime.fromISO('2026-11-25T10:20:00Z'),
      callTimeoutMs: 50,
    });
    const timedOut = await collector.collect();
    expect(timedOut.map(s => [s.id, s.ok])).toEqual([
      ['slow', false],
      ['next', false],
    ]);
    expect(timedOut[0].message).toMatch(/timeout|aborted/i);

    called.length = 0;
    const task = new AbortController();
    const run = collector.collect(task.signal);
    task.abort(new Error('the task lock is about to lapse'));
    await expect(run).rejects.toThrow('the task lock is about to lapse');
    expect(called).toEqual(['slow']);
  });
});
