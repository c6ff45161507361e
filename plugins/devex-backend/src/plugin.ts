import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  devexClockServiceRef,
  devexEvidenceProvidersExtensionPoint,
  devexFeatureFlagProvidersExtensionPoint,
  devexMetricSourcesExtensionPoint,
  EvidenceProvider,
  FeatureFlagProvider,
  MetricSource,
} from '@devex-governance/backstage-plugin-devex-node';
import { readDevexConfig } from './config';
import { createStores } from './stores';
import { applyDatabaseMigrations } from './database/migrations';
import { seedDemoData } from './demo/seedDemoData';
import { createRouter } from './router';
import { registerDevexActions } from './actions/devexActions';
import { createServices } from './services';
import { zonedClock } from './time/clock';

/**
 * The DevEx governance backend plugin: the process's records in the portal database, behind the
 * REST API of `src/schema/openapi.yaml`, with its scheduled work run once across replicas.
 *
 * @public
 */
export const devexPlugin = createBackendPlugin({
  pluginId: 'devex',
  register(env) {
    const evidenceProviders: EvidenceProvider[] = [];
    const metricSources: MetricSource[] = [];
    const featureFlagProviders: FeatureFlagProvider[] = [];
    env.registerExtensionPoint(devexEvidenceProvidersExtensionPoint, {
      addEvidenceProvider: (...providers) =>
        void evidenceProviders.push(...providers),
    });
    env.registerExtensionPoint(devexMetricSourcesExtensionPoint, {
      addMetricSource: (...sources) => void metricSources.push(...sources),
    });
    env.registerExtensionPoint(devexFeatureFlagProvidersExtensionPoint, {
      addFeatureFlagProvider: (...providers) =>
        void featureFlagProviders.push(...providers),
    });
    env.registerInit({
      deps: {
        rootConfig: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        userInfo: coreServices.userInfo,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        urlReader: coreServices.urlReader,
        catalog: catalogServiceRef,
        notifications: notificationService,
        devexClock: devexClockServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const config = readDevexConfig(deps.rootConfig);
        for (const { level, message } of config.notConfigured) {
          deps.logger[level](message);
        }
        const clock = zonedClock(deps.devexClock, config.timeZone);
        const knex = await applyDatabaseMigrations(deps.database);
        const stores = createStores(knex);
        const seededDemo =
          config.demoData &&
          process.env.NODE_ENV !== 'production' &&
          (await seedDemoData({
            knex,
            logger: deps.logger,
            clock,
            timeZone: config.timeZone,
          }));

        const services = createServices({
          ...deps,
          config,
          clock,
          stores,
          evidenceProviders,
          metricSources,
          featureFlagProviders,
        });

        await services.escalation.schedule(deps.scheduler);
        await services.nextStepsFiles.schedule(deps.scheduler);
        await services.reminders.schedule(deps.scheduler);
        await services.anomalies.schedule(deps.scheduler);
        await services.sync.scheduleRuns();
        await services.pulse.scheduleWork(
          deps.scheduler,
          deps.lifecycle,
          config.calendar.cadences.find(c => c.type === 'pulse_survey'),
        );
        await services.collector.scheduleCollection(deps.scheduler);
        await services.digest.scheduleSending(deps.scheduler);
        await services.outbox.schedule(deps.scheduler);
        await services.runbooks.schedule(deps.scheduler);
        await services.flagDecisions.schedule(deps.scheduler);
        await services.waivers.schedule(deps.scheduler);
        await services.retention.schedule(deps.scheduler);
        // links issued before devex.calendar.feedSigningKeys was set are sealed with its newest key
        await services.feedLinks.sealUnkeyedFeedLinks();
        if (seededDemo) {
          // The demo shows a sync ratio at once rather than after the first interval.
          deps.lifecycle.addStartupHook(() =>
            services.sync
              .startScheduledRun()
              .catch(e => deps.logger.warn(`Demo sync not started: ${e}`)),
          );
          // and the anomalies of its series at once, rather than after the first hour
          deps.lifecycle.addStartupHook(() =>
            services.anomalies
              .detect()
              .then(() => undefined)
              .catch(e =>
                deps.logger.warn(`Demo anomalies not detected: ${e}`),
              ),
          );
        }

        // MCP tools and scripts: the same services, with the caller's credentials
        registerDevexActions(deps.actionsRegistry, services, clock);

        // Calendar apps fetch the feed without a Backstage token; its URL carries a secret instead.
        deps.httpRouter.addAuthPolicy({
          path: '/calendar/feed',
          allow: 'unauthenticated',
        });
        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            ...services,
          }),
        );
      },
    });
  },
});
