import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  ActionItem,
  CreateActionItemRequest,
  ListActionItemsQuery,
  ListActionItemsResponse,
  UpdateActionItemRequest,
  ExperimentTransition,
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
import { DevexApi, ScorecardQuery } from './DevexApi';

/** `?a=1&b=x&b=y` from a query object; arrays repeat the key, empty values are left out. */
function queryString(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== '') {
        params.append(key, String(v));
      }
    }
  }
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** Talks to the devex backend through discovery and the app's authenticated fetch. */
export class DevexClient implements DevexApi {
  constructor(
    private readonly options: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
    },
  ) {}

  listActionItems(
    query: ListActionItemsQuery,
  ): Promise<ListActionItemsResponse> {
    return this.request(`/action-items${queryString(query)}`);
  }

  listScorecards(
    query: ScorecardQuery,
  ): Promise<ScorecardsResponse & { nextCursor?: string }> {
    return this.request(`/scorecards${queryString(query)}`);
  }

  async exportScorecardsCsv(query: ScorecardQuery): Promise<string> {
    const response = await this.fetch(
      `/scorecards/export.csv${queryString(query)}`,
    );
    return response.text();
  }

  transitionExperiment(
    id: string,
    request: TransitionExperimentRequest,
  ): Promise<TransitionExperimentResponse> {
    return this.request(`/experiments/${encodeURIComponent(id)}/transitions`, {
      method: 'POST',
      body: request,
    });
  }

  listExperimentTransitions(
    id: string,
  ): Promise<{ items: ExperimentTransition[] }> {
    return this.request(`/experiments/${encodeURIComponent(id)}/transitions`);
  }

  listWaivers(query: {
    subjectType?: WaiverSubjectType;
    status?: WaiverStatus[];
    entityRef?: string;
    limit?: number;
    cursor?: string;
  }): Promise<{ items: Waiver[]; nextCursor?: string }> {
    return this.request(`/waivers${queryString(query)}`);
  }

  requestWaiver(request: RequestWaiverRequest): Promise<Waiver> {
    return this.request('/waivers', { method: 'POST', body: request });
  }

  decideWaiver(id: string, request: DecideWaiverRequest): Promise<Waiver> {
    return this.request(`/waivers/${encodeURIComponent(id)}/decision`, {
      method: 'POST',
      body: request,
    });
  }

  listFlagDecisions(experimentId: string): Promise<{ items: FlagDecision[] }> {
    return this.request(
      `/experiments/${encodeURIComponent(experimentId)}/flag-decisions`,
    );
  }

  recordFlagDecision(
    experimentId: string,
    request: RecordFlagDecisionRequest,
  ): Promise<FlagDecision> {
    return this.request(
      `/experiments/${encodeURIComponent(experimentId)}/flag-decisions`,
      { method: 'POST', body: request },
    );
  }

  recordForumFlagDecision(
    occurrenceId: string,
    request: RecordForumFlagDecisionRequest,
  ): Promise<ForumOutput> {
    return this.forumPost(occurrenceId, 'flag-decisions', request);
  }

  getActionItem(id: string): Promise<ActionItem> {
    return this.request(`/action-items/${encodeURIComponent(id)}`);
  }

  createActionItem(request: CreateActionItemRequest): Promise<ActionItem> {
    return this.request('/action-items', { method: 'POST', body: request });
  }

  updateActionItem(
    id: string,
    request: UpdateActionItemRequest,
  ): Promise<ActionItem> {
    return this.request(`/action-items/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: request,
    });
  }

  async deleteActionItem(id: string): Promise<void> {
    await this.request(`/action-items/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    });
  }

  listOccurrences(query: {
    from?: string;
    to?: string;
    entityRef?: string;
  }): Promise<{ occurrences: Occurrence[] }> {
    return this.request(`/calendar/occurrences${queryString(query)}`);
  }

  recordOccurrence(
    id: string,
    request: UpsertOccurrenceRecordRequest,
  ): Promise<OccurrenceRecord> {
    return this.request(
      `/calendar/occurrences/${encodeURIComponent(id)}/record`,
      { method: 'PUT', body: request },
    );
  }

  listVerificationWindows(): Promise<{ windows: VerificationWindow[] }> {
    return this.request('/calendar/verification-windows');
  }

  async getCalendarFeedUrl(entityRef?: string): Promise<string> {
    const { path } = await this.request<{ path: string }>(
      `/calendar/feed-url${queryString({ entityRef })}`,
    );
    return `${await this.options.discoveryApi.getBaseUrl('devex')}${path}`;
  }

  listBacklog(
    entityRef?: string,
  ): Promise<{ items: BacklogItem[]; history: BacklogRankChange[] }> {
    return this.request(`/backlog${queryString({ entityRef })}`);
  }

  reorderBacklog(request: ReorderBacklogRequest): Promise<BacklogItem> {
    return this.request('/backlog/reorder', { method: 'POST', body: request });
  }

  updateBacklogItem(
    id: string,
    request: UpdateBacklogItemRequest,
  ): Promise<BacklogItem> {
    return this.request(`/backlog/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: request,
    });
  }

  listRisks(
    entityRef?: string,
  ): Promise<{ risks: Risk[]; heatmap: RiskHeatmap; history: RiskChange[] }> {
    return this.request(`/risks${queryString({ entityRef })}`);
  }

  getRunbookContent(entityRef: string, url: string): Promise<RunbookContent> {
    return this.request(`/runbooks/content${queryString({ entityRef, url })}`);
  }

  listRunbookStatus(entityRef: string): Promise<RunbookStatusList> {
    return this.request(`/runbooks/status${queryString({ entityRef })}`);
  }

  listBlockers(query: {
    entityRef?: string;
    includeResolved?: boolean;
  }): Promise<ListBlockersResponse> {
    return this.request(`/blockers${queryString(query)}`);
  }

  raiseBlocker(request: RaiseBlockerRequest): Promise<Blocker> {
    return this.request('/blockers', { method: 'POST', body: request });
  }

  resolveBlocker(id: string, request: ResolveBlockerRequest): Promise<Blocker> {
    return this.request(`/blockers/${encodeURIComponent(id)}/resolve`, {
      method: 'POST',
      body: request,
    });
  }

  getSyncOverview(query: {
    entityRef?: string;
    group?: string;
  }): Promise<SyncOverview> {
    return this.request(`/sync/overview${queryString(query)}`);
  }

  getSyncPortfolio(): Promise<{ groups: SyncRatio[] }> {
    return this.request('/sync/portfolio');
  }

  async triggerSync(): Promise<void> {
    await this.request('/sync/runs', { method: 'POST' });
  }

  listSuccessMeasures(): Promise<{ measures: SuccessMeasureResult[] }> {
    return this.request('/success-measures');
  }

  getSummary(entityRef?: string): Promise<DevexSummary> {
    return this.request(`/summary${queryString({ entityRef })}`);
  }

  getCurrentPulse(): Promise<CurrentPulse> {
    return this.request('/pulse/current');
  }

  answerPulse(
    campaignId: string,
    request: PulseAnswerRequest,
  ): Promise<{ responses: number }> {
    return this.request(
      `/pulse/campaigns/${encodeURIComponent(campaignId)}/responses`,
      { method: 'POST', body: request },
    );
  }

  getPulseResults(campaignId: string, group?: string): Promise<PulseResults> {
    return this.request(
      `/pulse/campaigns/${encodeURIComponent(campaignId)}/results${queryString({
        group,
      })}`,
    );
  }

  listMetricSources(): Promise<{
    sources: Array<{
      id: string;
      ok: boolean;
      message: string;
      collectedAt: string;
      measurements: number;
    }>;
  }> {
    return this.request('/metric-sources');
  }

  startForum(occurrenceId: string): Promise<ForumSession> {
    return this.request('/forums', { method: 'POST', body: { occurrenceId } });
  }

  getForum(occurrenceId: string): Promise<ForumSession> {
    return this.request(`/forums/${encodeURIComponent(occurrenceId)}`);
  }

  recordForumDecision(
    occurrenceId: string,
    request: RecordForumDecisionRequest,
  ): Promise<ForumOutput> {
    return this.forumPost(occurrenceId, 'decisions', request);
  }

  recordForumActionItem(
    occurrenceId: string,
    request: RecordForumActionItemRequest,
  ): Promise<ForumOutput> {
    return this.forumPost(occurrenceId, 'action-items', request);
  }

  recordForumBacklogMove(
    occurrenceId: string,
    request: RecordForumBacklogMoveRequest,
  ): Promise<ForumOutput> {
    return this.forumPost(occurrenceId, 'backlog-moves', request);
  }

  recordForumRiskChange(
    occurrenceId: string,
    request: RecordForumRiskChangeRequest,
  ): Promise<ForumOutput> {
    return this.forumPost(occurrenceId, 'risk-changes', request);
  }

  recordForumNote(
    occurrenceId: string,
    request: RecordForumNoteRequest,
  ): Promise<ForumOutput> {
    return this.forumPost(occurrenceId, 'notes', request);
  }

  setForumAttendees(
    occurrenceId: string,
    attendees: string[],
  ): Promise<ForumSession> {
    return this.request(
      `/forums/${encodeURIComponent(occurrenceId)}/attendees`,
      { method: 'PUT', body: { attendees } },
    );
  }

  finishForum(occurrenceId: string): Promise<ForumSession> {
    return this.forumPost(occurrenceId, 'finish', {});
  }

  async getForumMinutesMarkdown(occurrenceId: string): Promise<string> {
    const response = await this.fetch(
      `/forums/${encodeURIComponent(occurrenceId)}/minutes.md`,
    );
    return response.text();
  }

  private forumPost<T>(
    occurrenceId: string,
    what: string,
    body: object,
  ): Promise<T> {
    return this.request(`/forums/${encodeURIComponent(occurrenceId)}/${what}`, {
      method: 'POST',
      body,
    });
  }

  private async fetch(
    path: string,
    init: { method?: string; body?: unknown } = {},
  ): Promise<Response> {
    const baseUrl = await this.options.discoveryApi.getBaseUrl('devex');
    const response = await this.options.fetchApi.fetch(`${baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: init.body ? { 'Content-Type': 'application/json' } : undefined,
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }

  private async request<T>(
    path: string,
    init: { method?: string; body?: unknown } = {},
  ): Promise<T> {
    const response = await this.fetch(path, init);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}
