import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { devexPermissions } from '@internal/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { ActionItemService } from './actionItems/ActionItemService';
import { KnexActionItemStore } from './actionItems/ActionItemStore';
import { applyDatabaseMigrations } from './database/migrations';
import { seedDemoData } from './demo/seedDemoData';
import { createRouter } from './service/router';

/**
 * The DevEx governance backend plugin: action items (and, as they land, experiments,
 * sync, calendar and backlog) kept in the portal database.
 *
 * @public
 */
export const devexPlugin = createBackendPlugin({
  pluginId: 'devex',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        userInfo: coreServices.userInfo,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
      },
      async init(deps) {
        const { config, logger, database, httpRouter, httpAuth, userInfo, permissions } = deps;
        const clock = () => DateTime.utc();
        const knex = await applyDatabaseMigrations(database);

        deps.permissionsRegistry.addPermissions(devexPermissions);

        if (
          config.getOptionalBoolean('devex.demoData.enabled') &&
          process.env.NODE_ENV !== 'production'
        ) {
          await seedDemoData({ knex, logger, clock });
        }

        const actionItems = new ActionItemService({
          store: new KnexActionItemStore(knex),
          permissions,
          userInfo,
          clock,
          timeZone: config.getOptionalString('devex.timeZone') ?? 'UTC',
        });

        httpRouter.use(
          await createRouter({ httpAuth, auditor: deps.auditor, actionItems }),
        );
      },
    });
  },
});
