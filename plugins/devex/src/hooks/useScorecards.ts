import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { devexApiRef, ScorecardQuery } from '../api';

/** Experiment scorecards for a query (an entity's, or the portfolio's), with a retry to reload. */
export function useScorecards(query: ScorecardQuery, reloadKey?: unknown) {
  const api = useApi(devexApiRef);
  const key = JSON.stringify(query);
  return useAsyncRetry(
    async () => (await api.listScorecards({ limit: 100, ...query })).scorecards,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, key, reloadKey],
  );
}
