import { PermissionsService } from '@backstage/backend-plugin-api';
import {
  AuthorizePermissionRequest,
  AuthorizePermissionResponse,
} from '@backstage/plugin-permission-common';
import { TtlCache } from '../shared/TtlCache';
import { principalKey } from '../shared/principals';

/** How long a read decision serves the same caller's requests on this replica. */
export const READ_DECISION_TTL_MS = 10_000;

/**
 * The permission service with read decisions reused: a request that asks only for basic `read`
 * permissions gets the decision the same principal got for the same permissions in the last
 * {@link READ_DECISION_TTL_MS} on this replica, so a page's reads cost one decision per caller and
 * period instead of one round trip to the permission backend each. Everything else (writes,
 * resource permissions, conditional decisions) is asked every time. A policy change or a new group
 * membership therefore reaches reads within the period and writes at once.
 */
export function reuseReadDecisions(
  permissions: PermissionsService,
  options: { ttlMs?: number; now?: () => number } = {},
): PermissionsService {
  const decisions = new TtlCache<AuthorizePermissionResponse[]>({
    ttlMs: options.ttlMs ?? READ_DECISION_TTL_MS,
    now: options.now,
  });
  return {
    authorize(requests, requestOptions) {
      const principal = principalKey(requestOptions.credentials);
      if (!principal || !requests.every(isBasicRead)) {
        return permissions.authorize(requests, requestOptions);
      }
      const key = `${principal}\n${requests
        .map(r => r.permission.name)
        .join('\n')}`;
      return decisions.get(key, () =>
        permissions.authorize(requests, requestOptions),
      );
    },
    authorizeConditional(requests, requestOptions) {
      return permissions.authorizeConditional(requests, requestOptions);
    },
  };
}

function isBasicRead(request: AuthorizePermissionRequest): boolean {
  return (
    request.permission.type === 'basic' &&
    request.permission.attributes.action === 'read'
  );
}
