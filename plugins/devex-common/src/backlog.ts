import {
  backlogItemEffortValues,
  backlogItemHorizonValues,
  backlogItemStatusValues,
} from './schema/openapi.generated';
import { WireRequest, WireSchemas } from './wire';

export const BACKLOG_HORIZONS = backlogItemHorizonValues;
export type BacklogHorizon = (typeof BACKLOG_HORIZONS)[number];

export const BACKLOG_EFFORTS = backlogItemEffortValues;
export type BacklogEffort = (typeof BACKLOG_EFFORTS)[number];

export const BACKLOG_STATUSES = backlogItemStatusValues;
export type BacklogStatus = (typeof BACKLOG_STATUSES)[number];

/** An IDP backlog initiative, ranked portal-wide (1 is the top). */
export type BacklogItem = WireSchemas['BacklogItem'];

export type CreateBacklogItemRequest = WireRequest<'CreateBacklogItem'>;

export type UpdateBacklogItemRequest = WireRequest<'UpdateBacklogItem'>;

/** Moves one item to a new rank; the others shift. */
export type ReorderBacklogRequest = WireRequest<'ReorderBacklog'>;

/** One reprioritisation: who moved what, from which rank to which, and why. */
export type BacklogRankChange = WireSchemas['BacklogRankChange'];
