import { DateTime } from 'luxon';
import { TtlCache, TtlCacheOptions, VIEW_TTL_MS } from './TtlCache';

/**
 * The views a replica computes once for every caller (the summary, the success measures, the sync
 * portfolio, the pulse trend, …): each service takes its caches from here, and a write through
 * any door drops them all at once (`invalidate`, called on every audited change and every REST
 * write), so no list of caches is kept by hand.
 */
export class ComputedViews {
  private readonly caches: Array<TtlCache<unknown>> = [];

  constructor(private readonly clock: () => DateTime) {}

  /**
   * A cache of views, fresh for {@link VIEW_TTL_MS} of the DevEx clock and served one period more
   * while it is computed again, unless the options say otherwise; dropped with the others on
   * every write.
   */
  cache<T>(options: Partial<TtlCacheOptions> = {}): TtlCache<T> {
    const cache = new TtlCache<T>({
      ttlMs: VIEW_TTL_MS,
      // no request waits for a recomputation: the last view serves one period more meanwhile
      serveStaleMs: VIEW_TTL_MS,
      now: () => this.clock().toMillis(),
      ...options,
    });
    this.caches.push(cache as TtlCache<unknown>);
    return cache;
  }

  /** Drops every computed view of this replica, after a write. */
  invalidate = () => {
    for (const cache of this.caches) cache.clear();
  };
}
