import { operations } from './schema/openapi.generated';
import { WireSchemas } from './wire';

/** A forum or monthly sync run in the portal for one occurrence, with its outputs and minutes. */
export type ForumSession = WireSchemas['ForumSession'];
/** Something a forum decided or changed, with the record it changed. */
export type ForumOutput = WireSchemas['ForumOutput'];
/** The record a forum output changed or created, and its place in the portal. */
export type ForumRecord = WireSchemas['ForumRecord'];

type JsonBody<Op extends keyof operations> = operations[Op] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type RecordForumDecisionRequest = JsonBody<'RecordForumDecision'>;
export type RecordForumActionItemRequest = JsonBody<'RecordForumActionItem'>;
export type RecordForumBacklogMoveRequest = JsonBody<'RecordForumBacklogMove'>;
export type RecordForumRiskChangeRequest = JsonBody<'RecordForumRiskChange'>;
export type RecordForumNoteRequest = JsonBody<'RecordForumNote'>;
export type RecordForumFlagDecisionRequest =
  JsonBody<'RecordForumFlagDecision'>;

/** The cadences whose occurrences can be run as a forum in the portal. */
export const FORUM_CADENCE_TYPES = ['quarterly_forum', 'monthly_sync'] as const;
