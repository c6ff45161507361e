import { DependencyList, useCallback, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';

/** One page of a list and the cursor of the next, as the backend's list endpoints answer. */
export interface KeysetPage<T> {
  items: T[];
  nextCursor?: string;
}

/**
 * A list read page by page through the backend's keyset cursor: the first page when `deps`
 * change, the next ones appended by `loadMore`. `retry` reloads from the first page, e.g. after
 * an edit.
 */
export function useKeysetPages<T>(
  fetchPage: (cursor?: string) => Promise<KeysetPage<T>>,
  deps: DependencyList,
) {
  const [more, setMore] = useState<KeysetPage<T>>();

  const first = useAsyncRetry(async () => {
    setMore(undefined);
    return fetchPage();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  const nextCursor = more ? more.nextCursor : first.value?.nextCursor;
  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    const page = await fetchPage(nextCursor);
    setMore(prev => ({
      items: [...(prev?.items ?? []), ...page.items],
      nextCursor: page.nextCursor,
    }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, nextCursor]);

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
