import {
  Measurement,
  MeasurementSource,
  ScorecardPoint,
} from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { toIsoTimestamp } from '../database/timestamps';

const MEASUREMENTS = 'devex_measurements';

/** A measurement as it is written: when it was measured, and who or what recorded it. */
export type MeasurementWrite = Omit<Measurement, 'measuredAt'> & {
  measuredAt: Date;
  source: MeasurementSource;
  /** A user's ref, `service:<subject>`, or `metric-source:<id>`; from credentials, never a body. */
  recordedBy: string;
};

/** Persistence of measurements: the series behind scorecards and success measures. */
export class MeasurementStore {
  constructor(private readonly knex: Knex) {}

  /** Every experiment's measurements, oldest first, grouped by experiment then metric: one query. */
  async listExperimentSeries(
    experimentIds: string[],
  ): Promise<Map<string, Map<string, ScorecardPoint[]>>> {
    const series = new Map<string, Map<string, ScorecardPoint[]>>();
    if (!experimentIds.length) return series;
    const rows = await this.knex(MEASUREMENTS)
      .select('experiment_id', 'metric_key', 'value', 'measured_at')
      .whereIn('experiment_id', experimentIds)
      .orderBy([
        { column: 'experiment_id' },
        { column: 'metric_key' },
        { column: 'measured_at' },
      ]);
    for (const r of rows) {
      let byMetric = series.get(r.experiment_id);
      if (!byMetric) series.set(r.experiment_id, (byMetric = new Map()));
      let points = byMetric.get(r.metric_key);
      if (!points) byMetric.set(r.metric_key, (points = []));
      points.push({
        value: Number(r.value),
        measuredAt: toIsoTimestamp(r.measured_at),
      });
    }
    return series;
  }

  /**
   * A metric's measurements outside experiments since `from`, per scope (an entity or group
   * ref, or null for the portal), oldest first: every series the anomaly detector judges.
   */
  async listUnattachedSeries(
    metricKey: string,
    from: Date,
  ): Promise<Map<string | null, ScorecardPoint[]>> {
    const rows = await this.knex(MEASUREMENTS)
      .select('entity_ref', 'value', 'measured_at')
      .where('metric_key', metricKey)
      .whereNull('experiment_id')
      .andWhere('measured_at', '>=', from)
      .orderBy([{ column: 'entity_ref' }, { column: 'measured_at' }]);
    const series = new Map<string | null, ScorecardPoint[]>();
    for (const r of rows) {
      const scope = r.entity_ref ?? null;
      let points = series.get(scope);
      if (!points) series.set(scope, (points = []));
      points.push({
        value: Number(r.value),
        measuredAt: toIsoTimestamp(r.measured_at),
      });
    }
    return series;
  }

  /** A metric's measurements for one scope (an entity or group ref, or null for the portal) since `from`. */
  async listScopeSeries(
    metricKey: string,
    entityRef: string | null,
    from: Date,
    sources?: MeasurementSource[],
  ): Promise<ScorecardPoint[]> {
    const query = this.knex(MEASUREMENTS)
      .select('value', 'measured_at')
      .where('metric_key', metricKey)
      // an experiment's values score the experiment, never the portal's or an entity's measure
      .whereNull('experiment_id')
      .andWhere('measured_at', '>=', from)
      .orderBy('measured_at');
    if (sources) query.whereIn('source', sources);
    if (entityRef) query.andWhere('entity_ref', entityRef);
    else query.whereNull('entity_ref');
    return (await query).map((r: any) => ({
      value: Number(r.value),
      measuredAt: toIsoTimestamp(r.measured_at),
    }));
  }

  /** Replaces the measurement of a metric, scope and time (e.g. a survey campaign's score) with this one. */
  /**
   * Replaces the measurement that the same recorder made of a metric, scope and time (a source's
   * hourly value, a survey campaign's score); what anyone else recorded there stays.
   */
  async replaceMeasurement(m: MeasurementWrite): Promise<void> {
    await this.knex.transaction(async tx => {
      const scope = tx(MEASUREMENTS).where({
        metric_key: m.metricKey,
        measured_at: m.measuredAt,
        source: m.source,
        recorded_by: m.recordedBy,
      });
      if (m.entityRef) scope.andWhere('entity_ref', m.entityRef);
      else scope.whereNull('entity_ref');
      await scope.delete();
      await tx(MEASUREMENTS).insert({
        metric_key: m.metricKey,
        entity_ref: m.entityRef,
        experiment_id: m.experimentId,
        value: m.value,
        measured_at: m.measuredAt,
        source: m.source,
        recorded_by: m.recordedBy,
      });
    });
  }

  /** Records measurements in one transaction: all of them or none. */
  async insertMeasurements(
    measurements: Array<MeasurementWrite>,
  ): Promise<number> {
    if (!measurements.length) return 0;
    await this.knex.transaction(async tx => {
      await tx.batchInsert(
        MEASUREMENTS,
        measurements.map(m => ({
          metric_key: m.metricKey,
          entity_ref: m.entityRef,
          experiment_id: m.experimentId,
          value: m.value,
          measured_at: m.measuredAt,
          source: m.source,
          recorded_by: m.recordedBy,
        })) as any[],
        500,
      );
    });
    return measurements.length;
  }

  /**
   * Deletes measurements outside experiments from these sources measured before `before`, at most
   * `batchSize` a statement; how many. Experiments' series stay with their experiment.
   */
  async deleteCollectedBefore(
    before: Date,
    sources: MeasurementSource[],
    batchSize: number,
  ): Promise<number> {
    let deleted = 0;
    for (;;) {
      const ids = (
        await this.knex(MEASUREMENTS)
          .select('id')
          .whereNull('experiment_id')
          .whereIn('source', sources)
          .andWhere('measured_at', '<', before)
          .limit(batchSize)
      ).map((r: any) => r.id);
      if (!ids.length) return deleted;
      deleted += await this.knex(MEASUREMENTS).whereIn('id', ids).delete();
    }
  }
}
