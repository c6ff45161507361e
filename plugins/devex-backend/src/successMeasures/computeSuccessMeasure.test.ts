import { SuccessMeasure } from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import {
  aggregate,
  boundsOfUnit,
  computeSuccessMeasure,
} from './computeSuccessMeasure';

const now = DateTime.fromISO('2026-11-25T10:00:00Z', { zone: 'utc' });
const onboarding: SuccessMeasure = {
  id: 'onboarding',
  title: 'Onboarding',
  metric: 'devex.onboarding_duration',
  unit: 'min',
  aggregation: 'latest',
  windowDays: 90,
  comparator: 'lte',
  target: 90,
  baseline: 150,
  deadline: '2026-12-31',
  recurrence: null,
  scope: { type: 'portal' },
};
const weekly = (...values: number[]) =>
  values.map((value, i) => ({
    value,
    measuredAt: now.minus({ weeks: values.length - 1 - i }).toISO()!,
  }));

describe('computeSuccessMeasure', () => {
  it('is on track when the trend of a lower-is-better measure reaches the target by the deadline', () => {
    const r = computeSuccessMeasure({
      measure: onboarding,
      series: weekly(150, 140, 128, 118, 106),
      now,
    });
    expect(r.value).toBe(106);
    expect(r.progress).toBeCloseTo(44 / 60);
    expect(r.daysToDeadline).toBe(37);
    expect(r.projectedAtDeadline!).toBeLessThan(90);
    expect(r.status).toBe('on_track');
  });

  it("never projects past what the measure's unit allows: no negative minutes, no share above 100%, no score above the scale", () => {
    // a steep fall projected far ahead would reach -30 min
    const steep = computeSuccessMeasure({
      measure: { ...onboarding, deadline: '2027-06-30' },
      series: weekly(150, 120, 95),
      now,
    });
    expect(steep.projectedAtDeadline).toBe(0);
    const share = computeSuccessMeasure({
      measure: {
        ...onboarding,
        unit: '%',
        comparator: 'gte',
        target: 0.8,
        baseline: 0.2,
        deadline: '2027-06-30',
      },
      series: weekly(0.5, 0.7, 0.9),
      now,
    });
    expect(share.projectedAtDeadline).toBe(1);
    expect(boundsOfUnit('/5')).toEqual({ min: 1, max: 5 });
    expect(boundsOfUnit('min')).toEqual({ min: 0, max: Infinity });
  });

  it('is at risk when the trend does not get there, or there is no trend', () => {
    expect(
      computeSuccessMeasure({
        measure: onboarding,
        series: weekly(150, 148, 147),
        now,
      }).status,
    ).toBe('at_risk');
    expect(
      computeSuccessMeasure({ measure: onboarding, series: weekly(120), now })
        .status,
    ).toBe('at_risk');
  });

  it('is met as soon as the target is reached, and says no data without values', () => {
    expect(
      computeSuccessMeasure({
        measure: onboarding,
        series: weekly(100, 85),
        now,
      }),
    ).toMatchObject({ status: 'met', progress: 1 });
    expect(
      computeSuccessMeasure({ measure: onboarding, series: [], now }),
    ).toMatchObject({ status: 'no_data', value: null });
  });

  it('is met or missed, never on track, once the deadline has passed', () => {
    const late = DateTime.fromISO('2027-01-05T10:00:00Z', { zone: 'utc' });
    const improving = weekly(150, 120, 100).map(p => ({
      ...p,
      measuredAt: DateTime.fromISO(p.measuredAt).plus({ days: 41 }).toISO()!,
    }));
    expect(
      computeSuccessMeasure({
        measure: onboarding,
        series: improving,
        now: late,
      }).status,
    ).toBe('missed');
    expect(
      computeSuccessMeasure({
        measure: onboarding,
        series: [{ value: 80, measuredAt: late.toISO()! }],
        now: late,
      }).status,
    ).toBe('met');
  });

  it('judges a higher-is-better quarterly measure per quarter', () => {
    const space: SuccessMeasure = {
      ...onboarding,
      id: 'space',
      metric: 'space.satisfaction',
      comparator: 'gte',
      target: 4,
      baseline: 3.6,
      deadline: null,
      recurrence: 'quarterly',
      aggregation: 'mean',
    };
    const r = computeSuccessMeasure({
      measure: space,
      series: weekly(3.7, 3.9, 4.1, 4.3),
      now,
    });
    expect(r.value).toBeCloseTo(4.0);
    expect(r.status).toBe('met');
    expect(r.deadline).toBe('2026-12-31');
  });

  it('aggregates latest, mean, median and p90', () => {
    expect([
      aggregate([3, 1, 2], 'latest'),
      aggregate([1, 2, 3, 10], 'mean'),
      aggregate([5, 1, 3], 'median'),
      aggregate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'p90'),
    ]).toEqual([2, 4, 3, 9.1]);
    expect(aggregate([], 'mean')).toBeNull();
  });
});
