import {
  ActionItem,
  ActionItemFields,
  ActionItemSort,
  ActionItemSource,
  ActionItemStatus,
  ACTIVE_ACTION_ITEM_STATUSES,
} from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { fromColumns, recordMetadataOf, toColumns } from '../database/columns';

import { duePage, KeysetPosition } from '../database/keyset';

const TABLE = 'devex_action_items';
const COUNTS = 'devex_action_item_counts';

/**
 * Moves action items between the kept counts (per entity, status and due date), in the
 * transaction of the write that moved them: `by` is +1 for an item that now has this entity,
 * status and date, -1 for one that no longer does.
 */
async function moveCounts(
  tx: Knex.Transaction,
  moves: Array<{
    row: Pick<ActionItemRow, 'entity_ref' | 'status' | 'due_date'>;
    by: number;
  }>,
) {
  const rows = moves
    .filter(m => m.by !== 0)
    .map(m => ({
      entity_ref: m.row.entity_ref,
      status: m.row.status,
      due_date: m.row.due_date,
      items: m.by,
    }));
  if (!rows.length) return;
  await tx(COUNTS)
    .insert(rows)
    .onConflict(['status', 'entity_ref', 'due_date'])
    .merge({ items: tx.raw(`${COUNTS}.items + excluded.items`) });
}

/** What the store filters on; the service turns the API query into this. */
export interface ActionItemFilter {
  entityRef?: string;
  /** Any of these owners; an empty list matches nothing. */
  owners?: string[];
  statuses?: ActionItemStatus[];
  /** Active items due before this date (YYYY-MM-DD). */
  overdueBefore?: string;
}

export interface ActionItemPageRequest {
  sort: ActionItemSort;
  limit: number;
  after?: KeysetPosition;
}

export interface ActionItemPage {
  items: ActionItem[];
  /** The position of the last item when a further page exists. */
  next?: KeysetPosition;
}

export type ActionItemUpdateResult =
  | { outcome: 'updated'; item: ActionItem }
  | { outcome: 'not-found' }
  | { outcome: 'stale'; current: ActionItem };

/** Persistence of action items; the only place their SQL lives. */
export interface ActionItemStore {
  list(
    filter: ActionItemFilter,
    page: ActionItemPageRequest,
  ): Promise<ActionItemPage>;
  get(id: string): Promise<ActionItem | undefined>;
  create(
    item: ActionItemFields & { id: string; createdBy: string; now: Date },
  ): Promise<ActionItem>;
  update(
    id: string,
    expectedVersion: number,
    changes: Partial<ActionItemFields>,
    now: Date,
  ): Promise<ActionItemUpdateResult>;
  delete(id: string): Promise<boolean>;
  count(): Promise<number>;
  /** Active items (of an entity, or all) and how many of them are due before `today`, in SQL. */
  activeCounts(
    entityRef: string,
    today: string,
  ): Promise<{ open: number; overdue: number }>;
  /**
   * Open and overdue (due before `today`) items per entity with any: summed from the counts kept
   * per entity, status and due date, one row an entity.
   */
  activeCountsByEntity(
    today: string,
  ): Promise<Map<string, { open: number; overdue: number }>>;
  /** How many items each source id (e.g. a meeting occurrence) produced: one query. */
  countBySourceIds(sourceIds: string[]): Promise<Map<string, number>>;
  /**
   * Active items due from `from` to `to` (dates, both included), a page in (due date, id)
   * order after `after`: what reminders are sent for.
   */
  activeDueBetween(
    from: string,
    to: string,
    after: { dueDate: string; id: string } | undefined,
    limit: number,
  ): Promise<ActionItem[]>;
}

type ActionItemRow = {
  id: string;
  title: string;
  description: string;
  entity_ref: string;
  owner_ref: string;
  due_date: string;
  status: ActionItemStatus;
  source: ActionItemSource;
  source_id: string | null;
  created_by: string;
  created_at: Date | string | number;
  updated_at: Date | string | number;
  version: number | string;
};

