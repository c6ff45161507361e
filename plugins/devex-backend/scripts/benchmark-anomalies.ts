/**
 * The anomaly detector's quality on a labelled set of generated series (see labelledSeries.ts):
 * precision and recall over the anomalous ones, and where it erred, per kind. Deterministic.
 */
import { DateTime } from 'luxon';
import { detectAnomaly } from '../src/anomalies/detectAnomaly';
import { labelledSeries } from '../src/anomalies/labelledSeries';

const now = DateTime.fromISO('2026-12-04T10:00:00Z');
const set = labelledSeries(now, Number(process.env.BENCH_PER_KIND ?? 100));
let tp = 0;
let fp = 0;
let fn = 0;
const perKind = new Map<
  string,
  { n: number; flagged: number; anomalous: boolean }
>();
const started = process.hrtime.bigint();
for (const s of set) {
  const flagged =
    detectAnomaly(s.series, { lowerIsBetter: s.lowerIsBetter, now }) !== null;
  if (flagged && s.anomalous) tp += 1;
  if (flagged && !s.anomalous) fp += 1;
  if (!flagged && s.anomalous) fn += 1;
  const k = perKind.get(s.kind) ?? { n: 0, flagged: 0, anomalous: s.anomalous };
  k.n += 1;
  if (flagged) k.flagged += 1;
  perKind.set(s.kind, k);
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const precision = tp / (tp + fp);
const recall = tp / (tp + fn);
console.log(
  `== anomaly detector: ${set.length} labelled series (${
    set.filter(s => s.anomalous).length
  } anomalous), ${ms.toFixed(0)} ms`,
);
for (const [kind, k] of perKind) {
  console.log(
    `   ${kind.padEnd(14)} ${k.anomalous ? 'anomalous' : 'normal   '} flagged ${
      k.flagged
    }/${k.n}`,
  );
}
const line = (name: string, value: number) =>
  console.log(
    `bench anomaly-${name}: ${value.toFixed(3)} (goal >= 0.9): ${
      value >= 0.9 ? 'ok' : 'falls short'
    }`,
  );
line('precision', precision);
line('recall', recall);
