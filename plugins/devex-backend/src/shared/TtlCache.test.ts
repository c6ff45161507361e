import { TtlCache } from './TtlCache';

/** A computation the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('TtlCache', () => {
  let now: number;
  beforeEach(() => {
    now = 0;
  });
  /** Fresh for 100 ms, then served stale for 100 ms more while it is renewed. */
  const staleWhileRevalidate = () =>
    new TtlCache<string>({ ttlMs: 100, serveStaleMs: 100, now: () => now });

  it('computes a key once per period, concurrent requests sharing the computation', async () => {
    const cache = new TtlCache<number>({ ttlMs: 100, now: () => now });
    let computed = 0;
    const compute = jest.fn(async () => ++computed);
    await expect(
      Promise.all([cache.get('a', compute), cache.get('a', compute)]),
    ).resolves.toEqual([1, 1]);
    now = 99;
    await expect(cache.get('a', compute)).resolves.toBe(1);
    now = 100;
    await expect(cache.get('a', compute)).resolves.toBe(2);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed computation', async () => {
    const cache = new TtlCache<number>({ ttlMs: 100, now: () => now });
    await expect(
      cache.get('a', () => Promise.reject(new Error('down'))),
    ).rejects.toThrow('down');
    await expect(cache.get('a', async () => 7)).resolves.toBe(7);
  });

  it('serves a stale value at once while one background computation replaces it', async () => {
    const cache = staleWhileRevalidate();
    await cache.get('a', async () => 'first');
    now = 150;
    const next = deferred<string>();
    const compute = jest.fn(() => next.promise);
    await expect(cache.get('a', compute)).resolves.toBe('first');
    await expect(cache.get('a', compute)).resolves.toBe('first');
    expect(compute).toHaveBeenCalledTimes(1);
    next.resolve('second');
    await next.promise;
    await expect(cache.get('a', compute)).resolves.toBe('second');
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('makes a request wait once the stale window has passed', async () => {
    const cache = staleWhileRevalidate();
    await cache.get('a', async () => 'first');
    now = 200;
    await expect(cache.get('a', async () => 'second')).resolves.toBe('second');
  });

  it('keeps serving the stale value when the background computation fails, and tries again', async () => {
    const cache = staleWhileRevalidate();
    await cache.get('a', async () => 'first');
    now = 150;
    const failing = deferred<string>();
    await expect(cache.get('a', () => failing.promise)).resolves.toBe('first');
    failing.reject(new Error('down'));
    await failing.promise.catch(() => undefined);
    const retry = jest.fn(async () => 'second');
    await expect(cache.get('a', retry)).resolves.toBe('first');
    expect(retry).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    await expect(cache.get('a', retry)).resolves.toBe('second');
  });

  it('clear drops every value, and a refresh started before it is not kept', async () => {
    const cache = staleWhileRevalidate();
    await cache.get('a', async () => 'before the write');
    now = 150;
    const refresh = deferred<string>();
    await cache.get('a', () => refresh.promise);
    cache.clear();
    await expect(cache.get('a', async () => 'after the write')).resolves.toBe(
      'after the write',
    );
    refresh.resolve('read before the write');
    await refresh.promise;
    await expect(cache.get('a', async () => 'unused')).resolves.toBe(
      'after the write',
    );
  });

  it('never serves a value that has not resolved yet as stale', async () => {
    const cache = staleWhileRevalidate();
    const slow = deferred<string>();
    const first = cache.get('a', () => slow.promise);
    now = 150;
    const second = cache.get('a', async () => 'fresh');
    slow.resolve('slow');
    await expect(first).resolves.toBe('slow');
    await expect(second).resolves.toBe('fresh');
  });
});
