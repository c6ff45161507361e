import {
  AuditorService,
  AuthService,
  LoggerService,
  PermissionsRegistryService,
  PermissionsService,
  SchedulerService,
  UrlReaderService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  devexEntityRecordPermissions,
  devexExperimentResourcePermissions,
  devexPermissions,
} from '@devex-governance/backstage-plugin-devex-common';
import { DevexAudit } from './audit/DevexAudit';
import { EntityCatalog } from './catalog/EntityCatalog';
import {
  EntityRecordAuthorizer,
  loadEntityRecordResources,
  entityRecordPermissionResourceRef,
  entityRecordPermissionRules,
} from './permissions/entityRecords';
import {
  EvidenceProvider,
  FeatureFlagProvider,
  MetricSource,
} from '@devex-governance/backstage-plugin-devex-node';
import { FlagDecisionService } from './featureFlags/FlagDecisionService';
import { UnleashFlagProvider } from './featureFlags/UnleashFlagProvider';
import {
  ActionItemService,
  ACTION_ITEM_AUDIT,
} from './actionItems/ActionItemService';
import { BacklogService, BACKLOG_AUDIT } from './backlog/BacklogService';
import { CalendarAccess } from './calendar/CalendarAccess';
import { CalendarService } from './calendar/CalendarService';
import { FeedLinkService } from './calendar/FeedLinkService';
import { DevexConfig } from './config';
import { DevexStores } from './stores';
import { DigestService, DIGEST_AUDIT } from './digest/DigestService';
import { catalogDashboards } from './digest/entityDashboards';
import {
  EscalationService,
  BLOCKER_AUDIT,
} from './escalation/EscalationService';
import { NextStepsFileReader } from './escalation/NextStepsFileReader';
import {
  ExperimentService,
  EXPERIMENT_AUDIT,
} from './experiments/ExperimentService';
import {
  experimentPermissionResourceRef,
  experimentPermissionRules,
} from './experiments/permissions';
import { MeasurementService } from './measurements/MeasurementService';
import { MetricCollector } from './metricSources/MetricCollector';
import { Outbox } from './outbox/Outbox';
import {
  FourKeysMetricSource,
  PrefectMetricSource,
  SupplyChainMetricSource,
} from './metricSources/sources';
import { PulseService, PULSE_AUDIT } from './pulse/PulseService';
import { RiskService, RISK_AUDIT } from './risks/RiskService';
import { RunbookService } from './runbooks/RunbookService';
import { SuccessMeasureService } from './successMeasures/SuccessMeasureService';
import {
  CatalogEvidenceProvider,
  PortalDatabaseEvidenceProvider,
  UrlIndexEvidenceProvider,
} from './sync/providers/evidenceProviders';
import { SummaryService } from './summary/SummaryService';
import { reuseReadDecisions } from './permissions/readDecisions';
import { announceChanges } from './audit/announceChanges';
import { GroupHierarchy } from './catalog/GroupHierarchy';
import { FORUM_AUDIT, ForumService } from './forum/ForumService';
import { SyncRatios } from './sync/SyncRatios';
import { WaiverService } from './waivers/WaiverService';
import { EvidenceCatalogService } from './sync/EvidenceCatalogService';
import { SyncOverviewService } from './sync/SyncOverviewService';
import { SyncService } from './sync/SyncService';
import { SyncServiceOptions } from './sync/SyncServiceOptions';
import { Clock } from './time/clock';
import { FeedSealer } from './calendar/FeedSealer';
import { PulseSealer } from './pulse/PulseSealer';
import { ErasureService } from './erasure/ErasureService';
import { RetentionPruner } from './retention/RetentionPruner';
import { ReminderService } from './reminders/ReminderService';
import { AnomalyService, ANOMALY_AUDIT } from './anomalies/AnomalyService';
import { ComputedViews } from './shared/ComputedViews';
import { reuseUserInfo } from './shared/reuseUserInfo';

