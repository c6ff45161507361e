import { PermissionsService } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { Caller } from './caller';

/**
 * One permission decision for one request; throws 403 when denied. `onDecision` hears the
 * decision first (e.g. to note what it means for the caller's feed links).
 */
export async function authorizeOrThrow(
  permissions: PermissionsService,
  permission: BasicPermission,
  caller: Caller,
  onDecision?: (allowed: boolean) => Promise<void>,
): Promise<void> {
  const [decision] = await permissions.authorize([{ permission }], {
    credentials: caller.credentials,
  });
  const allowed = decision.result === AuthorizeResult.ALLOW;
  await onDecision?.(allowed);
  if (!allowed) {
    throw new NotAllowedError(
      `${caller.userEntityRef} is not allowed to ${
        permission.attributes.action ?? 'use'
      } (${permission.name})`,
    );
  }
}
