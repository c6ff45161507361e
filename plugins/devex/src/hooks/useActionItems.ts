import { useApi } from '@backstage/core-plugin-api';
import {
  ActionItem,
  ListActionItemsQuery,
} from '@devex-governance/backstage-plugin-devex-common';
import { useCallback, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { devexApiRef } from '../api';

/**
 * One page of action items for a query, with "load more" through the keyset cursor.
 * `retry` reloads from the first page, e.g. after an edit.
 */
export function useActionItems(
  query: ListActionItemsQuery,
  reloadToken?: number,
) {
  const api = useApi(devexApiRef);
  const [more, setMore] = useState<{
    items: ActionItem[];
    nextCursor?: string;
  }>();
  const key = JSON.stringify(query);

  const first = useAsyncRetry(async () => {
    setMore(undefined);
    return api.listActionItems(query);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, reloadToken]);

  const nextCursor = more ? more.nextCursor : first.value?.nextCursor;
  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    const page = await api.listActionItems({ ...query, cursor: nextCursor });
    setMore(prev => ({
      items: [...(prev?.items ?? []), ...page.items],
      nextCursor: page.nextCursor,
    }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, nextCursor]);

  return {
    items: first.value
      ? [...first.value.items, ...(more?.items ?? [])]
      : undefined,
    loading: first.loading,
    error: first.error,
    retry: first.retry,
    hasMore: Boolean(nextCursor),
    loadMore,
  };
}