/** What the services are built from: the plugin's core services, its config, clock and stores. */
export interface ServiceDeps {
  config: DevexConfig;
  clock: Clock;
  stores: DevexStores;
  logger: LoggerService;
  auth: AuthService;
  userInfo: UserInfoService;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  auditor: AuditorService;
  scheduler: SchedulerService;
  urlReader: UrlReaderService;
  catalog: CatalogService;
  notifications: NotificationService;
  evidenceProviders: EvidenceProvider[];
  metricSources: MetricSource[];
  featureFlagProviders: FeatureFlagProvider[];
}

export type DevexServices = ReturnType<typeof createServices>;

/** Builds every domain service once, and registers the plugin's permissions. */
export function createServices(deps: ServiceDeps) {
  const { config, clock, stores, logger, auth, catalog, urlReader } = deps;
  const permissions = reuseReadDecisions(deps.permissions);
  const userInfo = reuseUserInfo(deps.userInfo);
  // a change audited through any door (REST, MCP actions, forum mode, scheduled tasks) drops the
  // computed views of this replica and, through the database, of the others
  const views = new ComputedViews(clock, stores.state.viewChanges(), error =>
    logger.warn(`Could not tell the other replicas of a write: ${error}`),
  );
  const auditor = announceChanges(deps.auditor, views.invalidate);
  const audit = new DevexAudit(auditor);
  const entities = new EntityCatalog(catalog, auth, deps.permissions);
  const groups = new GroupHierarchy(catalog, auth);
  const outbox = new Outbox({
    store: stores.outbox,
    notifications: deps.notifications,
    logger,
    clock,
  });
  deps.permissionsRegistry.addPermissions(devexPermissions);
  deps.permissionsRegistry.addResourceType({
    resourceRef: entityRecordPermissionResourceRef,
    permissions: devexEntityRecordPermissions,
    rules: Object.values(entityRecordPermissionRules),
    getResources: refs =>
      loadEntityRecordResources(refs, {
        entities,
        actionItem: id => stores.actionItems.get(id),
      }),
  });
  const records = new EntityRecordAuthorizer({
    permissions,
    ruleset: deps.permissionsRegistry.getPermissionRuleset(
      entityRecordPermissionResourceRef,
    ),
    entities,
  });
  const experiments = audit.service(
    new ExperimentService({
      groups,
      store: stores.experiments,
      measurements: stores.measurements,
      permissions,
      ruleset: deps.permissionsRegistry.getPermissionRuleset(
        experimentPermissionResourceRef,
      ),
      entities,
      metrics: config.metrics,
      thresholds: config.scorecards,
      bands: config.performanceBands,
      clock,
      views,
    }),
    EXPERIMENT_AUDIT,
  );
  deps.permissionsRegistry.addResourceType({
    resourceRef: experimentPermissionResourceRef,
    permissions: devexExperimentResourcePermissions,
    rules: Object.values(experimentPermissionRules),
    getResources: ids => experiments.loadResources(ids),
  });

  const actionItems = audit.service(
    new ActionItemService({
      groups,
      store: stores.actionItems,
      permissions,
      userInfo,
      records,
      entities,
      clock,
      views,
    }),
    ACTION_ITEM_AUDIT,
  );
  const calendarAccess = new CalendarAccess({
    feeds: stores.calendarFeeds,
    permissions,
    entities,
    clock,
  });
  const calendar = new CalendarService({
    settings: config.calendar,
    store: stores.calendar,
    access: calendarAccess,
    actionItems: stores.actionItems,
    permissions,
    entities,
    clock,
    views,
  });
  const feedLinks = new FeedLinkService({
    feeds: stores.calendarFeeds,
    sealer: new FeedSealer(config.feedSigningKeys),
    feedConfirmationDays: config.feedConfirmationDays,
    access: calendarAccess,
    calendar,
    permissions,
    catalog,
    auth,
    clock,
    portalUrl: config.portalUrl,
  });
  const escalation = audit.service(
    new EscalationService({
      store: stores.blockers,
      auditor,
      permissions,
      records,
      entities,
      catalog,
      auth,
      outbox,
      logger,
      settings: {
        ...config.escalation,
        calendar: config.calendar.workingCalendar,
      },
      clock,
    }),
    BLOCKER_AUDIT,
  );
  const nextStepsFiles = new NextStepsFileReader({
    escalation,
    store: stores.blockers,
    catalog,
    auth,
    urlReader,
    auditor,
    logger,
    clock,
  });
  const { evidenceIndexUrl } = config.sync;
  const ratios = new SyncRatios({
    store: stores.syncStatus,
    clock,
    target: config.sync.target,
    waivedCounted: config.sync.waivers.countInRatio,
  });
  const waivers = new WaiverService({
    store: stores.waivers,
    sync: stores.remediationItems,
    measures: config.successMeasures,
    permissions,
    records,
    entities,
    outbox,
    logger,
    auditor,
    clock,
    noticeDays: config.sync.waivers.noticeDays,
    pagePath: config.pagePath,
  });
  const syncOptions: SyncServiceOptions = {
    items: stores.remediationItems,
    status: stores.syncStatus,
    runs: stores.syncRuns,
    evidence: stores.evidence,
    ratios,
    waivers,
    groups,
    entities,
    providers: [
      new PortalDatabaseEvidenceProvider(stores.evidence),
      new CatalogEvidenceProvider(
        catalog,
        auth,
        config.sync.trustedEvidenceSources,
      ),
      ...(evidenceIndexUrl
        ? [new UrlIndexEvidenceProvider(urlReader, evidenceIndexUrl)]
        : []),
      ...deps.evidenceProviders,
    ],
    permissions,
    records,
    auditor,
    catalog,
    auth,
    urlReader,
    logger,
    target: config.sync.target,
    scheduler: deps.scheduler,
    schedule: config.sync.schedule,
    clock,
  };
  const sync = new SyncService(syncOptions);
  const syncOverview = new SyncOverviewService({ ...syncOptions, views });
  const evidenceCatalog = new EvidenceCatalogService(syncOptions);
  const pulse = audit.service(
    new PulseService({
      views,
      store: stores.pulse,
      measurements: stores.measurements,
      permissions,
      userInfo,
      catalog,
      auth,
      questions: config.pulse.questions,
      minResponses: config.pulse.minResponses,
      sealer: new PulseSealer(
        config.pulse.sealingKeys.keys,
        config.pulse.sealingKeys.configured,
      ),
      logger,
      auditor,
      clock,
    }),
    PULSE_AUDIT,
  );
  const { prefect, fourKeys, supplyChain } = config.metricSources;
  const anomalies = audit.service(
    new AnomalyService({
      store: stores.anomalies,
      measurements: stores.measurements,
      metrics: config.metrics,
      permissions,
      entities,
      auditor,
      logger,
      clock,
    }),
    ANOMALY_AUDIT,
  );
  const collector = new MetricCollector({
    sources: [
      ...(prefect.length ? [new PrefectMetricSource(prefect)] : []),
      ...(fourKeys
        ? [
            new FourKeysMetricSource(
              urlReader,
              fourKeys.url,
              fourKeys.entityRef,
            ),
          ]
        : []),
      ...(supplyChain.length
        ? [new SupplyChainMetricSource(urlReader, supplyChain)]
        : []),
      ...deps.metricSources,
    ],
    measurements: stores.measurements,
    statuses: stores.metricSourceStatus,
    metrics: config.metrics,
    permissions,
    auditor,
    logger,
    clock,
    afterCollection: () => anomalies.detect(),
  });
  const successMeasures = new SuccessMeasureService({
    views,
    measures: config.successMeasures,
    measurements: stores.measurements,
    sync: stores.syncRuns,
    ratios,
    waivers,
    groups,
    permissions,
    clock,
  });
  const digest = audit.service(
    new DigestService({
      store: stores.digests,
      entities,
      auditor,
      successMeasures,
      experiments,
      actionItems: stores.actionItems,
      ratios,
      anomalies,
      calendar,
      outbox,
      entityDashboards: catalogDashboards(catalog, auth, {
        logger,
        allowedHosts: config.digest.dashboardHosts,
      }),
      permissions,
      logger,
      recipients: config.digest.recipients,
      dashboards: config.digest.dashboards,
      syncTarget: config.sync.target,
      dayOfMonth: config.digest.dayOfMonth,
      clock,
    }),
    DIGEST_AUDIT,
  );
  const summary = new SummaryService({
    views,
    permissions,
    entities,
    experiments,
    actionItems: stores.actionItems,
    blockers: stores.blockers,
    risks: stores.risks,
    ratios,
    calendar,
    calendarAccess,
    successMeasures,
    pulse,
    anomalies,
    clock,
  });
  const backlog = audit.service(
    new BacklogService({
      store: stores.backlog,
      permissions,
      entities,
      clock,
    }),
    BACKLOG_AUDIT,
  );
  const { unleash } = config.featureFlags;
  const flagDecisions = new FlagDecisionService({
    store: stores.flagDecisions,
    experiments,
    providers: [
      ...(unleash ? [new UnleashFlagProvider(unleash)] : []),
      ...deps.featureFlagProviders,
    ],
    auditor,
    logger,
    clock,
    pagePath: config.pagePath,
    schedule: config.featureFlags.schedule,
  });
  const runbooks = new RunbookService({
    store: stores.runbookChecks,
    calendar,
    entities,
    catalog,
    auth,
    permissions,
    urlReader,
    logger,
    clock,
  });
  const risks = audit.service(
    new RiskService({
      store: stores.risks,
      permissions,
      records,
      entities,
      clock,
    }),
    RISK_AUDIT,
  );
  return {
    summary,
    /** The auditor of the routes that audit their own writes: it announces them too. */
    auditor,
    actionItems,
    experiments,
    measurements: new MeasurementService({
      experiments: stores.experiments,
      experimentAccess: experiments,
      store: stores.measurements,
      records,
      metrics: config.metrics,
    }),
    calendar,
    feedLinks,
    nextStepsFiles,
    anomalies,
    reminders: new ReminderService({
      actionItems: stores.actionItems,
      remediationItems: stores.remediationItems,
      outbox,
      settings: config.reminders,
      timeZone: config.calendar.timeZone,
      auditor,
      logger,
      clock,
    }),
    backlog,
    risks,
    runbooks,
    forums: audit.service(
      new ForumService({
        store: stores.forums,
        calendar,
        experiments,
        flagDecisions,
        actionItems,
        backlog,
        risks,
        anomalies,
        permissions,
        entities,
        clock,
        pagePath: config.pagePath,
        portalUrl: config.portalUrl,
      }),
      FORUM_AUDIT,
    ),
    flagDecisions,
    waivers,
    escalation,
    sync,
    syncOverview,
    evidenceCatalog,
    pulse,
    collector,
    successMeasures,
    digest,
    outbox,
    retention: new RetentionPruner({
      settings: config.retention,
      measurements: stores.measurements,
      sync: stores.syncRuns,
      outbox: stores.outbox,
      pulse: stores.pulse,
      calendarFeeds: stores.calendarFeeds,
      auditor,
      logger,
      clock,
      minMeasurementDays: Math.max(
        0,
        ...config.successMeasures.map(m => m.windowDays),
      ),
      // an outbox key keeps a notice or reminder from going twice while it can still be decided
      minOutboxDays:
        Math.max(
          config.sync.waivers.noticeDays,
          config.reminders.overdueWindowDays,
          ...config.reminders.actionItems.daysBefore,
          ...config.reminders.remediationItems.daysBefore,
        ) + 1,
    }),
    erasure: new ErasureService({
      store: stores.erasure,
      pulse,
      calendarFeeds: stores.calendarFeeds,
      sync: stores.remediationItems,
      permissions,
    }),
  };
}
