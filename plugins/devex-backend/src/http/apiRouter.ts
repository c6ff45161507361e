import {
  ApiRouter,
  createValidatedOpenApiRouter,
} from '@backstage/backend-openapi-utils';
import { spec } from '../schema/openapi.generated';

/** The plugin's router, typed and validated by the OpenAPI spec. */
export type DevexApiRouter = ApiRouter<typeof spec>;

export function createDevexApiRouter(): DevexApiRouter {
  return createValidatedOpenApiRouter<typeof spec>(spec);
}
