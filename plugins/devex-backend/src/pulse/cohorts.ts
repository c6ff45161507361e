/** Responses per reporting cohort: each response counts in exactly one cohort (its group, or none). */
export type CohortCounts = Map<string | null, number>;

/**
 * The cohorts whose results may be published, with complementary suppression: a cohort is
 * published only with at least `k` responses, and while the responses left out of published
 * cohorts number between 1 and k-1 (so the portal total minus the published cohorts would reveal
 * a group under k), the smallest published cohort is withheld too. Every difference of published
 * aggregates therefore covers either nobody or at least k people.
 */
export function publishableCohorts(
  counts: CohortCounts,
  k: number,
): Set<string> {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const published = [...counts]
    .filter(
      (entry): entry is [string, number] => entry[0] !== null && entry[1] >= k,
    )
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  let withheld = total - published.reduce((sum, [, n]) => sum + n, 0);
  while (withheld > 0 && withheld < k && published.length) {
    const [, n] = published.shift()!;
    withheld += n;
  }
  return new Set(published.map(([group]) => group));
}
