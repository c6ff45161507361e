import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { devexApiRef } from '../api';

/** How many experiments a form offers to choose from. */
const CHOICES = 100;

/** The experiments a form offers to choose from: the first by key, without their scorecards. */
export function useExperimentChoices(reloadKey?: unknown) {
  const api = useApi(devexApiRef);
  return useAsyncRetry(
    async () => (await api.listExperiments({ limit: CHOICES })).items,
    [api, reloadKey],
  );
}
