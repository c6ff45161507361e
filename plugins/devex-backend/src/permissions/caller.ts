import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';

/** The user a request acts for, as read from its credentials. */
export interface Caller {
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  userEntityRef: string;
}
