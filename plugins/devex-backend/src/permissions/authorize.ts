import { PermissionsService } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { Caller } from './caller';

/** One permission decision for one request; throws 403 when denied. */
export async function authorizeOrThrow(
  permissions: PermissionsService,
  permission: BasicPermission,
  caller: Caller,
): Promise<void> {
  const [decision] = await permissions.authorize([{ permission }], {
    credentials: caller.credentials,
  });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `${caller.userEntityRef} is not allowed to ${
        permission.attributes.action ?? 'use'
      } (${permission.name})`,
    );
  }
}
