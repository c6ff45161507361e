/** The life of an action item, from the forum or sync where it was agreed to its closure. */
export const ACTION_ITEM_STATUSES = [
  'open',
  'in_progress',
  'blocked',
  'done',
  'cancelled',
] as const;

/** @public */
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** Statuses in which an item still asks for work, and so can be overdue. */
export const ACTIVE_ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = [
  'open',
  'in_progress',
  'blocked',
];

/** Where an action item was agreed. */
export const ACTION_ITEM_SOURCES = [
  'governance_forum',
  'monthly_sync',
  'escalation',
  'manual',
] as const;

/** @public */
export type ActionItemSource = (typeof ACTION_ITEM_SOURCES)[number];

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
export interface ActionItem {
  id: string;
  title: string;
  description: string;
  /** The catalog entity the item belongs to, e.g. `component:default/hotpass`. */
  entityRef: string;
  /** A user or group entity ref. */
  owner: string;
  /** Calendar date, `YYYY-MM-DD`. */
  dueDate: string;
  status: ActionItemStatus;
  source: ActionItemSource;
  /** Optional id of the meeting, escalation or document the item came from. */
  sourceId: string | null;
  /** The user entity ref of whoever created it. */
  createdBy: string;
  /** ISO 8601 timestamps, UTC. */
  createdAt: string;
  updatedAt: string;
  /** Incremented on every change; updates must name the version they change. */
  version: number;
}

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
export type ActionItemSort = 'dueDate' | 'updatedAt';

/** @public */
export interface ListActionItemsQuery {
  entityRef?: string;
  /** One or more owner refs. */
  owner?: string[];
  /** Only items owned by the caller or one of the caller's groups. */
  mine?: boolean;
  status?: ActionItemStatus[];
  /** Only active items whose due date has passed. */
  overdue?: boolean;
  sort?: ActionItemSort;
  limit?: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
}

/** @public */
export interface ListActionItemsResponse {
  items: ActionItem[];
  /** Present when there is a further page. */
  nextCursor?: string;
}

/** @public */
export interface CreateActionItemRequest {
  title: string;
  description?: string;
  entityRef: string;
  owner: string;
  dueDate: string;
  status?: ActionItemStatus;
  source?: ActionItemSource;
  sourceId?: string | null;
}

/** Fields to change, with the version they were read at. */
export interface UpdateActionItemRequest {
  version: number;
  title?: string;
  description?: string;
  entityRef?: string;
  owner?: string;
  dueDate?: string;
  status?: ActionItemStatus;
  source?: ActionItemSource;
  sourceId?: string | null;
}
