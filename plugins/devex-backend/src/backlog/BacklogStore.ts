import {
  BacklogItem,
  BacklogRankChange,
} from '@devex-governance/backstage-plugin-devex-common';
import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import { dialectOf } from '../database/dialect';
import { fromColumns, recordMetadataOf, toColumns } from '../database/columns';
import { onLostWriteRace } from '../database/conflicts';
import { toIsoTimestamp } from '../database/timestamps';

const ITEMS = 'devex_backlog_items';
const CHANGES = 'devex_backlog_rank_changes';

export type BacklogFields = Pick<
  BacklogItem,
  | 'initiative'
  | 'description'
  | 'entityRef'
  | 'owner'
  | 'horizon'
  | 'effort'
  | 'dependencies'
  | 'targetDate'
  | 'status'
  | 'decision'
  | 'decisionNote'
>;

const columnOf: Record<keyof BacklogFields, string> = {
  initiative: 'initiative',
  description: 'description',
  entityRef: 'entity_ref',
  owner: 'owner_ref',
  horizon: 'horizon',
  effort: 'effort',
  dependencies: 'dependencies',
  targetDate: 'target_date',
  status: 'status',
  decision: 'decision',
  decisionNote: 'decision_note',
};

const JSON_FIELDS = new Set(['dependencies']);

function toItem(r: any): BacklogItem {
  return {
    ...recordMetadataOf(r),
    ...fromColumns<BacklogFields>(r, columnOf, JSON_FIELDS),
    horizon: Number(r.horizon) as BacklogItem['horizon'],
    rank: Number(r.rank),
  };
}

const toRow = (fields: Partial<BacklogFields>) =>
  toColumns(fields, columnOf, JSON_FIELDS);

export type BacklogWriteResult =
  | { outcome: 'done'; item: BacklogItem }
  | { outcome: 'not-found' }
  | { outcome: 'stale'; current: BacklogItem };

/**
 * Serialises the writes that rank the backlog (ranks are portal-wide, so the whole backlog): on
 * PostgreSQL a table lock that rank writers take in turn (reads go on), on MySQL a lock on every
 * item; SQLite writes one transaction at a time already.
 */
async function lockRanks(tx: Knex.Transaction): Promise<void> {
  const dialect = dialectOf(tx);
  if (dialect === 'postgres') {
    await tx.raw('LOCK TABLE ?? IN SHARE ROW EXCLUSIVE MODE', [ITEMS]);
  } else if (dialect === 'mysql') {
    await tx(ITEMS).select('id').orderBy('rank').forUpdate();
  }
}

/**
 * Persistence of the IDP backlog; ranks are kept dense (1..n) by every write, serialised by
 * `lockRanks` and guarded by a unique index (a lost race is a 409, never a gap).
 */
export class BacklogStore {
  constructor(private readonly knex: Knex) {}

  async list(filter: { entityRef?: string }): Promise<BacklogItem[]> {
    const query = this.knex(ITEMS).orderBy([
      { column: 'rank' },
      { column: 'id' },
    ]);
    if (filter.entityRef) query.where('entity_ref', filter.entityRef);
    return (await query).map(toItem);
  }

  async get(id: string): Promise<BacklogItem | undefined> {
    const row = await this.knex(ITEMS).where({ id }).first();
    return row && toItem(row);
  }

  async create(
    fields: BacklogFields & { id: string; createdBy: string; now: Date },
  ): Promise<BacklogItem> {
    return onLostWriteRace(
      () =>
        this.knex.transaction(async tx => {
          await lockRanks(tx);
          const [{ max }] = await tx(ITEMS).max({ max: 'rank' });
          await tx(ITEMS).insert({
            ...toRow(fields),
            id: fields.id,
            rank: Number(max ?? 0) + 1,
            created_by: fields.createdBy,
            created_at: fields.now,
            updated_at: fields.now,
            version: 1,
          });
          return toItem(await tx(ITEMS).where({ id: fields.id }).first());
        }),
      () => {
        throw new ConflictError(
          `The backlog was being reordered while "${fields.initiative}" was added, so it was not saved: add it again.`,
        );
      },
    );
  }

