import {
  coreServices,
  createBackendModule,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  createDevexExperimentConditionalDecision,
  devexExperimentConditions,
} from '@internal/backstage-plugin-devex-backend';
import {
  devexExperimentTransitionPermission,
  devexExperimentUpdatePermission,
} from '@internal/backstage-plugin-devex-common';

/**
 * The portal's policy: everything is allowed, except that an experiment may only be changed by
 * members of its owner group and owners of the entities it concerns.
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  constructor(private readonly userInfo: UserInfoService) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    if (
      isPermission(permission, devexExperimentUpdatePermission) ||
      isPermission(permission, devexExperimentTransitionPermission)
    ) {
      const claims = user
        ? (await this.userInfo.getUserInfo(user.credentials))
            .ownershipEntityRefs
        : [];
      return createDevexExperimentConditionalDecision(
        permission,
        devexExperimentConditions.isExperimentOwner({ claims }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/** Installs {@link PortalPermissionPolicy}; replace this module to use a policy of your own. */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'portal-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, userInfo: coreServices.userInfo },
      async init({ policy, userInfo }) {
        policy.setPolicy(new PortalPermissionPolicy(userInfo));
      },
    });
  },
});
