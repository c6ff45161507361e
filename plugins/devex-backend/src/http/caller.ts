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
