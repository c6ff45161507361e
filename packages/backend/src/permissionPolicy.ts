import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  DevexPermissionPolicy,
  readDevexPolicyOptions,
} from '@devex-governance/backstage-plugin-devex-backend';

/**
 * Installs the DevEx plugin's shipped policy ({@link DevexPermissionPolicy}): governance admins
 * from `devex.permissions.admins`, owners write their entities' records, everyone reads; the
 * permissions of other plugins are allowed. Replace this module to use a policy of your own.
 */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'portal-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(
          new DevexPermissionPolicy(readDevexPolicyOptions(config)),
        );
      },
    });
  },
});
