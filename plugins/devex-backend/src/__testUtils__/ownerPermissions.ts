import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  DEVEX_ENTITY_RECORD_RESOURCE_TYPE,
  DEVEX_EXPERIMENT_RESOURCE_TYPE,
} from '@devex-governance/backstage-plugin-devex-common';

/**
 * The permissions a policy like the shipped one gives a member of some groups who is not an
 * admin: basic permissions allowed, resource permissions conditional on the owner rule with the
 * caller's ownership claims (the user and their groups). For `startDevexBackend({ permissions })`.
 */
export function ownerPermissions(
  resource: 'experiment' | 'entity record',
  claims: string[],
) {
  const [resourceType, rule] =
    resource === 'experiment'
      ? [DEVEX_EXPERIMENT_RESOURCE_TYPE, 'IS_EXPERIMENT_OWNER']
      : [DEVEX_ENTITY_RECORD_RESOURCE_TYPE, 'IS_ENTITY_OWNER'];
  return {
    authorize: async (requests: any[]) =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    authorizeConditional: async (requests: any[]) =>
      requests.map(() => ({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'devex',
        resourceType,
        conditions: { rule, resourceType, params: { claims } },
      })),
  };
}
