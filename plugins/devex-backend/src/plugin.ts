import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  devexExperimentResourcePermissions,
  devexPermissions,
} from '@internal/backstage-plugin-devex-common';
import { ActionItemService } from './actionItems/ActionItemService';
import { BacklogService } from './backlog/BacklogService';
import { BacklogStore } from './backlog/BacklogStore';
import { readCalendarSettings } from './calendar/cadences';
import { CalendarService } from './calendar/CalendarService';
import { CalendarStore } from './calendar/CalendarStore';
import { KnexActionItemStore } from './actionItems/ActionItemStore';
import { applyDatabaseMigrations } from './database/migrations';
import { seedDemoData } from './demo/seedDemoData';
import { BlockerStore } from './escalation/BlockerStore';
import { EscalationService } from './escalation/EscalationService';
import { ExperimentService } from './experiments/ExperimentService';
import { ExperimentStore } from './experiments/ExperimentStore';
import {
  experimentPermissionResourceRef,
  experimentPermissionRules,
} from './experiments/permissions';
import { DEFAULT_SCORECARD_THRESHOLDS } from './experiments/scorecard';
import { MeasurementService } from './measurements/MeasurementService';
import { readMetricDefinitions } from './metrics/metricDefinitions';
import { RiskService } from './risks/RiskService';
import { RiskStore } from './risks/RiskStore';
import { createRouter } from './service/router';
import {
  CatalogEvidenceProvider,
  PortalDatabaseEvidenceProvider,
  UrlIndexEvidenceProvider,
} from './sync/providers/evidenceProviders';
import { EVIDENCE_SYNC_TASK_ID } from './sync/router';
import { SyncService } from './sync/SyncService';
import { SyncStore } from './sync/SyncStore';
import { readSuccessMeasures, SuccessMeasureService } from './successMeasures/SuccessMeasureService';
import { PulseService, readPulseQuestions } from './pulse/PulseService';
import { PulseStore } from './pulse/PulseStore';
import { readTimeZone, zonedClock } from './time/clock';
import {
  devexEvidenceProvidersExtensionPoint,
  devexClockServiceRef,
  devexMetricSourcesExtensionPoint,
  EvidenceProvider,
  MetricSource,
} from '@internal/backstage-plugin-devex-node';
import { MetricCollector } from './metricSources/MetricCollector';
import { DigestService } from './digest/DigestService';
import { FourKeysMetricSource, PrefectMetricSource, SupplyChainMetricSource } from './metricSources/sources';

/**
 * The DevEx governance backend plugin: action items, experiments and their scorecards, and
 * measurements, kept in the portal database.
 *
 * @public
 */
