import { createApiRef } from '@backstage/core-plugin-api';
import {
  ActionItem,
  CreateActionItemRequest,
  ListActionItemsQuery,
  ListActionItemsResponse,
  UpdateActionItemRequest,
  ExperimentStatus,
  ExperimentTransition,
  MetricFamily,
  ScorecardsResponse,
  TransitionExperimentRequest,
  TransitionExperimentResponse,
  Occurrence,
  OccurrenceRecord,
  UpsertOccurrenceRecordRequest,
  VerificationWindow,
  BacklogItem,
  BacklogRankChange,
  Blocker,
  RaiseBlockerRequest,
  ReorderBacklogRequest,
  ResolveBlockerRequest,
  Risk,
  RiskChange,
  RiskHeatmap,
  RunbookContent,
  RunbookStatusList,
  UpdateBacklogItemRequest,
  SyncOverview,
  SyncRatio,
  SuccessMeasureResult,
  CurrentPulse,
  PulseAnswerRequest,
  PulseResults,
  DevexSummary,
  ListBlockersResponse,
  ForumOutput,
  ForumSession,
  RecordForumActionItemRequest,
  RecordForumBacklogMoveRequest,
  RecordForumDecisionRequest,
  FlagDecision,
  Waiver,
  WaiverStatus,
  WaiverSubjectType,
  RequestWaiverRequest,
  DecideWaiverRequest,
  RecordFlagDecisionRequest,
  RecordForumFlagDecisionRequest,
  RecordForumNoteRequest,
  RecordForumRiskChangeRequest,
} from '@devex-governance/backstage-plugin-devex-common';

/** Filters for experiments and their scorecards. */
export interface ScorecardQuery {
  entityRef?: string;
  owner?: string[];
  status?: ExperimentStatus[];
  family?: MetricFamily[];
  limit?: number;
  cursor?: string;
}

/** The DevEx backend, as the frontend sees it. */
export interface DevexApi {
  listActionItems(
    query: ListActionItemsQuery,
  ): Promise<ListActionItemsResponse>;
  getActionItem(id: string): Promise<ActionItem>;
  createActionItem(request: CreateActionItemRequest): Promise<ActionItem>;
  updateActionItem(
    id: string,
    request: UpdateActionItemRequest,
  ): Promise<ActionItem>;
  deleteActionItem(id: string): Promise<void>;
  listScorecards(
    query: ScorecardQuery,
  ): Promise<ScorecardsResponse & { nextCursor?: string }>;
  /** The scorecards matching the filters as CSV text. */
  exportScorecardsCsv(query: ScorecardQuery): Promise<string>;
  transitionExperiment(
    id: string,
    request: TransitionExperimentRequest,
  ): Promise<TransitionExperimentResponse>;
  listExperimentTransitions(
    id: string,
  ): Promise<{ items: ExperimentTransition[] }>;
  listFlagDecisions(experimentId: string): Promise<{ items: FlagDecision[] }>;
  listWaivers(query: {
    subjectType?: WaiverSubjectType;
    status?: WaiverStatus[];
    entityRef?: string;
    limit?: number;
    cursor?: string;
  }): Promise<{ items: Waiver[]; nextCursor?: string }>;
  requestWaiver(request: RequestWaiverRequest): Promise<Waiver>;
  decideWaiver(id: string, request: DecideWaiverRequest): Promise<Waiver>;
  recordFlagDecision(
    experimentId: string,
    request: RecordFlagDecisionRequest,
  ): Promise<FlagDecision>;
  recordForumFlagDecision(
    occurrenceId: string,
    request: RecordForumFlagDecisionRequest,
  ): Promise<ForumOutput>;
  listOccurrences(query: {
    from?: string;
    to?: string;
    entityRef?: string;
  }): Promise<{ occurrences: Occurrence[] }>;
  recordOccurrence(
    id: string,
    request: UpsertOccurrenceRecordRequest,
  ): Promise<OccurrenceRecord>;
  listVerificationWindows(): Promise<{ windows: VerificationWindow[] }>;
  /** An absolute, signed iCalendar feed URL to subscribe to. */
  getCalendarFeedUrl(entityRef?: string): Promise<string>;
  listBacklog(
    entityRef?: string,
  ): Promise<{ items: BacklogItem[]; history: BacklogRankChange[] }>;
  reorderBacklog(request: ReorderBacklogRequest): Promise<BacklogItem>;
  updateBacklogItem(
    id: string,
    request: UpdateBacklogItemRequest,
  ): Promise<BacklogItem>;
  listRisks(
    entityRef?: string,
  ): Promise<{ risks: Risk[]; heatmap: RiskHeatmap; history: RiskChange[] }>;
  /** A runbook the entity names, read by the backend, to render in the portal. */
  getRunbookContent(entityRef: string, url: string): Promise<RunbookContent>;
  /** The entity's runbooks, each with whether it changed since the last runbook-update ritual. */
  listRunbookStatus(entityRef: string): Promise<RunbookStatusList>;
  listBlockers(query: {
    entityRef?: string;
    includeResolved?: boolean;
  }): Promise<ListBlockersResponse>;
  raiseBlocker(request: RaiseBlockerRequest): Promise<Blocker>;
  resolveBlocker(id: string, request: ResolveBlockerRequest): Promise<Blocker>;
  getSyncOverview(query: {
    entityRef?: string;
    group?: string;
  }): Promise<SyncOverview>;
  getSyncPortfolio(): Promise<{ groups: SyncRatio[] }>;
  triggerSync(): Promise<void>;
  listSuccessMeasures(): Promise<{ measures: SuccessMeasureResult[] }>;
  /** The first view of an entity's tab (or, without one, of the page) in one request. */
  getSummary(entityRef?: string): Promise<DevexSummary>;
  getCurrentPulse(): Promise<CurrentPulse>;
  answerPulse(
    campaignId: string,
    request: PulseAnswerRequest,
  ): Promise<{ responses: number }>;
  getPulseResults(campaignId: string, group?: string): Promise<PulseResults>;
  listMetricSources(): Promise<{
    sources: Array<{
      id: string;
      ok: boolean;
      message: string;
      collectedAt: string;
      measurements: number;
    }>;
  }>;
  /** Starts running an occurrence as a forum, or answers the run already started. */
  startForum(occurrenceId: string): Promise<ForumSession>;
  /** The run of an occurrence; rejects with a 404 `ResponseError` when it has not started. */
  getForum(occurrenceId: string): Promise<ForumSession>;
  recordForumDecision(
    occurrenceId: string,
    request: RecordForumDecisionRequest,
  ): Promise<ForumOutput>;
  recordForumActionItem(
    occurrenceId: string,
    request: RecordForumActionItemRequest,
  ): Promise<ForumOutput>;
  recordForumBacklogMove(
    occurrenceId: string,
    request: RecordForumBacklogMoveRequest,
  ): Promise<ForumOutput>;
  recordForumRiskChange(
    occurrenceId: string,
    request: RecordForumRiskChangeRequest,
  ): Promise<ForumOutput>;
  recordForumNote(
    occurrenceId: string,
    request: RecordForumNoteRequest,
  ): Promise<ForumOutput>;
  setForumAttendees(
    occurrenceId: string,
    attendees: string[],
  ): Promise<ForumSession>;
  /** Ends the run: the occurrence is recorded as held, with its minutes. */
  finishForum(occurrenceId: string): Promise<ForumSession>;
  /** The minutes of a finished run as Markdown text. */
  getForumMinutesMarkdown(occurrenceId: string): Promise<string>;
}

/** @public */
export const devexApiRef = createApiRef<DevexApi>({ id: 'plugin.devex.api' });
