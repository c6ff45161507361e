import { DateTime } from 'luxon';
import { detectAnomaly } from './detectAnomaly';

const now = DateTime.fromISO('2026-12-04T10:00:00Z');
/** Daily values, oldest first, the last one measured an hour before now. */
const daily = (values: number[]) =>
  values.map((value, i) => ({
    value,
    measuredAt: now.minus({ days: values.length - 1 - i, hours: 1 }).toISO()!,
  }));
const baseline = Array.from({ length: 56 }, (_, i) => 14 + ((i * 7) % 5) - 2);

describe('detectAnomaly', () => {
  it("finds a week whose median lies beyond the baseline's spread the bad way", () => {
    const finding = detectAnomaly(
      daily([...baseline, 31, 30, 33, 29, 31, 32, 31]),
      {
        lowerIsBetter: true,
        now,
      },
    );
    expect(finding).toMatchObject({ kind: 'level', value: 31, baseline: 14 });
    expect(finding!.deviations).toBeGreaterThan(3.5);
    expect(finding!.baselineWeeks).toBe(8);
  });

  it('leaves alone a move the good way, and a series too short to judge', () => {
    const better = daily([...baseline, 5, 6, 5, 4, 5, 6, 5]);
    expect(detectAnomaly(better, { lowerIsBetter: true, now })).toBeNull();
    expect(
      detectAnomaly(daily([14, 15, 13, 40, 41, 42]), {
        lowerIsBetter: true,
        now,
      }),
    ).toBeNull();
  });

  it('is not moved by a few outliers in the baseline', () => {
    const withOutliers = [...baseline];
    withOutliers[3] = 90;
    withOutliers[20] = 0;
    const normalWeek = daily([...withOutliers, 14, 13, 15, 14, 12, 16, 14]);
    expect(detectAnomaly(normalWeek, { lowerIsBetter: true, now })).toBeNull();
  });

  it('finds a spike on the latest day that the week median does not show', () => {
    const finding = detectAnomaly(
      daily([...baseline, 14, 13, 15, 14, 12, 16, 2]),
      { lowerIsBetter: false, now },
    );
    expect(finding).toMatchObject({ kind: 'spike', value: 2 });
    expect(finding!.deviations).toBeLessThan(-6);
  });
});
