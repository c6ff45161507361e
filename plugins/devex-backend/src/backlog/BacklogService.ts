import { randomUUID } from 'node:crypto';
import { PermissionsService } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  BacklogItem,
  BacklogRankChange,
  CreateBacklogItemRequest,
  devexBacklogWritePermission,
  devexGovernanceReadPermission,
  ReorderBacklogRequest,
  UpdateBacklogItemRequest,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { authorizeOrThrow } from '../permissions/authorize';
import { newRecord } from '../database/columns';
import { Caller } from '../permissions/caller';
import {
  normalizeEntityRef,
  optionalEntityRef,
  optionalOwnerRef,
  optionalText,
  requireSomeChange,
  requireText,
  validateCalendarDate,
} from '../shared/validation';
import {
  BacklogFields,
  BacklogStore,
  BacklogWriteResult,
} from './BacklogStore';
import { AuditPlan, updateMeta } from '../audit/DevexAudit';

/** The IDP backlog and its review mode: ranks, decisions and the history of every move. */
export class BacklogService {
  constructor(
    private readonly options: {
      store: BacklogStore;
      permissions: PermissionsService;
      entities: EntityCatalog;
      clock: () => DateTime;
    },
  ) {}

  private fields(
    request: Partial<UpdateBacklogItemRequest>,
  ): Partial<BacklogFields> {
    return {
      initiative: optionalText('initiative', request.initiative),
      description: request.description?.trim(),
      entityRef: optionalEntityRef('entityRef', request.entityRef),
      owner: optionalOwnerRef(request.owner),
      horizon: request.horizon,
      effort: request.effort,
      dependencies: request.dependencies?.map(d => d.trim()).filter(Boolean),
      targetDate: request.targetDate
        ? validateCalendarDate('targetDate', request.targetDate)
        : request.targetDate,
      status: request.status,
      decision:
        request.decision === undefined
          ? undefined
          : request.decision?.trim() || null,
      decisionNote:
        request.decisionNote === undefined
          ? undefined
          : request.decisionNote?.trim() || null,
    };
  }

  private done(
    id: string,
    version: number,
    result: BacklogWriteResult,
  ): BacklogItem {
    if (result.outcome === 'not-found')
      throw new NotFoundError(`No backlog item with id ${id}`);
    if (result.outcome === 'stale') {
      throw new ConflictError(
        `Backlog item "${result.current.initiative}" was changed by someone else: you edited version ${version}, the current version is ${result.current.version} (rank ${result.current.rank}). Reload and try again.`,
      );
    }
    return result.item;
  }

  async list(
    entityRef: string | undefined,
    caller: Caller,
  ): Promise<{ items: BacklogItem[]; history: BacklogRankChange[] }> {
    const ref = entityRef && normalizeEntityRef('entityRef', entityRef);
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    const [items, history] = await Promise.all([
      this.options.store.list({ entityRef: ref }),
      this.options.store.rankChanges({ entityRef: ref, limit: 100 }),
    ]);
    // items of entities the catalog hides from the caller are left out, with their rank changes
    const visible = await this.options.entities.visibleRecords(
      caller.credentials,
      items,
      i => [i.entityRef],
    );
    const shown = new Set(visible.map(i => i.id));
    const hidden = new Set(items.filter(i => !shown.has(i.id)).map(i => i.id));
    return {
      items: visible,
      history: history.filter(h => !hidden.has(h.itemId)),
    };
  }

  async create(
    request: CreateBacklogItemRequest,
    caller: Caller,
  ): Promise<BacklogItem> {
    const given = this.fields(request);
    await authorizeOrThrow(
      this.options.permissions,
      devexBacklogWritePermission,
      caller,
    );
    return this.options.store.create({
      initiative: given.initiative!,
      description: given.description ?? '',
      entityRef: given.entityRef ?? null,
      owner: given.owner!,
      horizon: given.horizon!,
      effort: given.effort!,
      dependencies: given.dependencies ?? [],
      targetDate: given.targetDate ?? null,
      status: given.status ?? 'proposed',
      decision: null,
      decisionNote: null,
      ...newRecord(caller.userEntityRef, this.options.clock()),
    });
  }

  async update(
    id: string,
    request: UpdateBacklogItemRequest,
    caller: Caller,
  ): Promise<BacklogItem> {
    const { version, ...rest } = request;
    const changes = requireSomeChange(this.fields(rest));
    await authorizeOrThrow(
      this.options.permissions,
      devexBacklogWritePermission,
      caller,
    );
    return this.done(
      id,
      version,
      await this.options.store.update(
        id,
        version,
        changes,
        this.options.clock().toJSDate(),
      ),
    );
  }

  async reorder(
    request: ReorderBacklogRequest,
    caller: Caller,
  ): Promise<BacklogItem> {
    const note = requireText('note', request.note);
    await authorizeOrThrow(
      this.options.permissions,
      devexBacklogWritePermission,
      caller,
    );
    return this.done(
      request.itemId,
      request.version,
      await this.options.store.reorder({
        itemId: request.itemId,
        version: request.version,
        toRank: request.toRank,
        note,
        occurrenceId: request.occurrenceId ?? null,
        changedBy: caller.userEntityRef,
        changeId: randomUUID(),
        now: this.options.clock().toJSDate(),
      }),
    );
  }
}

/** The writes of {@link BacklogService} that are audit events, whichever door they came through. */
export const BACKLOG_AUDIT: AuditPlan<BacklogService> = {
  create: {
    eventId: 'backlog-item-create',
    meta: request => ({ initiative: request.initiative }),
    metaOf: created => ({ backlogItemId: created.id, rank: created.rank }),
  },
  update: {
    eventId: 'backlog-item-update',
    meta: updateMeta('backlogItemId'),
    metaOf: updated => ({ version: updated.version }),
  },
  reorder: {
    eventId: 'backlog-reorder',
    meta: request => ({
      backlogItemId: request.itemId,
      toRank: request.toRank,
      note: request.note,
    }),
    metaOf: moved => ({ rank: moved.rank }),
  },
};
