import { components } from './schema/openapi.generated';

/**
 * The API's schemas, generated from the backend's openapi.yaml: the one source of the wire
 * types, which the domain modules re-export under their names.
 *
 * @public
 */
export type WireSchemas = components['schemas'];