const columnOf: Record<keyof ActionItemFields, string> = {
  title: 'title',
  description: 'description',
  entityRef: 'entity_ref',
  owner: 'owner_ref',
  dueDate: 'due_date',
  status: 'status',
  source: 'source',
  sourceId: 'source_id',
};

function toActionItem(row: ActionItemRow): ActionItem {
  return {
    ...recordMetadataOf(row),
    ...fromColumns<ActionItemFields>(row, columnOf),
  };
}

/** Knex implementation for PostgreSQL and SQLite. */
export class KnexActionItemStore implements ActionItemStore {
  constructor(private readonly knex: Knex) {}

  async list(
    filter: ActionItemFilter,
    page: ActionItemPageRequest,
  ): Promise<ActionItemPage> {
    const query = this.knex<ActionItemRow>(TABLE).select('*');
    if (filter.entityRef) {
      query.where('entity_ref', filter.entityRef);
    }
    if (filter.owners) {
      query.whereIn('owner_ref', filter.owners);
    }
    if (filter.statuses?.length) {
      query.whereIn('status', filter.statuses);
    }
    if (filter.overdueBefore) {
      query
        .where('due_date', '<', filter.overdueBefore)
        .whereIn('status', ACTIVE_ACTION_ITEM_STATUSES as ActionItemStatus[]);
    }

    // Keyset pagination: (due_date asc, id asc) or (updated_at desc, id desc).
    const [column, direction] =
      page.sort === 'dueDate'
        ? (['due_date', 'asc'] as const)
        : (['updated_at', 'desc'] as const);
    if (page.after) {
      const op = direction === 'asc' ? '>' : '<';
      const value =
        page.sort === 'dueDate' ? page.after.value : new Date(page.after.value);
      const afterId = page.after.id;
      query.where(inner =>
        inner
          .where(column, op, value)
          .orWhere(tie => tie.where(column, value).andWhere('id', op, afterId)),
      );
    }
    query.orderBy([
      { column, order: direction },
      { column: 'id', order: direction },
    ]);
    query.limit(page.limit + 1);

    const rows = await query;
    const items = rows.slice(0, page.limit).map(toActionItem);
    if (rows.length <= page.limit) {
      return { items };
    }
    const last = items[items.length - 1];
    return {
      items,
      next: {
        sort: page.sort,
        value: page.sort === 'dueDate' ? last.dueDate : last.updatedAt,
        id: last.id,
      },
    };
  }

  async get(id: string): Promise<ActionItem | undefined> {
    const row = await this.knex<ActionItemRow>(TABLE).where({ id }).first();
    return row ? toActionItem(row) : undefined;
  }

  async create(
    item: ActionItemFields & { id: string; createdBy: string; now: Date },
  ): Promise<ActionItem> {
    const row = {
      id: item.id,
      title: item.title,
      description: item.description,
      entity_ref: item.entityRef,
      owner_ref: item.owner,
      due_date: item.dueDate,
      status: item.status,
      source: item.source,
      source_id: item.sourceId,
      created_by: item.createdBy,
      created_at: item.now,
      updated_at: item.now,
      version: 1,
    };
    await this.knex.transaction(async tx => {
      await tx(TABLE).insert(row);
      await moveCounts(tx, [{ row, by: +1 }]);
    });
    return toActionItem(row);
  }

