import { WireRequest, WireSchemas } from './wire';

/** A forum or monthly sync run in the portal for one occurrence, with its outputs and minutes. */
export type ForumSession = WireSchemas['ForumSession'];
/** Something a forum decided or changed, with the record it changed. */
export type ForumOutput = WireSchemas['ForumOutput'];
/** The record a forum output changed or created, and its place in the portal. */
export type ForumRecord = WireSchemas['ForumRecord'];

export type RecordForumDecisionRequest = WireRequest<'RecordForumDecision'>;
export type RecordForumActionItemRequest = WireRequest<'RecordForumActionItem'>;
export type RecordForumBacklogMoveRequest =
  WireRequest<'RecordForumBacklogMove'>;
export type RecordForumRiskChangeRequest = WireRequest<'RecordForumRiskChange'>;
export type RecordForumNoteRequest = WireRequest<'RecordForumNote'>;

export type RecordForumAnomalyDismissalRequest =
  WireRequest<'RecordForumAnomalyDismissal'>;
export type RecordForumFlagDecisionRequest =
  WireRequest<'RecordForumFlagDecision'>;

/** The cadences whose occurrences can be run as a forum in the portal. */
export const FORUM_CADENCE_TYPES = [
  'quarterly_forum',
  'monthly_sync',
] as const satisfies ReadonlyArray<WireSchemas['Occurrence']['type']>;
