import { WireSchemas } from './wire';

export const BACKLOG_HORIZONS = [30, 60, 90] as const;
export type BacklogHorizon = (typeof BACKLOG_HORIZONS)[number];

export const BACKLOG_EFFORTS = ['S', 'M', 'L', 'XL'] as const;
export type BacklogEffort = (typeof BACKLOG_EFFORTS)[number];

export const BACKLOG_STATUSES = [
  'proposed',
  'planned',
  'in_progress',
  'done',
  'dropped',
] as const;
export type BacklogStatus = (typeof BACKLOG_STATUSES)[number];

/** An IDP backlog initiative, ranked portal-wide (1 is the top). */
export type BacklogItem = WireSchemas['BacklogItem'];

export interface CreateBacklogItemRequest {
  initiative: string;
  description?: string;
  entityRef?: string | null;
  owner: string;
  horizon: BacklogHorizon;
  effort: BacklogEffort;
  dependencies?: string[];
  targetDate?: string | null;
  status?: BacklogStatus;
}

export type UpdateBacklogItemRequest = Partial<CreateBacklogItemRequest> & {
  version: number;
  decision?: string | null;
  decisionNote?: string | null;
};

/** Moves one item to a new rank; the others shift. */
export interface ReorderBacklogRequest {
  itemId: string;
  toRank: number;
  version: number;
  note: string;
  /** The forum occurrence the reprioritisation happened in. */
  occurrenceId?: string | null;
}

/** One reprioritisation: who moved what, from which rank to which, and why. */
export type BacklogRankChange = WireSchemas['BacklogRankChange'];
