import { WaiverStatus } from '@devex-governance/backstage-plugin-devex-common';
import { useDevexApi } from './useDevexApi';

/** The waivers of an entity (or the portal's), requested and approved first in the card. */
export const useWaivers = (query: {
  entityRef?: string;
  status?: WaiverStatus[];
  reloadKey?: unknown;
}) =>
  useDevexApi(
    api =>
      api.listWaivers({
        entityRef: query.entityRef,
        status: query.status,
        limit: 100,
      }),
    [query.entityRef, JSON.stringify(query.status), query.reloadKey],
  );