  async update(
    id: string,
    version: number,
    changes: Partial<BacklogFields>,
    now: Date,
  ): Promise<BacklogWriteResult> {
    return this.knex.transaction(async tx => {
      const updated = await tx(ITEMS)
        .where({ id, version })
        .update({ ...toRow(changes), updated_at: now, version: version + 1 });
      const row = await tx(ITEMS).where({ id }).first();
      if (!row) return { outcome: 'not-found' as const };
      return updated
        ? { outcome: 'done' as const, item: toItem(row) }
        : { outcome: 'stale' as const, current: toItem(row) };
    });
  }

  /**
   * Moves an item to `toRank` (clamped to 1..n), shifting the items in between by one, and
   * records the change; only at the item's expected version.
   */
  async reorder(options: {
    itemId: string;
    version: number;
    toRank: number;
    note: string;
    occurrenceId: string | null;
    changedBy: string;
    changeId: string;
    now: Date;
  }): Promise<BacklogWriteResult> {
    const { itemId, version, now } = options;
    return onLostWriteRace(
      () =>
        this.knex.transaction(async tx => {
          await lockRanks(tx);
          const row = await tx(ITEMS).where({ id: itemId }).first();
          if (!row) return { outcome: 'not-found' as const };
          if (Number(row.version) !== version)
            return { outcome: 'stale' as const, current: toItem(row) };
          const [{ n }] = await tx(ITEMS).count({ n: '*' });
          const from = Number(row.rank);
          const to = Math.max(1, Math.min(Number(n), options.toRank));
          if (to !== from) {
            // Through negative ranks, so the unique index never sees two items on one rank.
            const [low, high] = to < from ? [to, from] : [from, to];
            await tx(ITEMS)
              .whereBetween('rank', [low, high])
              .update({ rank: tx.raw('-??', ['rank']) });
            await tx(ITEMS)
              .whereBetween('rank', [-high, -low])
              .whereNot({ id: itemId })
              .update({
                rank: tx.raw(to < from ? '1 - ??' : '-1 - ??', ['rank']),
              });
          }
          await tx(ITEMS)
            .where({ id: itemId })
            .update({ rank: to, updated_at: now, version: version + 1 });
          await tx(CHANGES).insert({
            id: options.changeId,
            item_id: itemId,
            old_rank: from,
            new_rank: to,
            note: options.note,
            occurrence_id: options.occurrenceId,
            changed_by: options.changedBy,
            changed_at: now,
          });
          return {
            outcome: 'done' as const,
            item: toItem(await tx(ITEMS).where({ id: itemId }).first()),
          };
        }),
      () => {
        throw new ConflictError(
          `Backlog item ${itemId} could not be moved: the backlog was being changed at the same moment. Reload the backlog and move it again.`,
        );
      },
    );
  }

  /** The latest reprioritisations, newest first, with the initiative's name: one query. */
  async rankChanges(filter: {
    entityRef?: string;
    limit: number;
  }): Promise<BacklogRankChange[]> {
    const query = this.knex(`${CHANGES} as c`)
      .join(`${ITEMS} as i`, 'i.id', 'c.item_id')
      .select('c.*', 'i.initiative')
      .orderBy([
        { column: 'c.changed_at', order: 'desc' },
        { column: 'c.id', order: 'desc' },
      ])
      .limit(filter.limit);
    if (filter.entityRef) query.where('i.entity_ref', filter.entityRef);
    return (await query).map((r: any) => ({
      id: r.id,
      itemId: r.item_id,
      initiative: r.initiative,
      oldRank: Number(r.old_rank),
      newRank: Number(r.new_rank),
      note: r.note,
      occurrenceId: r.occurrence_id,
      changedBy: r.changed_by,
      changedAt: toIsoTimestamp(r.changed_at),
    }));
  }
}
