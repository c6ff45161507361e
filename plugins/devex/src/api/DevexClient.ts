/* eslint new-cap: ['error', { capIsNewExceptionPattern: '^api\\.(GET|POST|PUT|PATCH|DELETE)$' }] -- openapi-fetch names its methods after the HTTP verbs */
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import createClient, { Client } from 'openapi-fetch';
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
  DevexApiPaths,
  ExperimentStatus,
  MetricFamily,
  Anomaly,
  RecordForumAnomalyDismissalRequest,
  PulseTrendPoint,
} from '@devex-governance/backstage-plugin-devex-common';

/** `a=1&b=x&b=y` from a query object: arrays repeat the key, empty values are left out. */
function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '')
        params.append(key, String(v));
    }
  }
  return params.toString();
}

/** The body of a successful response (openapi-fetch leaves it undefined only for a 204). */
function bodyOf<T>(result: { data?: T }): T {
  if (result.data === undefined)
    throw new Error('The DevEx backend answered without a body');
  return result.data;
}

/** Path parameters, as openapi-fetch takes them. */
const inPath = <P extends Record<string, string>>(value: P) => ({
  path: value,
});

/** Filters for experiments and their scorecards. */
export interface ScorecardQuery {
  entityRef?: string;
  owner?: string[];
  status?: ExperimentStatus[];
  family?: MetricFamily[];
  limit?: number;
  cursor?: string;
}

/**
 * Talks to the devex backend through discovery and the app's authenticated fetch, with a client
 * typed by the backend's OpenAPI spec (openapi-fetch over the generated `DevexApiPaths`): a path,
 * parameter or field renamed in the spec fails the type check here.
 */
export class DevexClient {
  private client?: Promise<Client<DevexApiPaths>>;

