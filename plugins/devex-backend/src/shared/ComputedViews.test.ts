import { DateTime } from 'luxon';
import { ComputedViews, VIEW_UNCHANGED_MS, ViewChanges } from './ComputedViews';
import { VIEW_TTL_MS } from './TtlCache';

describe('ComputedViews', () => {
  const start = DateTime.fromISO('2026-03-02T09:00:00Z');

  it('drops every cache it gave out on one invalidation, and times them by the DevEx clock, serving a stale view while it is renewed', async () => {
    let now = start;
    const views = new ComputedViews(() => now);
    const summary = views.cache<number>();
    const portfolio = views.cache<number>();
    let computed = 0;
    const compute = async () => ++computed;
    await summary.get('', compute);
    await portfolio.get('', compute);
    expect(await summary.get('', compute)).toBe(1);
    expect(await portfolio.get('', compute)).toBe(2);

    await views.invalidate();
    expect(await summary.get('', compute)).toBe(3);
    expect(await portfolio.get('', compute)).toBe(4);

    // stale: served one period more while it is computed again
    now = start.plus({ milliseconds: VIEW_TTL_MS + 1 });
    expect(await summary.get('', compute)).toBe(3);
    await new Promise(resolve => setImmediate(resolve));
    expect(await summary.get('', compute)).toBe(5);
    // beyond both periods a request waits for the computation
    now = start.plus({ milliseconds: 3 * VIEW_TTL_MS });
    expect(await portfolio.get('', compute)).toBe(6);
  });

  it('keeps a view no write changed past its period on every replica, and computes it again on each once another replica wrote', async () => {
    let now = start;
    // one database: the stamp both replicas read and write
    let stamp: string | undefined;
    const database: ViewChanges = {
      read: jest.fn(async () => stamp),
      write: async next => {
        stamp = next;
      },
    };
    const replicaA = new ComputedViews(() => now, database);
    const replicaB = new ComputedViews(() => now, database);
    const onA = replicaA.cache<number>();
    const onB = replicaB.cache<number>();
    let computed = 0;
    const compute = async () => ++computed;
    expect(await onA.get('', compute)).toBe(1);
    expect(await onB.get('', compute)).toBe(2);

    // periods pass without a write: the views serve on, each after one read of the stamp
    now = start.plus({ milliseconds: 3 * VIEW_TTL_MS });
    expect(await onA.get('', compute)).toBe(1);
    expect(await onB.get('', compute)).toBe(2);
    now = start.plus({ milliseconds: 6 * VIEW_TTL_MS });
    expect(await onB.get('', compute)).toBe(2);
    expect(computed).toBe(2);

    // a write through replica A, settled once the stamp is written: A computes at once, B
    // within its period
    await replicaA.invalidate();
    expect(await onA.get('', compute)).toBe(3);
    expect(await onB.get('', compute)).toBe(2);
    now = now.plus({ milliseconds: VIEW_TTL_MS + 1 });
    expect(await onB.get('', compute)).toBe(2); // served while computed again
    await new Promise(resolve => setImmediate(resolve));
    expect(await onB.get('', compute)).toBe(4);

    // unchanged, a view serves at most VIEW_UNCHANGED_MS after it was computed
    now = now.plus({ milliseconds: VIEW_UNCHANGED_MS });
    expect(await onB.get('', compute)).toBe(5);
    // and not past the day it was computed on
    now = now.set({ hour: 23, minute: 59, second: 55 });
    const beforeMidnight = await onB.get('', compute);
    now = now.plus({ seconds: VIEW_TTL_MS / 1000 });
    expect(await onB.get('', compute)).toBe(beforeMidnight); // served while computed again
    await new Promise(resolve => setImmediate(resolve));
    expect(await onB.get('', compute)).toBe(beforeMidnight + 1);
  });
});
