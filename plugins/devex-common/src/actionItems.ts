import {
  actionItemSourceValues,
  actionItemStatusValues,
} from './schema/openapi.generated';
import { WireQuery, WireSchemas } from './wire';
/** The life of an action item, from the forum or sync where it was agreed to its closure. */
export const ACTION_ITEM_STATUSES = actionItemStatusValues;

/** @public */
export type ActionItemStatus = WireSchemas['ActionItemStatus'];

/** Statuses in which an item still asks for work, and so can be overdue. */
export const ACTIVE_ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = [
  'open',
  'in_progress',
  'blocked',
];

/** Where an action item was agreed. */
export const ACTION_ITEM_SOURCES = actionItemSourceValues;

/** @public */
export type ActionItemSource = WireSchemas['ActionItemSource'];

/** Limits shared by the API spec, the server and the forms. */
export const ACTION_ITEM_LIMITS = {
  titleMaxLength: 200,
  descriptionMaxLength: 4000,
  sourceIdMaxLength: 200,
  entityRefMaxLength: 255,
  pageSizeDefault: 50,
  pageSizeMax: 100,
} as const;

/** @public */
export type ActionItem = WireSchemas['ActionItem'];

/** The fields of an action item that people set; ids, authorship, timestamps and versions are the server's. */
export type ActionItemFields = Pick<
  ActionItem,
  | 'title'
  | 'description'
  | 'entityRef'
  | 'owner'
  | 'dueDate'
  | 'status'
  | 'source'
  | 'sourceId'
>;

/** @public */
export type ActionItemSort = NonNullable<WireQuery<'ListActionItems'>['sort']>;

/** @public */
export type ListActionItemsQuery = WireQuery<'ListActionItems'>;

/** @public */
export type ListActionItemsResponse = WireSchemas['ListActionItemsResponse'];

/** @public */
export type CreateActionItemRequest = WireSchemas['CreateActionItemRequest'];

/** Fields to change, with the version they were read at. */
export type UpdateActionItemRequest = WireSchemas['UpdateActionItemRequest'];
