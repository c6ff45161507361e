import { HttpAuthService } from '@backstage/backend-plugin-api';
import { Request } from 'express';
import { Caller } from '../permissions/caller';

/** Reads the calling user from the request's credentials (never from its body). */
export async function callerOf(
  httpAuth: HttpAuthService,
  req: Request<any, any, any, any, any>,
): Promise<Caller> {
  const credentials = await httpAuth.credentials(req, { allow: ['user'] });
  return {
    credentials,
    userEntityRef: credentials.principal.userEntityRef,
    request: req,
  };
}

/** The calling user of a request: what the domain routers are handed. */
export type CallerOf = (
  req: Request<any, any, any, any, any>,
) => Promise<Caller>;

/** Binds {@link callerOf} to the plugin's HTTP auth service, once for all routers. */
export function callersFrom(httpAuth: HttpAuthService): CallerOf {
  return req => callerOf(httpAuth, req);
}

/** What a domain's routes are handed: its services and how to find who calls. */
export type RoutesOptions<Services> = Services & { callerOf: CallerOf };
