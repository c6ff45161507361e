import {
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { ComputedViews } from '../shared/ComputedViews';
import { TtlCache } from '../shared/TtlCache';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  ActionItem,
  ActionItemFields,
  CreateActionItemRequest,
  devexActionItemCreatePermission,
  devexActionItemDeletePermission,
  devexActionItemReadPermission,
  devexActionItemStatusUpdatePermission,
  devexActionItemUpdatePermission,
  ListActionItemsQuery,
  ListActionItemsResponse,
  UpdateActionItemRequest,
  ACTION_ITEM_LIMITS,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { authorizeOrThrow } from '../permissions/authorize';
import { newRecord } from '../database/columns';
import { Caller } from '../permissions/caller';
import { decodeCursor, encodeCursor } from '../database/keyset';
import {
  normalizeEntityRef,
  requireText,
  isCalendarDate,
  validateCalendarDate,
} from '../shared/validation';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { GroupHierarchy } from '../catalog/GroupHierarchy';
import { EntityRecordAuthorizer } from '../permissions/entityRecords';
import {
  ActionItemFilter,
  ActionItemPage,
  ActionItemStore,
} from './ActionItemStore';
import { AuditPlan } from '../audit/DevexAudit';

export interface ActionItemServiceOptions {
  store: ActionItemStore;
  permissions: PermissionsService;
  userInfo: UserInfoService;
  records: EntityRecordAuthorizer;
  entities: EntityCatalog;
  /** The catalog's group tree: an owner filter naming a group includes its descendants. */
  groups: GroupHierarchy;
  /** The current time in the plugin's zone, where "today" is reckoned; tests pass a fixed clock. */
  clock: () => DateTime;
  views: ComputedViews;
}

const OWNER_KINDS = ['user', 'group'];

/** What a cursor's value must be for each sort: the sort column's kind. */
const CURSOR_VALUES: Record<string, (value: string) => boolean> = {
  dueDate: isCalendarDate,
  updatedAt: value => DateTime.fromISO(value).isValid,
};

/** The rules of action items: validation, permissions, overdue and optimistic concurrency. */
export class ActionItemService {
  /** A filter's page of action items, the same for every caller asking it, per view period. */
  private readonly pages: TtlCache<ActionItemPage>;

  constructor(private readonly options: ActionItemServiceOptions) {
    this.pages = options.views.cache();
  }

  /** Today's date in the plugin's time zone (`devex.timeZone`, default UTC), `YYYY-MM-DD`. */
  today(): string {
    return this.options.clock().toISODate()!;
  }

  async list(
    query: ListActionItemsQuery,
    caller: Caller,
  ): Promise<ListActionItemsResponse> {
    await authorizeOrThrow(
      this.options.permissions,
      devexActionItemReadPermission,
      caller,
    );
    const sort = query.sort ?? 'dueDate';
    const filter: ActionItemFilter = {};
    if (query.entityRef) {
      filter.entityRef = normalizeEntityRef('entityRef', query.entityRef);
    }
    let owners =
      query.owner &&
      (await this.options.groups.expand(
        query.owner.map(o => normalizeEntityRef('owner', o, OWNER_KINDS)),
      ));
    if (query.mine) {
      const { ownershipEntityRefs } = await this.options.userInfo.getUserInfo(
        caller.credentials,
      );
      const mine = ownershipEntityRefs.map(ref =>
        ref.toLocaleLowerCase('en-US'),
      );
      owners = owners ? owners.filter(o => mine.includes(o)) : mine;
    }
    if (owners) {
      filter.owners = owners;
    }
    if (query.status?.length) {
      filter.statuses = query.status;
    }
    if (query.overdue) {
      filter.overdueBefore = this.today();
    }
    const request = {
      sort,
      limit: Math.min(
        query.limit ?? ACTION_ITEM_LIMITS.pageSizeDefault,
        ACTION_ITEM_LIMITS.pageSizeMax,
      ),
      after: query.cursor
        ? decodeCursor(query.cursor, sort, CURSOR_VALUES[sort])
        : undefined,
    };
    const page = await this.pages.get(JSON.stringify([filter, request]), () =>
      this.options.store.list(filter, request),
    );
    // the records of entities the catalog hides from the caller are left out of the page
    const items = await this.options.entities.visibleRecords(
      caller.credentials,
      page.items,
      i => [i.entityRef],
    );
    return page.next
      ? { items, nextCursor: encodeCursor(page.next) }
      : { items };
  }

  async get(id: string, caller: Caller): Promise<ActionItem> {
    await authorizeOrThrow(
      this.options.permissions,
      devexActionItemReadPermission,
      caller,
    );
    const item = await this.options.store.get(id);
    const [visible] = item
      ? await this.options.entities.visibleRecords(
          caller.credentials,
          [item],
          i => [i.entityRef],
        )
      : [];
    if (!visible) {
      throw new NotFoundError(`No action item with id ${id}`);
    }
    return visible;
  }

  async create(
    request: CreateActionItemRequest,
    caller: Caller,
  ): Promise<ActionItem> {
    const fields: ActionItemFields = {
      title: requireText('title', request.title),
      description: request.description?.trim() ?? '',
      entityRef: normalizeEntityRef('entityRef', request.entityRef),
      owner: normalizeEntityRef('owner', request.owner, OWNER_KINDS),
      dueDate: validateCalendarDate('dueDate', request.dueDate),
      status: request.status ?? 'open',
      source: request.source ?? 'manual',
      sourceId: request.sourceId?.trim() || null,
    };
    await this.options.records.authorize(
      devexActionItemCreatePermission,
      caller,
      [
        {
          entityRefs: [fields.entityRef],
          assignees: [fields.owner],
          label: `an action item of ${fields.entityRef}`,
        },
      ],
    );
    return this.options.store.create({
      ...fields,
      ...newRecord(caller.userEntityRef, this.options.clock()),
    });
  }

  async update(
    id: string,
    request: UpdateActionItemRequest,
    caller: Caller,
  ): Promise<ActionItem> {
    const changes: Partial<ActionItemFields> = {
      title:
        request.title === undefined
          ? undefined
          : requireText('title', request.title),
      description: request.description?.trim(),
      entityRef:
        request.entityRef && normalizeEntityRef('entityRef', request.entityRef),
      owner:
        request.owner &&
        normalizeEntityRef('owner', request.owner, OWNER_KINDS),
      dueDate:
        request.dueDate && validateCalendarDate('dueDate', request.dueDate),
      status: request.status,
      source: request.source,
      sourceId:
        request.sourceId === undefined
          ? undefined
          : request.sourceId?.trim() || null,
    };
    if (Object.values(changes).every(value => value === undefined)) {
      throw new InputError(
        'An update must change at least one field besides version',
      );
    }
    const current = await this.options.store.get(id);
    if (!current) throw new NotFoundError(`No action item with id ${id}`);
    // a change of status alone is for the item's owner too; moving it needs the new entity's owners
    const statusOnly = Object.entries(changes).every(
      ([field, value]) => field === 'status' || value === undefined,
    );
    await this.options.records.authorize(
      statusOnly
        ? devexActionItemStatusUpdatePermission
        : devexActionItemUpdatePermission,
      caller,
      [
        {
          entityRefs: [current.entityRef],
          assignees: [current.owner],
          label: `action item ${id}`,
        },
        ...(changes.entityRef && changes.entityRef !== current.entityRef
          ? [
              {
                entityRefs: [changes.entityRef],
                label: `an action item of ${changes.entityRef}`,
              },
            ]
          : []),
      ],
    );
    const result = await this.options.store.update(
      id,
      request.version,
      changes,
      this.options.clock().toJSDate(),
    );
    if (result.outcome === 'not-found') {
      throw new NotFoundError(`No action item with id ${id}`);
    }
    if (result.outcome === 'stale') {
      throw new ConflictError(
        `Action item ${id} was changed by someone else: you edited version ${request.version}, ` +
          `the current version is ${result.current.version} (updated ${result.current.updatedAt}). ` +
          'Reload it and apply your change again.',
      );
    }
    return result.item;
  }

  async delete(id: string, caller: Caller): Promise<ActionItem> {
    const item = await this.options.store.get(id);
    if (!item) throw new NotFoundError(`No action item with id ${id}`);
    await this.options.records.authorize(
      devexActionItemDeletePermission,
      caller,
      [
        {
          entityRefs: [item.entityRef],
          assignees: [item.owner],
          label: `action item ${id}`,
        },
      ],
    );
    if (!(await this.options.store.delete(id))) {
      throw new NotFoundError(`No action item with id ${id}`);
    }
    return item;
  }
}

/** The writes of {@link ActionItemService} that are audit events, whichever door they came through. */
export const ACTION_ITEM_AUDIT: AuditPlan<ActionItemService> = {
  create: {
    eventId: 'action-item-create',
    meta: request => ({ entityRef: request.entityRef, owner: request.owner }),
    metaOf: created => ({ actionItemId: created.id }),
  },
  update: {
    eventId: 'action-item-update',
    meta: (id, request) => ({
      actionItemId: id,
      version: request.version,
      fields: Object.keys(request).filter(k => k !== 'version'),
    }),
    metaOf: updated => ({ version: updated.version, status: updated.status }),
  },
  delete: {
    eventId: 'action-item-delete',
    meta: id => ({ actionItemId: id }),
    metaOf: deleted => ({ title: deleted.title, entityRef: deleted.entityRef }),
  },
};
