import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { DevexApi, devexApiRef } from '../api';

/**
 * One read of the DevEx API, reloaded when `deps` change and by `retry` (as notifications'
 * `useNotificationsApi` does): the named hooks below are the components' only way to read.
 */
export function useDevexApi<T>(
  read: (api: DevexApi) => Promise<T>,
  deps: unknown[] = [],
) {
  const api = useApi(devexApiRef);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useAsyncRetry(() => read(api), [api, ...deps]);
}

export const useBlockers = (entityRef?: string) =>
  useDevexApi(api => api.listBlockers({ entityRef }), [entityRef]);

/** `reloadKey` reloads when it changes, e.g. a forum's version after someone recorded in it. */
export const useBacklog = (entityRef?: string, reloadKey?: unknown) =>
  useDevexApi(api => api.listBacklog(entityRef), [entityRef, reloadKey]);

export const useRisks = (entityRef?: string, reloadKey?: unknown) =>
  useDevexApi(api => api.listRisks(entityRef), [entityRef, reloadKey]);

/** A runbook of an entity as the backend read it; nothing is read while `url` is undefined. */
export const useRunbookContent = (entityRef: string, url?: string) =>
  useDevexApi(
    async api => (url ? api.getRunbookContent(entityRef, url) : undefined),
    [entityRef, url],
  );

/** The entity's runbooks and whether each changed since the last runbook-update ritual. */
export const useRunbookStatus = (entityRef: string, enabled = true) =>
  useDevexApi(
    async api => (enabled ? api.listRunbookStatus(entityRef) : undefined),
    [entityRef, enabled],
  );

export const useActionItem = (id: string) =>
  useDevexApi(api => api.getActionItem(id), [id]);

export const useSuccessMeasures = () =>
  useDevexApi(api => api.listSuccessMeasures());

export const useMetricSources = () =>
  useDevexApi(api => api.listMetricSources());

export const useCurrentPulse = () => useDevexApi(api => api.getCurrentPulse());

export const usePulseTrend = () => useDevexApi(api => api.getPulseTrend());

export const usePulseResults = (campaignId: string) =>
  useDevexApi(api => api.getPulseResults(campaignId), [campaignId]);

export const useSyncOverview = (scope: {
  entityRef?: string;
  group?: string;
  reloadKey?: unknown;
}) =>
  useDevexApi(
    api =>
      api.getSyncOverview({ entityRef: scope.entityRef, group: scope.group }),
    [scope.entityRef, scope.group, scope.reloadKey],
  );

export const useSyncPortfolio = () =>
  useDevexApi(api => api.getSyncPortfolio());

export const useVerificationWindows = () =>
  useDevexApi(api => api.listVerificationWindows());

/** The first view of an entity's DevEx tab, or of the DevEx page without an entity. */
/** The open telemetry anomalies the caller may see (forum mode's anomaly step). */
export const useAnomalies = (reloadKey?: unknown) =>
  useDevexApi(api => api.listAnomalies(), [reloadKey]);

export const useSummary = (entityRef?: string) =>
  useDevexApi(api => api.getSummary(entityRef), [entityRef]);
