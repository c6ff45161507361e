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
  /**
   * What a computation is stamped with, read before it starts (e.g. which writes the database
   * has seen): a value that went stale and whose stamp is still the current one is fresh for one
   * more period, up to `unchangedMs` after it was computed, instead of being computed again.
   */
  stamp?: () => Promise<string>;
  unchangedMs?: number;
  now?: () => number;
}

interface Entry<T> {
  value: Promise<T>;
  /** Set once `value` resolved: only a resolved value is served stale. */
  resolved: boolean;
  expiresAt: number;
  refreshing: boolean;
  computedAt: number;
  /** The stamp read before the computation, when the cache has one. */
  stamp?: string;
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
  private readonly stamp?: () => Promise<string>;
  private readonly unchangedMs: number;
  private readonly now: () => number;
  /** Bumped by `clear`, so that a computation started before it is not kept after it. */
  private generation = 0;

  constructor(options: TtlCacheOptions) {
    this.ttlMs = options.ttlMs;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.serveStaleMs = options.serveStaleMs ?? 0;
    this.stamp = options.stamp;
    this.unchangedMs = options.unchangedMs ?? 0;
    // read at each call, so a test that fakes Date moves the cache too
    this.now = options.now ?? (() => Date.now());
  }

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    if (
      hit?.resolved &&
      this.stamp &&
      hit.computedAt + this.unchangedMs > now
    ) {
      return this.revalidate(key, hit, compute);
    }
    return this.staleOrComputed(key, hit, compute);
  }

  /** A stale value still stamped as the current one, fresh again; otherwise as when unstamped. */
  private async revalidate(
    key: string,
    hit: Entry<T>,
    compute: () => Promise<T>,
  ): Promise<T> {
    const current = await this.stamp!().catch(() => undefined);
    if (this.entries.get(key) !== hit) return this.get(key, compute);
    if (current !== undefined && current === hit.stamp) {
      hit.expiresAt = Math.max(hit.expiresAt, this.now() + this.ttlMs);
      return hit.value;
    }
    return this.staleOrComputed(key, hit, compute);
  }

  private staleOrComputed(
    key: string,
    hit: Entry<T> | undefined,
    compute: () => Promise<T>,
  ): Promise<T> {
    const now = this.now();
    if (hit?.resolved && hit.expiresAt + this.serveStaleMs > now) {
      if (!hit.refreshing) this.refresh(key, hit, compute);
      return hit.value;
    }
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    // the entry is in place before its computation, which notes the stamp on it
    const entry = {
      resolved: false,
      expiresAt: now + this.ttlMs,
      refreshing: false,
      computedAt: now,
    } as Entry<T>;
    entry.value = this.stamped(entry, compute);
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

  /** Computes a value, with the stamp read before the computation starts noted on its entry. */
  private stamped(
    entry: Pick<Entry<T>, 'stamp'>,
    compute: () => Promise<T>,
  ): Promise<T> {
    if (!this.stamp) return compute();
    return this.stamp()
      .catch(() => undefined)
      .then(stamp => {
        entry.stamp = stamp;
        return compute();
      });
  }

  clear() {
    this.generation += 1;
    this.entries.clear();
  }

  private refresh(key: string, stale: Entry<T>, compute: () => Promise<T>) {
    stale.refreshing = true;
    const generation = this.generation;
    const started = this.now();
    const noted: Pick<Entry<T>, 'stamp'> = {};
    this.stamped(noted, compute).then(
      value => {
        if (generation !== this.generation || this.entries.get(key) !== stale)
          return;
        this.entries.set(key, {
          value: Promise.resolve(value),
          resolved: true,
          expiresAt: this.now() + this.ttlMs,
          refreshing: false,
          computedAt: started,
          stamp: noted.stamp,
        });
      },
      () => {
        // the stale value serves until its window ends; the next request tries again
        stale.refreshing = false;
      },
    );
  }
}
