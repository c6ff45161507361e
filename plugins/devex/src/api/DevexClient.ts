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
  RecordForumDecisionRequest,
  RecordForumActionItemRequest,
  RecordForumBacklogMoveRequest,
  RecordForumRiskChangeRequest,
  RecordForumNoteRequest,
  RecordForumFlagDecisionRequest,
  RecordForumAnomalyDismissalRequest,
  FlagDecision,
  Waiver,
  WaiverStatus,
  WaiverSubjectType,
  RequestWaiverRequest,
  DecideWaiverRequest,
  RecordFlagDecisionRequest,
  DevexApiPaths,
  ExperimentStatus,
  MetricFamily,
  Anomaly,
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

/** The routes that each record one output of a running forum. */
type ForumOutputPath = Extract<
  keyof DevexApiPaths,
  `/forums/{occurrenceId}/${
    | 'decisions'
    | 'flag-decisions'
    | 'action-items'
    | 'backlog-moves'
    | 'risk-changes'
    | 'anomaly-dismissals'
    | 'notes'}`
>;

/** What one of them takes, as the spec says. */
type ForumOutputBody<P extends ForumOutputPath> = NonNullable<
  DevexApiPaths[P]['post']['requestBody']
>['content']['application/json'];

/** Records one output of a running forum: a decision, an action item, a note, ... */
export type ForumOutputRecorder<Request> = (
  occurrenceId: string,
  request: Request,
) => Promise<ForumOutput>;

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

  /**
   * The method that records one output of a running forum through its route (a decision, a
   * note, ...), typed by the route's request body.
   */
  private forumOutput<P extends ForumOutputPath>(path: P) {
    return (occurrenceId: string, body: ForumOutputBody<P>) => {
      const post: (api: Client<DevexApiPaths>) => (
        path: ForumOutputPath,
        init: {
          params: { path: { occurrenceId: string } };
          body: ForumOutputBody<ForumOutputPath>;
        },
      ) => Promise<{ data?: ForumOutput }> = api => api.POST;
      return this.call(api =>
        post(api)(path, { params: inPath({ occurrenceId }), body }),
      );
    };
  }

  /** Records a feature flag decision in a running forum. */
  readonly recordForumFlagDecision: ForumOutputRecorder<RecordForumFlagDecisionRequest> =
    this.forumOutput('/forums/{occurrenceId}/flag-decisions');

  /** Dismisses an anomaly in a running forum: recorded as an output, in its minutes. */
  readonly recordForumAnomalyDismissal: ForumOutputRecorder<RecordForumAnomalyDismissalRequest> =
    this.forumOutput('/forums/{occurrenceId}/anomaly-dismissals');

  /** Records an experiment decision in a running forum. */
  readonly recordForumDecision: ForumOutputRecorder<RecordForumDecisionRequest> =
    this.forumOutput('/forums/{occurrenceId}/decisions');

  /** Records an action item in a running forum. */
  readonly recordForumActionItem: ForumOutputRecorder<RecordForumActionItemRequest> =
    this.forumOutput('/forums/{occurrenceId}/action-items');

  /** Records a backlog move in a running forum. */
  readonly recordForumBacklogMove: ForumOutputRecorder<RecordForumBacklogMoveRequest> =
    this.forumOutput('/forums/{occurrenceId}/backlog-moves');

  /** Records a risk change in a running forum. */
  readonly recordForumRiskChange: ForumOutputRecorder<RecordForumRiskChangeRequest> =
    this.forumOutput('/forums/{occurrenceId}/risk-changes');

  /** Records a note in a running forum. */
  readonly recordForumNote: ForumOutputRecorder<RecordForumNoteRequest> =
    this.forumOutput('/forums/{occurrenceId}/notes');

  /** One request through the typed client, answered with its body. */
  private async call<T>(
    request: (api: Client<DevexApiPaths>) => Promise<{ data?: T }>,
  ): Promise<T> {
    return bodyOf(await request(await this.api()));
  }

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

  listActionItems(
    query: ListActionItemsQuery,
  ): Promise<ListActionItemsResponse> {
    return this.call(api => api.GET('/action-items', { params: { query } }));
  }

  listScorecards(
    query: ScorecardQuery,
  ): Promise<ScorecardsResponse & { nextCursor?: string }> {
    return this.call(api => api.GET('/scorecards', { params: { query } }));
  }

  /** The experiments matching the filters, a page at a time, without scorecards (for choosing one). */
  listExperiments(query: ScorecardQuery) {
    return this.call(api => api.GET('/experiments', { params: { query } }));
  }

  /** The scorecards matching the filters as CSV text. */
  exportScorecardsCsv(query: ScorecardQuery): Promise<string> {
    return this.call(api =>
      api.GET('/scorecards/export.csv', {
        params: { query },
        parseAs: 'text',
      }),
    );
  }

  transitionExperiment(
    id: string,
    request: TransitionExperimentRequest,
  ): Promise<TransitionExperimentResponse> {
    return this.call(api =>
      api.POST('/experiments/{id}/transitions', {
        params: inPath({ id }),
        body: request,
      }),
    );
  }

  listExperimentTransitions(
    id: string,
  ): Promise<{ items: ExperimentTransition[] }> {
    return this.call(api =>
      api.GET('/experiments/{id}/transitions', {
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
    return this.call(api => api.GET('/waivers', { params: { query } }));
  }

  requestWaiver(request: RequestWaiverRequest): Promise<Waiver> {
    return this.call(api => api.POST('/waivers', { body: request }));
  }

  decideWaiver(id: string, request: DecideWaiverRequest): Promise<Waiver> {
    return this.call(api =>
      api.POST('/waivers/{id}/decision', {
        params: inPath({ id }),
        body: request,
      }),
    );
  }

  listFlagDecisions(experimentId: string): Promise<{ items: FlagDecision[] }> {
    return this.call(api =>
      api.GET('/experiments/{id}/flag-decisions', {
        params: { path: { id: experimentId } },
      }),
    );
  }

  recordFlagDecision(
    experimentId: string,
    request: RecordFlagDecisionRequest,
  ): Promise<FlagDecision> {
    return this.call(api =>
      api.POST('/experiments/{id}/flag-decisions', {
        params: { path: { id: experimentId } },
        body: request,
      }),
    );
  }

  getActionItem(id: string): Promise<ActionItem> {
    return this.call(api =>
      api.GET('/action-items/{id}', { params: inPath({ id }) }),
    );
  }

  createActionItem(request: CreateActionItemRequest): Promise<ActionItem> {
    return this.call(api => api.POST('/action-items', { body: request }));
  }

  updateActionItem(
    id: string,
    request: UpdateActionItemRequest,
  ): Promise<ActionItem> {
    return this.call(api =>
      api.PATCH('/action-items/{id}', {
        params: inPath({ id }),
        body: request,
      }),
    );
  }

  async deleteActionItem(id: string): Promise<void> {
    const api = await this.api();
    await api.DELETE('/action-items/{id}', { params: inPath({ id }) });
  }

  async listOccurrences(query: {
    from?: string;
    to?: string;
    entityRef?: string;
  }): Promise<{ occurrences: Occurrence[] }> {
    return this.call(api =>
      api.GET('/calendar/occurrences', { params: { query } }),
    );
  }

  recordOccurrence(
    id: string,
    request: UpsertOccurrenceRecordRequest,
  ): Promise<OccurrenceRecord> {
    return this.call(api =>
      api.PUT('/calendar/occurrences/{occurrenceId}/record', {
        params: inPath({ occurrenceId: id }),
        body: request,
      }),
    );
  }

  listVerificationWindows(): Promise<{ windows: VerificationWindow[] }> {
    return this.call(api => api.GET('/calendar/verification-windows'));
  }

  /** An absolute, signed iCalendar feed URL to subscribe to. */
  async getCalendarFeedUrl(entityRef?: string): Promise<string> {
    const api = await this.api();
    const { path: feedPath } = bodyOf(
      await api.GET('/calendar/feed-url', { params: { query: { entityRef } } }),
    );
    return `${await this.options.discoveryApi.getBaseUrl('devex')}${feedPath}`;
  }

  listBacklog(
    entityRef?: string,
  ): Promise<{ items: BacklogItem[]; history: BacklogRankChange[] }> {
    return this.call(api =>
      api.GET('/backlog', { params: { query: { entityRef } } }),
    );
  }

  reorderBacklog(request: ReorderBacklogRequest): Promise<BacklogItem> {
    return this.call(api => api.POST('/backlog/reorder', { body: request }));
  }

  updateBacklogItem(
    id: string,
    request: UpdateBacklogItemRequest,
  ): Promise<BacklogItem> {
    return this.call(api =>
      api.PATCH('/backlog/{id}', { params: inPath({ id }), body: request }),
    );
  }

  listRisks(
    entityRef?: string,
  ): Promise<{ risks: Risk[]; heatmap: RiskHeatmap; history: RiskChange[] }> {
    return this.call(api =>
      api.GET('/risks', { params: { query: { entityRef } } }),
    );
  }

  /** A runbook the entity names, read by the backend, to render in the portal. */
  getRunbookContent(entityRef: string, url: string): Promise<RunbookContent> {
    return this.call(api =>
      api.GET('/runbooks/content', {
        params: { query: { entityRef, url } },
      }),
    );
  }

  /** The entity's runbooks, each with whether it changed since the last runbook-update ritual. */
  listRunbookStatus(entityRef: string): Promise<RunbookStatusList> {
    return this.call(api =>
      api.GET('/runbooks/status', { params: { query: { entityRef } } }),
    );
  }

  async listBlockers(query: {
    entityRef?: string;
    includeResolved?: boolean;
  }): Promise<ListBlockersResponse> {
    return this.call(api => api.GET('/blockers', { params: { query } }));
  }

  raiseBlocker(request: RaiseBlockerRequest): Promise<Blocker> {
    return this.call(api => api.POST('/blockers', { body: request }));
  }

  resolveBlocker(id: string, request: ResolveBlockerRequest): Promise<Blocker> {
    return this.call(api =>
      api.POST('/blockers/{id}/resolve', {
        params: inPath({ id }),
        body: request,
      }),
    );
  }

  /** The open telemetry anomalies of an entity, or of the portal and the entities the caller sees. */
  async listAnomalies(entityRef?: string): Promise<Anomaly[]> {
    return (
      await this.call(api =>
        api.GET('/anomalies', {
          params: { query: entityRef ? { entityRef } : {} },
        }),
      )
    ).anomalies;
  }

  /** Dismisses an open anomaly with the note that says why. */
  dismissAnomaly(id: string, note: string): Promise<Anomaly> {
    return this.call(api =>
      api.POST('/anomalies/{id}/dismiss', {
        params: { path: { id } },
        body: { note },
      }),
    );
  }

  async getSyncOverview(query: {
    entityRef?: string;
    group?: string;
  }): Promise<SyncOverview> {
    return this.call(api => api.GET('/sync/overview', { params: { query } }));
  }

  getSyncPortfolio(): Promise<{ groups: SyncRatio[] }> {
    return this.call(api => api.GET('/sync/portfolio'));
  }

  async triggerSync(): Promise<void> {
    const api = await this.api();
    await api.POST('/sync/runs');
  }

  listSuccessMeasures(): Promise<{ measures: SuccessMeasureResult[] }> {
    return this.call(api => api.GET('/success-measures'));
  }

  /** The first view of an entity's tab (or, without one, of the page) in one request. */
  getSummary(entityRef?: string): Promise<DevexSummary> {
    return this.call(api =>
      api.GET('/summary', { params: { query: { entityRef } } }),
    );
  }

  getCurrentPulse(): Promise<CurrentPulse> {
    return this.call(api => api.GET('/pulse/current'));
  }

  answerPulse(
    campaignId: string,
    request: PulseAnswerRequest,
  ): Promise<{ responses: number }> {
    return this.call(api =>
      api.POST('/pulse/campaigns/{campaignId}/responses', {
        params: inPath({ campaignId }),
        body: request,
      }),
    );
  }

  getPulseResults(campaignId: string, group?: string): Promise<PulseResults> {
    return this.call(api =>
      api.GET('/pulse/campaigns/{campaignId}/results', {
        params: { path: { campaignId }, query: { group } },
      }),
    );
  }

  /** The pulse across its last campaigns, newest first, for the portal or a group. */
  async getPulseTrend(group?: string): Promise<PulseTrendPoint[]> {
    return (
      await this.call(api =>
        api.GET('/pulse/trend', { params: { query: { group } } }),
      )
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
    return this.call(api => api.GET('/metric-sources'));
  }

  /** Starts running an occurrence as a forum, or answers the run already started. */
  startForum(occurrenceId: string): Promise<ForumSession> {
    return this.call(api => api.POST('/forums', { body: { occurrenceId } }));
  }

  /** The run of an occurrence; rejects with a 404 `ResponseError` when it has not started. */
  getForum(occurrenceId: string): Promise<ForumSession> {
    return this.call(api =>
      api.GET('/forums/{occurrenceId}', {
        params: inPath({ occurrenceId }),
      }),
    );
  }

  setForumAttendees(
    occurrenceId: string,
    attendees: string[],
  ): Promise<ForumSession> {
    return this.call(api =>
      api.PUT('/forums/{occurrenceId}/attendees', {
        params: inPath({ occurrenceId }),
        body: { attendees },
      }),
    );
  }

  /** Ends the run: the occurrence is recorded as held, with its minutes. */
  finishForum(occurrenceId: string): Promise<ForumSession> {
    return this.call(api =>
      api.POST('/forums/{occurrenceId}/finish', {
        params: inPath({ occurrenceId }),
        body: {},
      }),
    );
  }

  /** The minutes of a finished run as Markdown text. */
  getForumMinutesMarkdown(occurrenceId: string): Promise<string> {
    return this.call(api =>
      api.GET('/forums/{occurrenceId}/minutes.md', {
        params: inPath({ occurrenceId }),
        parseAs: 'text',
      }),
    );
  }
}
