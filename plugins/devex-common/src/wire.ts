import { components, operations } from './schema/openapi.generated';

/**
 * The API's schemas, generated from the backend's openapi.yaml: the one source of the wire
 * types, which the domain modules re-export under their names.
 *
 * @public
 */
export type WireSchemas = components['schemas'];

/**
 * The JSON body an operation of the spec takes, by its operationId.
 *
 * @public
 */
export type WireRequest<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

type JsonContent<R> = R extends { content: { 'application/json': infer B } }
  ? B
  : never;

/**
 * The JSON body of an operation's success response (200 or 201), by its operationId.
 *
 * @public
 */
export type WireResponse<Op extends keyof operations> =
  operations[Op]['responses'] extends infer R
    ? R extends { 200: infer Ok }
      ? JsonContent<Ok>
      : R extends { 201: infer Created }
      ? JsonContent<Created>
      : never
    : never;

/**
 * The query parameters of an operation, by its operationId.
 *
 * @public
 */
export type WireQuery<Op extends keyof operations> = operations[Op] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

/**
 * The API's paths, generated from the backend's openapi.yaml: what a typed client (the
 * frontend's, through openapi-fetch) is checked against.
 *
 * @public
 */
export type { paths as DevexApiPaths } from './schema/openapi.generated';
