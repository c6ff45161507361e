import { useApi } from '@backstage/core-plugin-api';
import { devexApiRef, ScorecardQuery } from '../api';
import { useKeysetPages } from './useKeysetPages';

/** How many scorecards a page shows before "Show more". */
export const SCORECARD_PAGE = 20;

/**
 * Experiment scorecards for a query (an entity's, or the portfolio's), a page at a time through
 * the keyset cursor, with a retry to reload from the first page.
 */
export function useScorecards(query: ScorecardQuery, reloadKey?: unknown) {
  const api = useApi(devexApiRef);
  return useKeysetPages(
    async cursor => {
      const page = await api.listScorecards({
        limit: SCORECARD_PAGE,
        ...query,
        cursor,
      });
      return { items: page.scorecards, nextCursor: page.nextCursor };
    },
    [api, JSON.stringify(query), reloadKey],
  );
}
