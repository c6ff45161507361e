import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { devexApiRef } from '../api';

/** Governance occurrences in a range, optionally only those that concern an entity. */
export function useOccurrences(query: {
  from: string;
  to: string;
  entityRef?: string;
}) {
  const api = useApi(devexApiRef);
  return useAsyncRetry(
    async () => (await api.listOccurrences(query)).occurrences,
    [api, query.from, query.to, query.entityRef],
  );
}
