import { MetricDefinition } from '@devex-governance/backstage-plugin-devex-common';
import {
  computeMetricScorecard,
  leastSquaresSlope,
  meetsTarget,
  experimentHealth,
  overallScorecardStatus,
  SCORECARD_SERIES_POINTS,
} from './scorecard';

const onboarding: MetricDefinition = {
  key: 'devex.onboarding_duration',
  name: 'Onboarding duration',
  family: 'DevEx',
  unit: 'min',
  lowerIsBetter: true,
};
const satisfaction: MetricDefinition = {
  key: 'space.satisfaction',
  name: 'SPACE satisfaction',
  family: 'SPACE',
  unit: 'score',
  lowerIsBetter: false,
};

const series = (...values: number[]) =>
  values.map((value, i) => ({
    value,
    measuredAt: new Date(Date.UTC(2026, 10, 1 + i * 7)).toISOString(),
  }));

describe('computeMetricScorecard', () => {
  it('measures progress of a lower-is-better metric from baseline down to target', () => {
    const row = computeMetricScorecard({
      metric: onboarding,
      baseline: 150,
      target: 90,
      comparator: 'lte',
      series: series(150, 130, 105),
    });
    expect(row.current).toBe(105);
    expect(row.progress).toBeCloseTo(0.75);
    expect(row.targetMet).toBe(false);
    expect(row.status).toBe('on_track');
    expect(row.trend).toBe('improving');
  });

  it('carries the latest measurements for its sparkline and counts them all', () => {
    const values = Array.from({ length: 40 }, (_, i) => 150 - i);
    const row = computeMetricScorecard({
      metric: onboarding,
      baseline: 150,
      target: 90,
      comparator: 'lte',
      series: series(...values),
    });
    expect(row.measurements).toBe(40);
    expect(row.series).toEqual(
      series(...values).slice(-SCORECARD_SERIES_POINTS),
    );
    expect(row.series).toHaveLength(26);
    expect(row.current).toBe(111);
  });

  it('measures progress of a higher-is-better metric', () => {
    const row = computeMetricScorecard({
      metric: satisfaction,
      baseline: 3.6,
      target: 4,
      comparator: 'gte',
      series: series(3.6, 3.7, 3.75),
    });
    expect(row.progress).toBeCloseTo(0.375);
    expect(row.status).toBe('at_risk');
    expect(row.trend).toBe('improving');
  });

  it('is off track when progress is small and the trend is not improving', () => {
    const row = computeMetricScorecard({
      metric: onboarding,
      baseline: 150,
      target: 90,
      comparator: 'lte',
      series: series(140, 145, 148),
    });
    expect(row.progress).toBeCloseTo(0.033, 2);
    expect(row.trend).toBe('worsening');
    expect(row.status).toBe('off_track');
  });

  it('counts a met target as full progress and on track, even past the target', () => {
    const row = computeMetricScorecard({
      metric: onboarding,
      baseline: 150,
      target: 90,
      comparator: 'lte',
      series: series(120, 80),
    });
    expect(row.targetMet).toBe(true);
    expect(row.progress).toBe(1);
    expect(row.status).toBe('on_track');
  });

  it('handles a target already met at the baseline', () => {
    const row = computeMetricScorecard({
      metric: satisfaction,
      baseline: 4.2,
      target: 4,
      comparator: 'gte',
      series: series(4.3),
    });
    expect(row.progress).toBe(1);
    expect(row.status).toBe('on_track');
  });

  it('has no progress without a baseline, and judges by target and trend', () => {
    const improving = computeMetricScorecard({
      metric: onboarding,
      baseline: null,
      target: 90,
      comparator: 'lte',
      series: series(130, 110, 100),
    });
    expect(improving.progress).toBeNull();
    expect(improving.status).toBe('at_risk');
    const stuck = computeMetricScorecard({
      metric: onboarding,
      baseline: null,
      target: 90,
      comparator: 'lte',
      series: series(130, 130, 130),
    });
    expect(stuck.trend).toBe('flat');
    expect(stuck.status).toBe('off_track');
    const met = computeMetricScorecard({
      metric: onboarding,
      baseline: null,
      target: 90,
      comparator: 'lte',
      series: series(85),
    });
    expect(met.status).toBe('on_track');
  });

  it('says no data when there are no measurements', () => {
    const row = computeMetricScorecard({
      metric: onboarding,
      baseline: 150,
      target: 90,
      comparator: 'lte',
      series: [],
    });
    expect(row).toMatchObject({
      current: null,
      progress: null,
      status: 'no_data',
      trend: 'unknown',
    });
  });

  it('honours configured thresholds', () => {
    const row = computeMetricScorecard({
      metric: onboarding,
      baseline: 150,
      target: 90,
      comparator: 'lte',
      series: series(150, 105),
      thresholds: { onTrack: 0.9, atRisk: 0.5, trendWindow: 10 },
    });
    expect(row.status).toBe('at_risk');
  });
});

describe('helpers', () => {
  it('compares with each comparator', () => {
    expect([
      meetsTarget(90, 90, 'lte'),
      meetsTarget(90, 90, 'lt'),
      meetsTarget(4, 4, 'gte'),
      meetsTarget(4, 4, 'gt'),
    ]).toEqual([true, false, true, false]);
  });
  it('fits a least-squares slope', () => {
    const slope = leastSquaresSlope(series(10, 20, 30))!;
    expect(slope * 7 * 24 * 3600 * 1000).toBeCloseTo(10);
    expect(leastSquaresSlope(series(10))).toBeNull();
  });
  it('takes the worst status of the metrics with data', () => {
    expect(overallScorecardStatus(['on_track', 'no_data', 'at_risk'])).toBe(
      'at_risk',
    );
    expect(overallScorecardStatus(['no_data'])).toBe('no_data');
    expect(overallScorecardStatus(['on_track', 'off_track'])).toBe('off_track');
  });
  it('does not judge a proposed or planned experiment by its baseline: not started, whatever its metrics say', () => {
    expect(experimentHealth('planned', ['off_track'])).toBe('not_started');
    expect(experimentHealth('proposed', ['at_risk'])).toBe('not_started');
    expect(experimentHealth('running', ['off_track', 'on_track'])).toBe(
      'off_track',
    );
    expect(experimentHealth('observing', ['at_risk'])).toBe('at_risk');
  });
});
