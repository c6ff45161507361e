import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  devexActionItemCreatePermission,
  devexExperimentTransitionPermission,
} from '@internal/backstage-plugin-devex-common';
import { PortalPermissionPolicy } from './permissionPolicy';

describe('PortalPermissionPolicy', () => {
  const userInfo = mockServices.userInfo.mock({
    getUserInfo: async () => ({
      userEntityRef: 'user:default/guest',
      ownershipEntityRefs: ['user:default/guest', 'group:default/platform-eng'],
    }),
  });
  const policy = new PortalPermissionPolicy(userInfo);
  const user = {
    credentials: mockCredentials.user('user:default/guest'),
    info: {} as any,
  };

  it('allows everything else', async () => {
    expect(
      await policy.handle(
        { permission: devexActionItemCreatePermission },
        user,
      ),
    ).toEqual({ result: AuthorizeResult.ALLOW });
  });

  it("makes changing an experiment conditional on owning it, with the user's ownership refs", async () => {
    expect(
      await policy.handle(
        { permission: devexExperimentTransitionPermission },
        user,
      ),
    ).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'devex',
      resourceType: 'devex-experiment',
      conditions: {
        rule: 'IS_EXPERIMENT_OWNER',
        resourceType: 'devex-experiment',
        params: {
          claims: ['user:default/guest', 'group:default/platform-eng'],
        },
      },
    });
  });
});
