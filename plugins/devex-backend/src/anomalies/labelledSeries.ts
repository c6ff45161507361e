import { ScorecardPoint } from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';

/** A generated series with what it is by construction: anomalous or normal, and why. */
export interface LabelledSeries {
  kind: string;
  anomalous: boolean;
  lowerIsBetter: boolean;
  series: ScorecardPoint[];
}

/** A small seeded generator (mulberry32), so the set is the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The labelled set the detector is measured on: `perKind` series of each kind, nine weeks of
 * daily values (weekly for the `weekly-*` kinds) ending at `now`, with Gaussian noise and 2% of
 * the baseline's points as outliers. Normal kinds: noise alone, heavy-tailed noise, weekly seasonality, a gentle
 * drift, a shift in the good direction, and too short a history to judge. Anomalous kinds: a
 * level shift, a spike on the latest day, a steep ramp over the last three weeks, a weekly
 * series' jump; each moves the bad way for its metric.
 */
export function labelledSeries(
  now: DateTime,
  perKind = 50,
  seed = 20261204,
): LabelledSeries[] {
  const rand = random(seed);
  const gauss = () => {
    const u = 1 - rand();
    const v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const between = (lo: number, hi: number) => lo + (hi - lo) * rand();

  type Shape = (day: number, days: number, sigma: number) => number;
  const kinds: Array<{
    kind: string;
    anomalous: boolean;
    weekly?: boolean;
    heavy?: boolean;
    days?: number;
    shape: Shape;
  }> = [
    { kind: 'noise', anomalous: false, shape: () => 0 },
    // Student's t with 3 degrees of freedom: normal, but now and then a day far off
    { kind: 'heavy-tails', anomalous: false, heavy: true, shape: () => 0 },
    {
      kind: 'seasonal',
      anomalous: false,
      shape: (d, _n, s) => (d % 7 >= 5 ? 1.5 * s : 0),
    },
    {
      kind: 'gentle-drift',
      anomalous: false,
      shape: (d, n, s) => (1.5 * s * d) / n,
    },
    {
      kind: 'good-shift',
      anomalous: false,
      shape: (d, n, s) => (d >= n - 7 ? -5 * s : 0),
    },
    { kind: 'short-history', anomalous: false, days: 21, shape: () => 0 },
    { kind: 'weekly-noise', anomalous: false, weekly: true, shape: () => 0 },
    {
      kind: 'level-shift',
      anomalous: true,
      shape: (d, n, s) => (d >= n - 7 ? between(4.5, 8) * s : 0),
    },
    {
      kind: 'spike',
      anomalous: true,
      shape: (d, n, s) => (d === n - 1 ? between(9, 14) * s : 0),
    },
    {
      kind: 'steep-ramp',
      anomalous: true,
      shape: (d, n, s) => (d >= n - 21 ? (8 * s * (d - (n - 21))) / 21 : 0),
    },
    {
      kind: 'weekly-jump',
      anomalous: true,
      weekly: true,
      shape: (d, n, s) => (d >= n - 7 ? between(6, 10) * s : 0),
    },
  ];

  const out: LabelledSeries[] = [];
  for (const k of kinds) {
    for (let i = 0; i < perKind; i++) {
      const lowerIsBetter = rand() < 0.5;
      const level = between(10, 200);
      const sigma = level * between(0.03, 0.12);
      const days = k.days ?? 63;
      const series: ScorecardPoint[] = [];
      // a bad move is up for a metric where lower is better, down for the others
      const bad = lowerIsBetter ? 1 : -1;
      for (let d = 0; d < days; d++) {
        if (k.weekly && d % 7 !== 6) continue;
        const outlier =
          d < days - 7 && rand() < 0.02 ? 5 * sigma * Math.sign(gauss()) : 0;
        const noise = k.heavy
          ? gauss() /
            Math.sqrt((gauss() ** 2 + gauss() ** 2 + gauss() ** 2) / 3)
          : gauss();
        const value =
          level + sigma * noise + outlier + bad * k.shape(d, days, sigma);
        series.push({
          value,
          measuredAt: now
            .minus({ days: days - 1 - d })
            .minus({ hours: 1 })
            .toUTC()
            .toISO()!,
        });
      }
      out.push({ kind: k.kind, anomalous: k.anomalous, lowerIsBetter, series });
    }
  }
  return out;
}
