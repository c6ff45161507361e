import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  Permission,
} from '@backstage/plugin-permission-common';
import { PermissionPolicy } from '@backstage/plugin-permission-node';

/**
 * A permissions service that decides with a real policy, as the permission backend would: the
 * user's ownership refs are the user and their groups from `memberships`; service principals
 * reach the policy without a user.
 */
export function permissionsFromPolicy(
  policy: PermissionPolicy,
  memberships: Record<string, string[]>,
): Partial<PermissionsService> {
  const decide = (
    permission: Permission,
    credentials: BackstageCredentials,
  ) => {
    const principal = credentials.principal as {
      type?: string;
      userEntityRef?: string;
    };
    const userEntityRef =
      principal.type === 'user' ? principal.userEntityRef! : undefined;
    return policy.handle(
      { permission },
      userEntityRef
        ? {
            credentials: credentials as any,
            info: {
              userEntityRef,
              ownershipEntityRefs: [
                userEntityRef,
                ...(memberships[userEntityRef] ?? []),
              ],
            },
          }
        : undefined,
    );
  };
  return {
    authorizeConditional: (async (requests: any[], options: any) =>
      Promise.all(
        requests.map(r => decide(r.permission, options.credentials)),
      )) as any,
    // the plugin asks basic questions only through authorize; a conditional answer is not a yes
    authorize: (async (requests: any[], options: any) =>
      Promise.all(
        requests.map(async r => {
          const decision = await decide(r.permission, options.credentials);
          return {
            result:
              decision.result === AuthorizeResult.ALLOW
                ? AuthorizeResult.ALLOW
                : AuthorizeResult.DENY,
          };
        }),
      )) as any,
  };
}
