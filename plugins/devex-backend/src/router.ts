import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import { ActionItemService } from './actionItems/ActionItemService';
import { callersFrom } from './http/caller';
import { registerActionItemRoutes } from './actionItems/router';
import { BacklogService } from './backlog/BacklogService';
import { registerBacklogRoutes } from './backlog/router';
import { CalendarService } from './calendar/CalendarService';
import { FeedLinkService } from './calendar/FeedLinkService';
import { EscalationService } from './escalation/EscalationService';
import { registerEscalationRoutes } from './escalation/router';
import { RiskService } from './risks/RiskService';
import { registerSyncRoutes } from './sync/router';
import { registerAnomalyRoutes } from './anomalies/router';
import { AnomalyService } from './anomalies/AnomalyService';
import { registerPulseRoutes } from './pulse/router';
import { MetricCollector } from './metricSources/MetricCollector';
import { DigestService } from './digest/DigestService';
import { registerDigestRoutes } from './digest/router';
import { registerMetricSourceRoutes } from './metricSources/router';
import { PulseService } from './pulse/PulseService';
import { registerSuccessMeasureRoutes } from './successMeasures/router';
import { SuccessMeasureService } from './successMeasures/SuccessMeasureService';
import { EvidenceCatalogService } from './sync/EvidenceCatalogService';
import { SyncOverviewService } from './sync/SyncOverviewService';
import { SyncService } from './sync/SyncService';
import { registerRiskRoutes } from './risks/router';
import { RunbookService } from './runbooks/RunbookService';
import { registerRunbookRoutes } from './runbooks/router';
import { registerCalendarRoutes } from './calendar/router';
import { ExperimentService } from './experiments/ExperimentService';
import { registerExperimentRoutes } from './experiments/router';
import { MeasurementService } from './measurements/MeasurementService';
import { createDevexApiRouter } from './http/apiRouter';
import { registerSummaryRoutes } from './summary/router';
import { ForumService } from './forum/ForumService';
import { registerForumRoutes } from './forum/router';
import { SummaryService } from './summary/SummaryService';
import { FlagDecisionService } from './featureFlags/FlagDecisionService';
import { registerFlagDecisionRoutes } from './featureFlags/router';
import { WaiverService } from './waivers/WaiverService';
import { registerWaiverRoutes } from './waivers/router';
import { ErasureService } from './erasure/ErasureService';
import { registerErasureRoutes } from './erasure/router';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  /** The auditor of the routes that audit their own writes, announcing them (`announceChanges`). */
  auditor: AuditorService;
  actionItems: ActionItemService;
  experiments: ExperimentService;
  measurements: MeasurementService;
  calendar: CalendarService;
  feedLinks: FeedLinkService;
  backlog: BacklogService;
  risks: RiskService;
  runbooks: RunbookService;
  escalation: EscalationService;
  sync: SyncService;
  anomalies: AnomalyService;
  syncOverview: SyncOverviewService;
  evidenceCatalog: EvidenceCatalogService;
  successMeasures: SuccessMeasureService;
  pulse: PulseService;
  collector: MetricCollector;
  digest: DigestService;
  summary: SummaryService;
  forums: ForumService;
  flagDecisions: FlagDecisionService;
  waivers: WaiverService;
  erasure: ErasureService;
}

/** All of the plugin's HTTP routes, behind OpenAPI validation. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, auditor } = options;
  const callerOf = callersFrom(httpAuth);
  const router = createDevexApiRouter();
  registerSummaryRoutes(router, { summary: options.summary, callerOf });
  registerForumRoutes(router, { forums: options.forums, callerOf });
  registerActionItemRoutes(router, { service: options.actionItems, callerOf });
  registerExperimentRoutes(router, {
    experiments: options.experiments,
    measurements: options.measurements,
    httpAuth,
    callerOf,
    auditor,
  });
  registerFlagDecisionRoutes(router, {
    flagDecisions: options.flagDecisions,
    callerOf,
    auditor,
  });
  registerWaiverRoutes(router, {
    waivers: options.waivers,
    callerOf,
    auditor,
  });
  registerCalendarRoutes(router, {
    calendar: options.calendar,
    feedLinks: options.feedLinks,
    callerOf,
    auditor,
  });
  registerBacklogRoutes(router, { backlog: options.backlog, callerOf });
  registerRiskRoutes(router, { risks: options.risks, callerOf });
  registerRunbookRoutes(router, { runbooks: options.runbooks, callerOf });
  registerEscalationRoutes(router, {
    escalation: options.escalation,
    callerOf,
  });
  registerDigestRoutes(router, { digest: options.digest, callerOf });
  registerMetricSourceRoutes(router, {
    collector: options.collector,
    callerOf,
  });
  registerPulseRoutes(router, { pulse: options.pulse, callerOf });
  registerSuccessMeasureRoutes(router, {
    successMeasures: options.successMeasures,
    callerOf,
  });
  registerAnomalyRoutes(router, { anomalies: options.anomalies, callerOf });
  registerSyncRoutes(router, {
    sync: options.sync,
    syncOverview: options.syncOverview,
    evidenceCatalog: options.evidenceCatalog,
    httpAuth,
    callerOf,
    auditor,
  });
  registerErasureRoutes(router, {
    erasure: options.erasure,
    callerOf,
    auditor,
  });
  return router;
}
