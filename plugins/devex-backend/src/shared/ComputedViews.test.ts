import { DateTime } from 'luxon';
import { ComputedViews } from './ComputedViews';
import { VIEW_TTL_MS } from './TtlCache';

describe('ComputedViews', () => {
  const start = DateTime.fromISO('2026-03-02T09:00:00Z');

  it('drops every cache it gave out on one invalidation, and times them by the DevEx clock', async () => {
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

    now = start.plus({ milliseconds: VIEW_TTL_MS + 1 });
    expect(await summary.get('', compute)).toBe(5);
  });
});
