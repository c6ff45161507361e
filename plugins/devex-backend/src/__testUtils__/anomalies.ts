import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { AnomalyStore } from '../anomalies/AnomalyStore';

/**
 * An open anomaly of a series, as the detection would have recorded it (the QA loop at 31 min
 * against a baseline of 14 by default); its id.
 */
export async function recordAnomaly(
  knex: Knex,
  series: { entityRef: string | null; week: string; metricKey?: string },
): Promise<string> {
  const id = randomUUID();
  await new AnomalyStore(knex).record(
    {
      id,
      metricKey: series.metricKey ?? 'devex.qa_loop_duration',
      entityRef: series.entityRef,
      week: series.week,
      finding: {
        kind: 'level',
        value: 31,
        baseline: 14,
        spread: 5,
        deviations: 3.4,
        baselineWeeks: 8,
        from: '2026-11-18T00:00:00.000Z',
        to: '2026-11-30T00:00:00.000Z',
      },
    },
    new Date('2026-11-30T00:00:00.000Z'),
  );
  return id;
}
