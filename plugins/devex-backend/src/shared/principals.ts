import { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * Who the credentials are, as a cache key: a user's entity ref, `service:<subject>`, or undefined
 * for a request without a principal.
 */
export function principalKey(
  credentials: BackstageCredentials,
): string | undefined {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user') return principal.userEntityRef;
  if (principal.type === 'service') return `service:${principal.subject}`;
  return undefined;
}
