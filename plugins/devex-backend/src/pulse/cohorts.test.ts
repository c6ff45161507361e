import { publishableCohorts } from './cohorts';

const counts = (entries: Array<[string | null, number]>) => new Map(entries);

describe('publishableCohorts', () => {
  it('withholds a cohort whose difference from the portal would isolate fewer than k people', () => {
    // group B at 5, one more person elsewhere: portal (6) minus B (5) would be one answer
    expect(
      publishableCohorts(
        counts([
          ['group:default/b', 5],
          ['group:default/c', 1],
        ]),
        5,
      ),
    ).toEqual(new Set());
    // the smallest is withheld until the rest covers at least k
    expect(
      publishableCohorts(
        counts([
          ['group:default/b', 5],
          ['group:default/c', 6],
          [null, 1],
        ]),
        5,
      ),
    ).toEqual(new Set(['group:default/c']));
    expect(
      publishableCohorts(
        counts([
          ['group:default/b', 5],
          ['group:default/c', 6],
        ]),
        5,
      ),
    ).toEqual(new Set(['group:default/b', 'group:default/c']));
  });

  it('leaves every difference of published figures at 0 or at least k people, for any counts', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let run = 0; run < 2000; run++) {
      const k = 3 + Math.floor(random() * 5);
      const entries: Array<[string | null, number]> = Array.from(
        { length: 1 + Math.floor(random() * 6) },
        (_, i) => [
          i === 0 ? null : `group:default/g${i}`,
          Math.floor(random() * 12),
        ],
      );
      const all = counts(entries);
      const published = publishableCohorts(all, k);
      const total = entries.reduce((sum, [, n]) => sum + n, 0);
      let withheld = total;
      for (const group of published) {
        expect(all.get(group)!).toBeGreaterThanOrEqual(k);
        withheld -= all.get(group)!;
      }
      // with nothing published, only the portal (from k up) is: no difference to take
      expect(published.size === 0 || withheld === 0 || withheld >= k).toBe(
        true,
      );
    }
  });
});
