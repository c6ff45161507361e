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
} from '@internal/backstage-plugin-devex-common';

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
  listActionItems(query: ListActionItemsQuery): Promise<ListActionItemsResponse>;
  getActionItem(id: string): Promise<ActionItem>;
  createActionItem(request: CreateActionItemRequest): Promise<ActionItem>;
  updateActionItem(id: string, request: UpdateActionItemRequest): Promise<ActionItem>;
  deleteActionItem(id: string): Promise<void>;
  listScorecards(query: ScorecardQuery): Promise<ScorecardsResponse & { nextCursor?: string }>;
  /** The scorecards matching the filters as CSV text. */
  exportScorecardsCsv(query: ScorecardQuery): Promise<string>;
  transitionExperiment(id: string, request: TransitionExperimentRequest): Promise<TransitionExperimentResponse>;
  listExperimentTransitions(id: string): Promise<{ items: ExperimentTransition[] }>;
  listOccurrences(query: { from?: string; to?: string; entityRef?: string }): Promise<{ occurrences: Occurrence[] }>;
  recordOccurrence(id: string, request: UpsertOccurrenceRecordRequest): Promise<OccurrenceRecord>;
  listVerificationWindows(): Promise<{ windows: VerificationWindow[] }>;
  /** An absolute, signed iCalendar feed URL to subscribe to. */
  getCalendarFeedUrl(entityRef?: string): Promise<string>;
}

/** @public */
export const devexApiRef = createApiRef<DevexApi>({ id: 'plugin.devex.api' });
