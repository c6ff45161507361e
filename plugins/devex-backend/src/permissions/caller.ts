import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { Request } from 'express';

/** The user a request acts for, as read from its credentials. */
export interface Caller {
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  userEntityRef: string;
  /** The HTTP request it came with, for the audit log; absent for an MCP action. */
  request?: Request<any, any, any, any, any>;
}

/** Who a request acts for, user or service, as the permission checks name it. */
export function actorOf(credentials: BackstageCredentials): {
  credentials: BackstageCredentials;
  userEntityRef?: string;
} {
  return {
    credentials,
    userEntityRef: isUserCredentials(credentials)
      ? (credentials.principal as BackstageUserPrincipal).userEntityRef
      : undefined,
  };
}

function isUserCredentials(
  credentials: BackstageCredentials,
): credentials is BackstageCredentials<BackstageUserPrincipal> {
  return (credentials.principal as { type?: string }).type === 'user';
}
