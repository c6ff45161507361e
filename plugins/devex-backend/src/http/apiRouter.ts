import {
  ApiRouter,
  createValidatedOpenApiRouter,
} from '@backstage/backend-openapi-utils';
import express from 'express';
import { spec } from '../schema/openapi.generated';

/**
 * The largest JSON body accepted. express.json's default (100 kB) refused bulk requests long
 * before the spec's own limits (5,000 measurements or remediation items); 10 MB holds 5,000
 * remediation items with long titles and evidence lists, and the spec's limits then say no.
 */
export const JSON_BODY_LIMIT = '10mb';

/** The plugin's router, typed and validated by the OpenAPI spec. */
export type DevexApiRouter = ApiRouter<typeof spec>;

export function createDevexApiRouter(): DevexApiRouter {
  return createValidatedOpenApiRouter<typeof spec>(spec, {
    middleware: [express.json({ limit: JSON_BODY_LIMIT })],
  });
}
