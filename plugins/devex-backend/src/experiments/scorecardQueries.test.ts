import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import request from 'supertest';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import { MeasurementStore } from '../measurements/MeasurementStore';
import { ExperimentStore } from './ExperimentStore';

jest.setTimeout(180_000);

const metricKeys = [
  'devex.onboarding_duration',
  'devex.qa_loop_duration',
  'space.satisfaction',
  'dora.lead_time',
  'dora.mttr',
];

/** Creates `experiments` experiments on one entity, each with 5 metrics and `days` daily measurements. */
async function seed(knex: Knex, experiments: number, days: number) {
  const store = new ExperimentStore(knex);
  const start = Date.UTC(2025, 10, 1);
  for (let e = 0; e < experiments; e++) {
    const experiment = await store.create({
      id: randomUUID(),
      key: `EXP-${String(e).padStart(3, '0')}`,
      title: `Experiment ${e}`,
      hypothesis: 'h',
      design: '',
      owner: 'group:default/platform-eng',
      entityRefs: ['component:default/hotpass'],
      kickoffDate: null,
      pilotDate: null,
      endDate: null,
      vehicle: null,
      links: [],
      metrics: metricKeys.map(metricKey => ({
        metricKey,
        baseline: 100,
        target: 50,
        comparator: 'lte' as const,
      })),
      status: 'running',
      createdBy: 'user:default/guest',
      now: new Date(start),
    });
    await new MeasurementStore(knex).insertMeasurements(
      metricKeys.flatMap(metricKey =>
        Array.from({ length: days }, (_, d) => ({
          metricKey,
          entityRef: 'component:default/hotpass',
          experimentId: experiment.id,
          value: 100 - d / 10,
          measuredAt: new Date(start + d * 86_400_000),
          source: 'api' as const,
          recordedBy: 'service:ci',
        })),
      ),
    );
  }
}

async function countQueriesOf(knex: Knex, run: () => Promise<unknown>) {
  let queries = 0;
  const listener = () => {
    queries++;
  };
  knex.on('query', listener);
  try {
    await run();
  } finally {
    knex.off('query', listener);
  }
  return queries;
}

describe("an entity's scorecards", () => {
  const databases = createDevexTestDatabases();

  it.each(databases.eachSupportedId())(
    'arrive in the same few queries for 1 experiment and for 20 x 5 metrics x 365 measurements on %p',
    async databaseId => {
      const small = await databases.init(databaseId);
      const large = await databases.init(databaseId);
      const smallBackend = await startDevexBackend(small);
      const largeBackend = await startDevexBackend(large);
      await seed(small, 1, 3);
      await seed(large, 20, 365);

      const fetch = (server: any) =>
        request(server)
          .get('/api/devex/scorecards')
          .query({ entityRef: 'component:default/hotpass', limit: 100 })
          .expect(200);

      let largeBody: any;
      const smallQueries = await countQueriesOf(small, () =>
        fetch(smallBackend.server),
      );
      const largeQueries = await countQueriesOf(large, async () => {
        largeBody = (await fetch(largeBackend.server)).body;
      });

      expect(largeBody.scorecards).toHaveLength(20);
      expect(largeBody.scorecards[0].metrics).toHaveLength(5);
      // every measurement read and counted; the latest carried for the sparkline
      expect(largeBody.scorecards[19].metrics[4].measurements).toBe(365);
      expect(largeBody.scorecards[19].metrics[4].series).toHaveLength(26);
      // the stamp of the last write (read before a view is computed), the entity's experiment
      // ids, the experiments, their entities, metrics, history, measurements
      expect(largeQueries).toBe(7);
      expect(smallQueries).toBe(largeQueries);
    },
  );
});