  async update(
    id: string,
    expectedVersion: number,
    changes: Partial<ActionItemFields>,
    now: Date,
  ): Promise<ActionItemUpdateResult> {
    const patch = { ...toColumns(changes, columnOf), updated_at: now };
    return this.knex.transaction(async tx => {
      // The version condition makes the update atomic: a concurrent writer that won leaves 0 rows here.
      const before = await tx<ActionItemRow>(TABLE)
        .where({ id, version: expectedVersion })
        .first();
      const updated = await tx(TABLE)
        .where({ id, version: expectedVersion })
        .update({ ...patch, version: expectedVersion + 1 });
      const row = await tx<ActionItemRow>(TABLE).where({ id }).first();
      if (!row) {
        return { outcome: 'not-found' as const };
      }
      if (updated === 0 || !before) {
        return { outcome: 'stale' as const, current: toActionItem(row) };
      }
      if (
        before.status !== row.status ||
        before.due_date !== row.due_date ||
        before.entity_ref !== row.entity_ref
      ) {
        await moveCounts(tx, [
          { row: before, by: -1 },
          { row, by: +1 },
        ]);
      }
      return { outcome: 'updated' as const, item: toActionItem(row) };
    });
  }

  async delete(id: string): Promise<boolean> {
    // deletes the version it counted out: a concurrent update in between makes it read again
    for (;;) {
      const outcome = await this.knex.transaction(async tx => {
        const row = await tx<ActionItemRow>(TABLE).where({ id }).first();
        if (!row) return 'gone';
        const deleted = await tx(TABLE)
          .where({ id, version: row.version })
          .delete();
        if (!deleted) return 'changed';
        await moveCounts(tx, [{ row, by: -1 }]);
        return 'deleted';
      });
      if (outcome !== 'changed') return outcome === 'deleted';
    }
  }

  /** Counts every item afresh (after items were loaded around the store, as the benchmark does). */
  async recountAll(): Promise<void> {
    await this.knex.transaction(async tx => {
      await tx(COUNTS).delete();
      await tx.raw(
        `insert into ${COUNTS} (entity_ref, status, due_date, items) select entity_ref, status, due_date, count(*) from ${TABLE} group by entity_ref, status, due_date`,
      );
    });
  }

  async activeDueBetween(
    from: string,
    to: string,
    after: { dueDate: string; id: string } | undefined,
    limit: number,
  ): Promise<ActionItem[]> {
    const query = duePage(
      this.knex<ActionItemRow>(TABLE).whereIn('status', [
        ...ACTIVE_ACTION_ITEM_STATUSES,
      ]),
      { from, to, after, limit },
    );
    return (await query).map(toActionItem);
  }

  async countBySourceIds(sourceIds: string[]): Promise<Map<string, number>> {
    if (!sourceIds.length) return new Map();
    const rows = await this.knex(TABLE)
      .select('source_id')
      .count({ n: '*' })
      .whereIn('source_id', sourceIds)
      .groupBy('source_id');
    return new Map(
      (rows as Array<{ source_id: string; n: number | string }>).map(r => [
        r.source_id,
        Number(r.n),
      ]),
    );
  }

  async count(): Promise<number> {
    const [{ count }] = await this.knex(TABLE).count({ count: '*' });
    return Number(count);
  }

  async activeCountsByEntity(
    today: string,
  ): Promise<Map<string, { open: number; overdue: number }>> {
    const rows = (await this.knex(COUNTS)
      .whereIn('status', [...ACTIVE_ACTION_ITEM_STATUSES])
      .select(
        'entity_ref',
        this.knex.raw('sum(items) as open'),
        this.knex.raw(
          'sum(case when due_date < ? then items else 0 end) as overdue',
          [today],
        ),
      )
      .groupBy('entity_ref')) as any[];
    return new Map(
      rows
        .filter(r => Number(r.open) > 0)
        .map(r => [
          r.entity_ref,
          { open: Number(r.open), overdue: Number(r.overdue) },
        ]),
    );
  }

  async activeCounts(
    entityRef: string,
    today: string,
  ): Promise<{ open: number; overdue: number }> {
    const query = this.knex(TABLE)
      .whereIn('status', [...ACTIVE_ACTION_ITEM_STATUSES])
      .select(
        this.knex.raw('count(*) as open'),
        this.knex.raw(
          'sum(case when due_date < ? then 1 else 0 end) as overdue',
          [today],
        ),
      );
    query.where('entity_ref', entityRef);
    const [row] = (await query) as any[];
    return { open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0) };
  }
}
