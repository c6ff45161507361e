/**
 * How long a replica serves a computed view that is the same for every caller (the summary, the
 * success measures, the sync portfolio, the pulse trend) before computing it again; a write
 * through this replica's API drops them at once.
 */
export const VIEW_TTL_MS = 10_000;

export interface TtlCacheOptions {
  /** How long a computed value is fresh. */
  ttlMs: number;
  /** Beyond this many keys the cache starts over. */
  maxEntries?: number;
  /**
   * How long after it went stale a value is still served while the next one is computed in the
   * background (stale-while-revalidate); 0, the default, makes requests for a stale key wait.
   */
  serveStaleMs?: number;
  now?: () => number;
}

interface Entry<T> {
  value: Promise<T>;
  /** Set once `value` resolved: only a resolved value is served stale. */
  resolved: boolean;
  expiresAt: number;
  refreshing: boolean;
}

/**
 * Values computed at most once per key and period on this replica; concurrent requests for a key
 * share one computation. A failed computation is not kept. With `serveStaleMs`, a request for a
 * value that went stale gets it at once while one background computation replaces it, so no
 * request waits for the recomputation; `clear` drops everything, in-flight refreshes included.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly serveStaleMs: number;
  private readonly now: () => number;
  /** Bumped by `clear`, so that a computation started before it is not kept after it. */
  private generation = 0;

  constructor(options: TtlCacheOptions) {
    this.ttlMs = options.ttlMs;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.serveStaleMs = options.serveStaleMs ?? 0;
    // read at each call, so a test that fakes Date moves the cache too
    this.now = options.now ?? (() => Date.now());
  }

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    if (hit?.resolved && hit.expiresAt + this.serveStaleMs > now) {
      if (!hit.refreshing) this.refresh(key, hit, compute);
      return hit.value;
    }
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const entry: Entry<T> = {
      value: compute(),
      resolved: false,
      expiresAt: now + this.ttlMs,
      refreshing: false,
    };
    this.entries.set(key, entry);
    entry.value.then(
      () => {
        entry.resolved = true;
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry.value;
  }

  clear() {
    this.generation += 1;
    this.entries.clear();
  }

  private refresh(key: string, stale: Entry<T>, compute: () => Promise<T>) {
    stale.refreshing = true;
    const generation = this.generation;
    compute().then(
      value => {
        if (generation !== this.generation || this.entries.get(key) !== stale)
          return;
        this.entries.set(key, {
          value: Promise.resolve(value),
          resolved: true,
          expiresAt: this.now() + this.ttlMs,
          refreshing: false,
        });
      },
      () => {
        // the stale value serves until its window ends; the next request tries again
        stale.refreshing = false;
      },
    );
  }
}