export const devexPlugin = createBackendPlugin({
  pluginId: 'devex',
  register(env) {
    const extraProviders: EvidenceProvider[] = [];
    const extraSources: MetricSource[] = [];
    env.registerExtensionPoint(devexMetricSourcesExtensionPoint, {
      addMetricSource(...sources) {
        extraSources.push(...sources);
      },
    });
    env.registerExtensionPoint(devexEvidenceProvidersExtensionPoint, {
      addEvidenceProvider(...providers) {
        extraProviders.push(...providers);
      },
    });
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        userInfo: coreServices.userInfo,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        catalog: catalogServiceRef,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        urlReader: coreServices.urlReader,
        notifications: notificationService,
        devexClock: devexClockServiceRef,
      },
      async init(deps) {
        const { config, logger, database, httpAuth, auth, userInfo, permissions, permissionsRegistry } = deps;
        const timeZone = readTimeZone(config);
        const clock = zonedClock(deps.devexClock, timeZone);
        const knex = await applyDatabaseMigrations(database);
        const metrics = readMetricDefinitions(config);
        const calendarSettings = readCalendarSettings(config);

        const seededDemo =
          config.getOptionalBoolean('devex.demoData.enabled') &&
          process.env.NODE_ENV !== 'production' &&
          (await seedDemoData({ knex, logger, clock, timeZone }));

        const experimentStore = new ExperimentStore(knex);
        const experiments = new ExperimentService({
          store: experimentStore,
          permissions,
          ruleset: permissionsRegistry.getPermissionRuleset(experimentPermissionResourceRef),
          catalog: deps.catalog,
          auth,
          metrics,
          thresholds: {
            ...DEFAULT_SCORECARD_THRESHOLDS,
            onTrack: config.getOptionalNumber('devex.scorecards.onTrackProgress') ?? DEFAULT_SCORECARD_THRESHOLDS.onTrack,
            atRisk: config.getOptionalNumber('devex.scorecards.atRiskProgress') ?? DEFAULT_SCORECARD_THRESHOLDS.atRisk,
          },
          clock,
        });

        permissionsRegistry.addPermissions(devexPermissions);
        permissionsRegistry.addResourceType({
          resourceRef: experimentPermissionResourceRef,
          permissions: devexExperimentResourcePermissions,
          rules: Object.values(experimentPermissionRules),
          getResources: ids => experiments.loadResources(ids),
        });

        const actionItemStore = new KnexActionItemStore(knex);
        const actionItems = new ActionItemService({
          store: actionItemStore,
          permissions,
          userInfo,
          clock,
          timeZone,
        });

        const calendar = new CalendarService({
          settings: calendarSettings,
          store: new CalendarStore(knex),
          actionItems: actionItemStore,
          permissions,
          catalog: deps.catalog,
          auth,
          clock,
          portalUrl: config.getOptionalString('app.baseUrl') ?? '',
        });

        const escalation = new EscalationService({
          store: new BlockerStore(knex),
          permissions,
          catalog: deps.catalog,
          auth,
          notifications: deps.notifications,
          urlReader: deps.urlReader,
          logger,
          settings: {
            workingDays: config.getOptionalNumber('devex.escalation.workingDays') ?? 2,
            steeringCommittee: config.getOptionalString('devex.escalation.steeringCommittee') ?? 'group:default/platform-steering-committee',
            chair: config.getOptionalString('devex.escalation.chair') ?? 'user:default/dx-sponsor',
            calendar: calendarSettings.workingCalendar,
          },
          clock,
        });

        // Scheduled through the scheduler with global scope: one run per interval across replicas.
        await deps.scheduler.scheduleTask({
          id: 'devex-escalate-blockers',
          ...(config.has('devex.escalation.schedule')
            ? readSchedulerServiceTaskScheduleDefinitionFromConfig(config.getConfig('devex.escalation.schedule'))
            : { frequency: { minutes: 5 }, timeout: { minutes: 5 } }),
          scope: 'global',
          fn: async () => {
            const escalated = await escalation.escalateDue();
            if (escalated.length) logger.info(`Escalated ${escalated.length} blocker(s) to the steering committee`);
          },
        });
        await deps.scheduler.scheduleTask({
          id: 'devex-read-next-steps-files',
          frequency: { minutes: 30 },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 30 },
          scope: 'global',
          fn: () => escalation.syncNextStepsFiles(),
        });

        const syncStore = new SyncStore(knex);
        const indexUrl = config.getOptionalString('devex.sync.evidenceIndexUrl');
        const sync = new SyncService({
          store: syncStore,
          providers: [
            new PortalDatabaseEvidenceProvider(syncStore),
            new CatalogEvidenceProvider(deps.catalog, auth),
            ...(indexUrl ? [new UrlIndexEvidenceProvider(deps.urlReader, indexUrl)] : []),
            ...extraProviders,
          ],
          permissions,
          catalog: deps.catalog,
          auth,
          urlReader: deps.urlReader,
          logger,
          target: config.getOptionalNumber('devex.sync.target') ?? 0.8,
          clock,
        });
        const syncSchedule = config.has('devex.sync.schedule')
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(config.getConfig('devex.sync.schedule'))
          : { frequency: { minutes: 30 }, timeout: { minutes: 10 } };
        await deps.scheduler.scheduleTask({
          id: EVIDENCE_SYNC_TASK_ID,
          ...syncSchedule,
          // Global scope: one run per interval across replicas (a replica starting later keeps the
          // next run time already set in the shared database).
          scope: 'global',
          fn: async () => {
            const run = await sync.run('schedule');
            logger.info(`Evidence sync: ${run.syncedAutomatically}/${run.total} synced automatically, ${run.skipped} unchanged skipped`);
          },
        });

        if (seededDemo) {
          // The demo shows a ratio at once rather than after the first interval; once the backend
          // is up, so the catalog can answer.
          deps.lifecycle.addStartupHook(() =>
            deps.scheduler.triggerTask(EVIDENCE_SYNC_TASK_ID).catch(e => logger.warn(`Demo sync not started: ${e}`)),
          );
        }

        const pulse = new PulseService({
          store: new PulseStore(knex),
          measurements: experimentStore,
          permissions,
          userInfo,
          catalog: deps.catalog,
          auth,
          questions: readPulseQuestions(config),
          minResponses: config.getOptionalNumber('devex.pulse.minResponses') ?? 5,
          clock,
        });
        // Opens the month's campaign once its pulse-survey occurrence has come (one run across replicas).
        await deps.scheduler.scheduleTask({
          id: 'devex-open-pulse-campaign',
          frequency: { hours: 1 },
          timeout: { minutes: 2 },
          scope: 'global',
          fn: async () => {
            const cadence = calendarSettings.cadences.find(c => c.type === 'pulse_survey');
            const opened = await pulse.openIfDue(cadence, 'user:default/devex-scheduler');
            if (opened) logger.info(`Opened ${opened.title}`);
          },
        });

        const sourcesConfig = config.getOptionalConfig('devex.metricSources');
        const prefect = (sourcesConfig?.getOptionalConfigArray('prefect') ?? []).map(c => ({
          name: c.getString('name'),
          baseUrl: c.getString('baseUrl'),
          apiKey: c.getOptionalString('apiKey'),
          deploymentId: c.getString('deploymentId'),
          entityRef: c.getString('entityRef'),
          windowDays: c.getOptionalNumber('windowDays') ?? 30,
        }));
        const fourKeys = sourcesConfig?.getOptionalConfig('fourKeys');
        const supplyChain = (sourcesConfig?.getOptionalConfigArray('supplyChain') ?? []).map(c => ({ entityRef: c.getString('entityRef'), url: c.getString('url') }));
        const collector = new MetricCollector({
          sources: [
            ...(prefect.length ? [new PrefectMetricSource(prefect)] : []),
            ...(fourKeys ? [new FourKeysMetricSource(deps.urlReader, fourKeys.getString('url'), fourKeys.getOptionalString('entityRef') ?? null)] : []),
            ...(supplyChain.length ? [new SupplyChainMetricSource(deps.urlReader, supplyChain)] : []),
            ...extraSources,
          ],
          store: experimentStore,
          knex,
          metrics,
          permissions,
          logger,
          clock,
        });
        await deps.scheduler.scheduleTask({
          id: 'devex-collect-metrics',
          frequency: { hours: 1 },
          timeout: { minutes: 10 },
          scope: 'global',
          fn: async () => {
            await collector.collect();
          },
        });

        const successMeasures = new SuccessMeasureService({
          measures: readSuccessMeasures(config),
          experiments: experimentStore,
          sync: syncStore,
          permissions,
          clock,
        });
        const digest = new DigestService({
          knex,
          successMeasures,
          experiments,
          actionItems: actionItemStore,
          sync: syncStore,
          calendar,
          notifications: deps.notifications,
          entityDashboards: async () => {
            const { items } = await deps.catalog.getEntities(
              { filter: { 'metadata.annotations.devex.io/dashboards': CATALOG_FILTER_EXISTS }, fields: ['metadata'] },
              { credentials: await auth.getOwnServiceCredentials() },
            );
            return items.flatMap(e =>
              (e.metadata.annotations?.['devex.io/dashboards'] ?? '').split(',').flatMap(pair => {
                const [title, ...url] = pair.split('=');
                return url.length ? [{ title: `${e.metadata.title ?? e.metadata.name}: ${title.trim()}`, url: url.join('=').trim() }] : [];
              }),
            );
          },
          permissions,
          logger,
          recipients: config.getOptionalStringArray('devex.digest.recipients') ?? ['group:default/developer-productivity-guild'],
          dashboards: (config.getOptionalConfigArray('devex.digest.dashboards') ?? []).map(c => ({ title: c.getString('title'), url: c.getString('url') })),
          syncTarget: config.getOptionalNumber('devex.sync.target') ?? 0.8,
          clock,
        });
        const digestDay = config.getOptionalNumber('devex.digest.dayOfMonth') ?? 1;
        // Daily check; the period's row makes the month's digest go out once across replicas.
        await deps.scheduler.scheduleTask({
          id: 'devex-send-digest',
          frequency: { hours: 1 },
          timeout: { minutes: 5 },
          scope: 'global',
          fn: async () => {
            await digest.sendIfDue(digestDay);
          },
        });

        // Calendar apps fetch the feed without a Backstage token; its URL carries a signature instead.
        deps.httpRouter.addAuthPolicy({ path: '/calendar/feed', allow: 'unauthenticated' });
        deps.httpRouter.use(
          await createRouter({
            httpAuth,
            auditor: deps.auditor,
            actionItems,
            experiments,
            measurements: new MeasurementService({ store: experimentStore, permissions, metrics }),
            calendar,
            backlog: new BacklogService({ store: new BacklogStore(knex), permissions, clock }),
            risks: new RiskService({ store: new RiskStore(knex), permissions, clock }),
            escalation,
            sync,
            pulse,
            collector,
            successMeasures,
            digest,
            scheduler: deps.scheduler,
            permissions,
          }),
        );
      },
    });
  },
});
