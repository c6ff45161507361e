import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { TtlCache, TtlCacheOptions, VIEW_TTL_MS } from './TtlCache';

/**
 * How long a view that no write has changed since it was computed keeps serving, on any replica:
 * what changes with time alone (the next events, a deadline's status) trails by at most this.
 */
export const VIEW_UNCHANGED_MS = 5 * 60_000;

/** Where the replicas note that a write happened: one stamp, replaced by every write. */
export interface ViewChanges {
  read(): Promise<string | undefined>;
  write(stamp: string): Promise<void>;
}

/**
 * The views a replica computes once for every caller (the summary, the success measures, the sync
 * portfolio, the pulse trend, …): each service takes its caches from here, and a write through
 * any door drops them all at once (`invalidate`, called on every audited change, see
 * `announceChanges`), so no list of caches is kept by hand. With `changes`, a write also replaces
 * the stamp in the database that every replica's views were computed at: a view past its period
 * whose stamp is still current (and whose day has not turned) serves on without being computed
 * again, up to {@link VIEW_UNCHANGED_MS}, and one whose stamp changed is computed again, so
 * another replica's write shows within one period.
 */
export class ComputedViews {
  private readonly caches: Array<TtlCache<unknown>> = [];
  /** The stamp being read, shared by the requests that ask meanwhile. */
  private reading?: Promise<string>;

  constructor(
    private readonly clock: () => DateTime,
    private readonly changes?: ViewChanges,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

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
      ...(this.changes
        ? { stamp: this.stamp, unchangedMs: VIEW_UNCHANGED_MS }
        : {}),
      ...options,
    });
    this.caches.push(cache as TtlCache<unknown>);
    return cache;
  }

  /**
   * Drops every computed view of this replica, after a write, and tells the other replicas:
   * settled (never rejected) once the stamp is written, so a change is acknowledged after the
   * other replicas can know of it.
   */
  invalidate = async (): Promise<void> => {
    for (const cache of this.caches) cache.clear();
    // a stamp not replaced leaves the other replicas' views to their last unchanged period
    await this.changes?.write(randomUUID()).catch(this.onError);
  };

  /** The stamp of the views computed now: the last write's, and the DevEx clock's day. */
  private stamp = (): Promise<string> => {
    if (!this.reading) {
      const day = this.clock().toISODate();
      this.reading = this.changes!.read()
        .then(last => `${last ?? ''} ${day}`)
        .finally(() => {
          this.reading = undefined;
        });
    }
    return this.reading;
  };
}
