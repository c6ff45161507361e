import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import { ActionItemService } from '../actionItems/ActionItemService';
import { registerActionItemRoutes } from '../actionItems/router';
import { CalendarService } from '../calendar/CalendarService';
import { registerCalendarRoutes } from '../calendar/router';
import { ExperimentService } from '../experiments/ExperimentService';
import { registerExperimentRoutes } from '../experiments/router';
import { MeasurementService } from '../measurements/MeasurementService';
import { createDevexApiRouter } from './apiRouter';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  actionItems: ActionItemService;
  experiments: ExperimentService;
  measurements: MeasurementService;
  calendar: CalendarService;
}

/** All of the plugin's HTTP routes, behind OpenAPI validation. */
export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { httpAuth, auditor } = options;
  const router = createDevexApiRouter();
  registerActionItemRoutes(router, { service: options.actionItems, httpAuth, auditor });
  registerExperimentRoutes(router, {
    experiments: options.experiments,
    measurements: options.measurements,
    httpAuth,
    auditor,
  });
  registerCalendarRoutes(router, { calendar: options.calendar, httpAuth, auditor });
  return router as unknown as express.Router;
}
