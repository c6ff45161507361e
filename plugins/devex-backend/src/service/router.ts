import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import { ActionItemService } from '../actionItems/ActionItemService';
import { registerActionItemRoutes } from '../actionItems/router';
import { createDevexApiRouter } from './apiRouter';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  actionItems: ActionItemService;
}

/** All of the plugin's HTTP routes, behind OpenAPI validation. */
export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const router = createDevexApiRouter();
  registerActionItemRoutes(router, {
    service: options.actionItems,
    httpAuth: options.httpAuth,
    auditor: options.auditor,
  });
  return router as unknown as express.Router;
}