  constructor(
    private readonly options: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
    },
  ) {}

  /** The typed client, made once: errors become Backstage's ResponseError, as elsewhere. */
  private api(): Promise<Client<DevexApiPaths>> {
    this.client ??= this.options.discoveryApi
      .getBaseUrl('devex')
      .then(baseUrl => {
        const client = createClient<DevexApiPaths>({
          baseUrl,
          // handed on as a URL and init, not as the Request: the app's fetch middleware builds
          // its own Request from what it gets, and a Request's body can be read only once
          fetch: async request =>
            this.options.fetchApi.fetch(request.url, {
              method: request.method,
              headers: request.headers,
              body:
                request.method === 'GET' || request.method === 'HEAD'
                  ? undefined
                  : await request.text(),
              signal: request.signal,
            }),
          querySerializer: queryString,
        });
        client.use({
          async onResponse({ response }) {
            if (!response.ok) throw await ResponseError.fromResponse(response);
            return undefined;
          },
        });
        return client;
      });
    return this.client;
  }

  async listActionItems(
    query: ListActionItemsQuery,
  ): Promise<ListActionItemsResponse> {
    const api = await this.api();
    return bodyOf(await api.GET('/action-items', { params: { query } }));
  }

  async listScorecards(
    query: ScorecardQuery,
  ): Promise<ScorecardsResponse & { nextCursor?: string }> {
    const api = await this.api();
    return bodyOf(await api.GET('/scorecards', { params: { query } }));
  }

  /** The scorecards matching the filters as CSV text. */
  async exportScorecardsCsv(query: ScorecardQuery): Promise<string> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/scorecards/export.csv', {
        params: { query },
        parseAs: 'text',
      }),
    );
  }

  async transitionExperiment(
    id: string,
    request: TransitionExperimentRequest,
  ): Promise<TransitionExperimentResponse> {
    const api = await this.api();
    return bodyOf(
      await api.POST('/experiments/{id}/transitions', {
        params: { path: { id } },
        body: request,
      }),
    );
  }

  async listExperimentTransitions(
    id: string,
  ): Promise<{ items: ExperimentTransition[] }> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/experiments/{id}/transitions', {
        params: { path: { id } },
      }),
    );
  }

  async listWaivers(query: {
    subjectType?: WaiverSubjectType;
    status?: WaiverStatus[];
    entityRef?: string;
    limit?: number;
    cursor?: string;
  }): Promise<{ items: Waiver[]; nextCursor?: string }> {
    const api = await this.api();
    return bodyOf(await api.GET('/waivers', { params: { query } }));
  }

  async requestWaiver(request: RequestWaiverRequest): Promise<Waiver> {
    const api = await this.api();
    return bodyOf(await api.POST('/waivers', { body: request }));
  }

  async decideWaiver(
    id: string,
    request: DecideWaiverRequest,
  ): Promise<Waiver> {
    const api = await this.api();
    return bodyOf(
      await api.POST('/waivers/{id}/decision', {
        params: { path: { id } },
        body: request,
      }),
    );
  }

  async listFlagDecisions(
    experimentId: string,
  ): Promise<{ items: FlagDecision[] }> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/experiments/{id}/flag-decisions', {
        params: { path: { id: experimentId } },
      }),
    );
  }

  async recordFlagDecision(
    experimentId: string,
    request: RecordFlagDecisionRequest,
  ): Promise<FlagDecision> {
    const api = await this.api();
    return bodyOf(
      await api.POST('/experiments/{id}/flag-decisions', {
        params: { path: { id: experimentId } },
        body: request,
      }),
    );
  }

  async recordForumFlagDecision(
    occurrenceId: string,
    request: RecordForumFlagDecisionRequest,
  ): Promise<ForumOutput> {
    const api = await this.api();
    return bodyOf(
      await api.POST('/forums/{occurrenceId}/flag-decisions', {
        params: inPath({ occurrenceId }),
        body: request,
      }),
    );
  }

  async getActionItem(id: string): Promise<ActionItem> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/action-items/{id}', { params: { path: { id } } }),
    );
  }

  async createActionItem(
    request: CreateActionItemRequest,
  ): Promise<ActionItem> {
    const api = await this.api();
    return bodyOf(await api.POST('/action-items', { body: request }));
  }

  async updateActionItem(
    id: string,
    request: UpdateActionItemRequest,
  ): Promise<ActionItem> {
    const api = await this.api();
    return bodyOf(
      await api.PATCH('/action-items/{id}', {
        params: { path: { id } },
        body: request,
      }),
    );
  }

  async deleteActionItem(id: string): Promise<void> {
    const api = await this.api();
    await api.DELETE('/action-items/{id}', { params: { path: { id } } });
  }

  async listOccurrences(query: {
    from?: string;
    to?: string;
    entityRef?: string;
  }): Promise<{ occurrences: Occurrence[] }> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/calendar/occurrences', { params: { query } }),
    );
  }

  async recordOccurrence(
    id: string,
    request: UpsertOccurrenceRecordRequest,
  ): Promise<OccurrenceRecord> {
    const api = await this.api();
    return bodyOf(
      await api.PUT('/calendar/occurrences/{occurrenceId}/record', {
        params: inPath({ occurrenceId: id }),
        body: request,
      }),
    );
  }

  async listVerificationWindows(): Promise<{ windows: VerificationWindow[] }> {
    const api = await this.api();
    return bodyOf(await api.GET('/calendar/verification-windows'));
  }

  /** An absolute, signed iCalendar feed URL to subscribe to. */
  async getCalendarFeedUrl(entityRef?: string): Promise<string> {
    const api = await this.api();
    const { path: feedPath } = bodyOf(
      await api.GET('/calendar/feed-url', { params: { query: { entityRef } } }),
    );
    return `${await this.options.discoveryApi.getBaseUrl('devex')}${feedPath}`;
  }

  async listBacklog(
    entityRef?: string,
  ): Promise<{ items: BacklogItem[]; history: BacklogRankChange[] }> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/backlog', { params: { query: { entityRef } } }),
    );
  }

  async reorderBacklog(request: ReorderBacklogRequest): Promise<BacklogItem> {
    const api = await this.api();
    return bodyOf(await api.POST('/backlog/reorder', { body: request }));
  }

  async updateBacklogItem(
    id: string,
    request: UpdateBacklogItemRequest,
  ): Promise<BacklogItem> {
    const api = await this.api();
    return bodyOf(
      await api.PATCH('/backlog/{id}', {
        params: { path: { id } },
        body: request,
      }),
    );
  }

  async listRisks(
    entityRef?: string,
  ): Promise<{ risks: Risk[]; heatmap: RiskHeatmap; history: RiskChange[] }> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/risks', { params: { query: { entityRef } } }),
    );
  }

  /** A runbook the entity names, read by the backend, to render in the portal. */
  async getRunbookContent(
    entityRef: string,
    url: string,
  ): Promise<RunbookContent> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/runbooks/content', {
        params: { query: { entityRef, url } },
      }),
    );
  }

  /** The entity's runbooks, each with whether it changed since the last runbook-update ritual. */
  async listRunbookStatus(entityRef: string): Promise<RunbookStatusList> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/runbooks/status', { params: { query: { entityRef } } }),
    );
  }

  async listBlockers(query: {
    entityRef?: string;
    includeResolved?: boolean;
  }): Promise<ListBlockersResponse> {
    const api = await this.api();
    return bodyOf(await api.GET('/blockers', { params: { query } }));
  }

  async raiseBlocker(request: RaiseBlockerRequest): Promise<Blocker> {
    const api = await this.api();
    return bodyOf(await api.POST('/blockers', { body: request }));
  }

  async resolveBlocker(
    id: string,
    request: ResolveBlockerRequest,
  ): Promise<Blocker> {
    const api = await this.api();
    return bodyOf(
      await api.POST('/blockers/{id}/resolve', {
        params: { path: { id } },
        body: request,
      }),
    );
  }

  /** The open telemetry anomalies of an entity, or of the portal and the entities the caller sees. */
  async listAnomalies(entityRef?: string): Promise<Anomaly[]> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/anomalies', {
        params: { query: entityRef ? { entityRef } : {} },
      }),
    ).anomalies;
  }

  /** Dismisses an anomaly in a running forum: recorded as an output, in its minutes. */
  async recordForumAnomalyDismissal(
    occurrenceId: string,
    request: RecordForumAnomalyDismissalRequest,
  ): Promise<ForumOutput> {
    const api = await this.api();
    return bodyOf(
      await api.POST('/forums/{occurrenceId}/anomaly-dismissals', {
        params: { path: { occurrenceId } },
        body: request,
      }),
    );
  }

  /** Dismisses an open anomaly with the note that says why. */
  async dismissAnomaly(id: string, note: string): Promise<Anomaly> {
    const api = await this.api();
    return bodyOf(
      await api.POST('/anomalies/{id}/dismiss', {
        params: { path: { id } },
        body: { note },
      }),
    );
  }

  async getSyncOverview(query: {
    entityRef?: string;
    group?: string;
  }): Promise<SyncOverview> {
    const api = await this.api();
    return bodyOf(await api.GET('/sync/overview', { params: { query } }));
  }

  async getSyncPortfolio(): Promise<{ groups: SyncRatio[] }> {
    const api = await this.api();
    return bodyOf(await api.GET('/sync/portfolio'));
  }

  async triggerSync(): Promise<void> {
    const api = await this.api();
    await api.POST('/sync/runs');
  }

  async listSuccessMeasures(): Promise<{ measures: SuccessMeasureResult[] }> {
    const api = await this.api();
    return bodyOf(await api.GET('/success-measures'));
  }

  /** The first view of an entity's tab (or, without one, of the page) in one request. */
  async getSummary(entityRef?: string): Promise<DevexSummary> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/summary', { params: { query: { entityRef } } }),
    );
  }

  async getCurrentPulse(): Promise<CurrentPulse> {
    const api = await this.api();
    return bodyOf(await api.GET('/pulse/current'));
  }

  async answerPulse(
    campaignId: string,
    request: PulseAnswerRequest,
  ): Promise<{ responses: number }> {
    const api = await this.api();
    return bodyOf(
      await api.POST('/pulse/campaigns/{campaignId}/responses', {
        params: inPath({ campaignId }),
        body: request,
      }),
    );
  }

  async getPulseResults(
    campaignId: string,
    group?: string,
  ): Promise<PulseResults> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/pulse/campaigns/{campaignId}/results', {
        params: { path: { campaignId }, query: { group } },
      }),
    );
  }

  /** The pulse across its last campaigns, newest first, for the portal or a group. */
  async getPulseTrend(group?: string): Promise<PulseTrendPoint[]> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/pulse/trend', { params: { query: { group } } }),
    ).campaigns;
  }

  async listMetricSources(): Promise<{
    sources: Array<{
      id: string;
      ok: boolean;
      message: string;
      collectedAt: string;
      measurements: number;
    }>;
  }> {
    const api = await this.api();
    return bodyOf(await api.GET('/metric-sources'));
  }

  /** Starts running an occurrence as a forum, or answers the run already started. */
  async startForum(occurrenceId: string): Promise<ForumSession> {
    const api = await this.api();
    return bodyOf(await api.POST('/forums', { body: { occurrenceId } }));
  }

  /** The run of an occurrence; rejects with a 404 `ResponseError` when it has not started. */
  async getForum(occurrenceId: string): Promise<ForumSession> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/forums/{occurrenceId}', {
        params: inPath({ occurrenceId }),
      }),
    );
  }

  async recordForumDecision(
    occurrenceId: string,
    request: RecordForumDecisionRequest,
  ): Promise<ForumOutput> {
    const api = await this.api();
    return bodyOf(
      await api.POST('/forums/{occurrenceId}/decisions', {
        params: inPath({ occurrenceId }),
        body: request,
      }),
    );
  }

  async recordForumActionItem(
    occurrenceId: string,
    request: RecordForumActionItemRequest,
  ): Promise<ForumOutput> {
    const api = await this.api();
    return bodyOf(
      await api.POST('/forums/{occurrenceId}/action-items', {
        params: inPath({ occurrenceId }),
        body: request,
      }),
    );
  }

  async recordForumBacklogMove(
    occurrenceId: string,
    request: RecordForumBacklogMoveRequest,
  ): Promise<ForumOutput> {
    const api = await this.api();
    return bodyOf(
      await api.POST('/forums/{occurrenceId}/backlog-moves', {
        params: inPath({ occurrenceId }),
        body: request,
      }),
    );
  }

  async recordForumRiskChange(
    occurrenceId: string,
    request: RecordForumRiskChangeRequest,
  ): Promise<ForumOutput> {
    const api = await this.api();
    return bodyOf(
      await api.POST('/forums/{occurrenceId}/risk-changes', {
        params: inPath({ occurrenceId }),
        body: request,
      }),
    );
  }

  async recordForumNote(
    occurrenceId: string,
    request: RecordForumNoteRequest,
  ): Promise<ForumOutput> {
    const api = await this.api();
    return bodyOf(
      await api.POST('/forums/{occurrenceId}/notes', {
        params: inPath({ occurrenceId }),
        body: request,
      }),
    );
  }

  async setForumAttendees(
    occurrenceId: string,
    attendees: string[],
  ): Promise<ForumSession> {
    const api = await this.api();
    return bodyOf(
      await api.PUT('/forums/{occurrenceId}/attendees', {
        params: inPath({ occurrenceId }),
        body: { attendees },
      }),
    );
  }

  /** Ends the run: the occurrence is recorded as held, with its minutes. */
  async finishForum(occurrenceId: string): Promise<ForumSession> {
    const api = await this.api();
    return bodyOf(
      await api.POST('/forums/{occurrenceId}/finish', {
        params: inPath({ occurrenceId }),
        body: {},
      }),
    );
  }

  /** The minutes of a finished run as Markdown text. */
  async getForumMinutesMarkdown(occurrenceId: string): Promise<string> {
    const api = await this.api();
    return bodyOf(
      await api.GET('/forums/{occurrenceId}/minutes.md', {
        params: inPath({ occurrenceId }),
        parseAs: 'text',
      }),
    );
  }
}
