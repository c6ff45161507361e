import { useApi } from '@backstage/core-plugin-api';
import { ListActionItemsQuery } from '@devex-governance/backstage-plugin-devex-common';
import { devexApiRef } from '../api';
import { useKeysetPages } from './useKeysetPages';

/**
 * One page of action items for a query, with "load more" through the keyset cursor.
 * `retry` reloads from the first page, e.g. after an edit.
 */
export function useActionItems(
  query: ListActionItemsQuery,
  reloadToken?: number,
) {
  const api = useApi(devexApiRef);
  return useKeysetPages(
    cursor => api.listActionItems({ ...query, cursor }),
    [api, JSON.stringify(query), reloadToken],
  );
}
