import { mockServices } from '@backstage/backend-test-utils';
import { DateTime } from 'luxon';
import { MeasurementStore } from '../measurements/MeasurementStore';
import { DEFAULT_METRIC_DEFINITIONS } from '../metrics/metricDefinitions';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { silentAuditor } from '../__testUtils__/silentAuditor';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { AnomalyService, explainAnomaly } from './AnomalyService';
import { AnomalyStore } from './AnomalyStore';

jest.setTimeout(60_000);

const metrics = new Map(DEFAULT_METRIC_DEFINITIONS.map(m => [m.key, m]));
const now = DateTime.fromISO('2026-12-04T10:00:00Z');

describe('explainAnomaly', () => {
  it('says what a person needs: the value, how far, which way, and the baseline', () => {
    expect(
      explainAnomaly(
        {
          kind: 'level',
          value: 31,
          baseline: 14,
          deviations: 3.42,
          baselineWeeks: 8,
        },
        metrics.get('devex.qa_loop_duration')!,
      ),
    ).toBe(
      'QA feedback loop median 31 min this week, 3.4 MADs above its 8-week baseline of 14 min',
    );
  });
});

describe('anomaly detection', () => {
  const databases = createDevexTestDatabases();

  it.each(databases.eachSupportedId())(
    'records each anomalous series once per week across replicas, and a dismissal stays (%p)',
    async databaseId => {
      const knex = await databases.migrated(databaseId);
      const measurements = new MeasurementStore(knex);
      const day = (d: number) => now.minus({ days: d, hours: 1 }).toJSDate();
      const rows = [];
      for (let d = 62; d >= 0; d--) {
        // the QA loop of one service doubles in the last week; the portal's stays
        rows.push({
          metricKey: 'devex.qa_loop_duration',
          entityRef: 'component:default/hotpass',
          experimentId: null,
          value: d < 7 ? 31 + (d % 3) : 14 + (d % 5) - 2,
          measuredAt: day(d),
          source: 'api' as const,
          recordedBy: 'service:ci',
        });
        rows.push({
          metricKey: 'devex.qa_loop_duration',
          entityRef: null,
          experimentId: null,
          value: 20 + (d % 4),
          measuredAt: day(d),
          source: 'api' as const,
          recordedBy: 'service:ci',
        });
      }
      await measurements.insertMeasurements(rows);
      const store = new AnomalyStore(knex);
      const replica = () =>
        new AnomalyService({
          store: new AnomalyStore(knex),
          measurements,
          metrics,
          permissions: mockServices.permissions(),
          entities: {} as EntityCatalog,
          auditor: silentAuditor(),
          logger: mockServices.logger.mock(),
          clock: () => now,
        });
      const found = await Promise.all([replica().detect(), replica().detect()]);
      expect(found.reduce((a, b) => a + b)).toBe(1);
      const [anomaly] = await store.listOpen(
        now.minus({ days: 14 }).toJSDate(),
      );
      expect(anomaly).toMatchObject({
        metricKey: 'devex.qa_loop_duration',
        entityRef: 'component:default/hotpass',
        kind: 'level',
        baselineWeeks: 8,
      });
      expect(anomaly.value).toBeGreaterThanOrEqual(31);
      expect(
        await store.decide(
          anomaly.id,
          {
            status: 'dismissed',
            note: 'Release week',
            decidedBy: 'user:default/guest',
          },
          now.toJSDate(),
        ),
      ).toBe(true);
      // a later run the same week finds it again and leaves the decision as it was
      expect(await replica().detect()).toBe(0);
      expect(await store.listOpen(now.minus({ days: 14 }).toJSDate())).toEqual(
        [],
      );
      expect((await store.get(anomaly.id))!.status).toBe('dismissed');
    },
  );
});
