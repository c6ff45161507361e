import { DateTime } from 'luxon';
import { ComputedViews } from './ComputedViews';
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

    views.invalidate();
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
});
