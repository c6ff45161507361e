import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import { ActionItemService } from './actionItems/ActionItemService';
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
  const router = createDevexApiRouter();
  registerSummaryRoutes(router, { summary: options.summary, httpAuth });
  registerForumRoutes(router, { forums: options.forums, httpAuth });
  registerActionItemRoutes(router, { service: options.actionItems, httpAuth });
  registerExperimentRoutes(router, {
    experiments: options.experiments,
    measurements: options.measurements,
    httpAuth,
    auditor,
  });
  registerFlagDecisionRoutes(router, {
    flagDecisions: options.flagDecisions,
    httpAuth,
    auditor,
  });
  registerWaiverRoutes(router, {
    waivers: options.waivers,
    httpAuth,
    auditor,
  });
  registerCalendarRoutes(router, {
    calendar: options.calendar,
    feedLinks: options.feedLinks,
    httpAuth,
    auditor,
  });
  registerBacklogRoutes(router, { backlog: options.backlog, httpAuth });
  registerRiskRoutes(router, { risks: options.risks, httpAuth });
  registerRunbookRoutes(router, { runbooks: options.runbooks, httpAuth });
  registerEscalationRoutes(router, {
    escalation: options.escalation,
    httpAuth,
  });
  registerDigestRoutes(router, { digest: options.digest, httpAuth, auditor });
  registerMetricSourceRoutes(router, {
    collector: options.collector,
    httpAuth,
  });
  registerPulseRoutes(router, { pulse: options.pulse, httpAuth, auditor });
  registerSuccessMeasureRoutes(router, {
    successMeasures: options.successMeasures,
    httpAuth,
  });
  registerAnomalyRoutes(router, { anomalies: options.anomalies, httpAuth });
  registerSyncRoutes(router, {
    sync: options.sync,
    syncOverview: options.syncOverview,
    evidenceCatalog: options.evidenceCatalog,
    httpAuth,
    auditor,
  });
  registerErasureRoutes(router, {
    erasure: options.erasure,
    httpAuth,
    auditor,
  });
  return router;
}
