import { useApi } from '@backstage/core-plugin-api';
import { RecordFlagDecisionRequest } from '@devex-governance/backstage-plugin-devex-common';
import { useCallback } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { devexApiRef } from '../api';

/**
 * An experiment's feature-flag decisions, newest first, loaded only while `enabled` (e.g. when
 * the list is opened); `record` adds one and reloads.
 */
export function useFlagDecisions(experimentId: string, enabled: boolean) {
  const api = useApi(devexApiRef);
  const state = useAsyncRetry(
    async () =>
      enabled ? (await api.listFlagDecisions(experimentId)).items : undefined,
    [api, experimentId, enabled],
  );
  const { retry } = state;
  const record = useCallback(
    async (request: RecordFlagDecisionRequest) => {
      await api.recordFlagDecision(experimentId, request);
      retry();
    },
    [api, experimentId, retry],
  );
  return { ...state, record };
}
