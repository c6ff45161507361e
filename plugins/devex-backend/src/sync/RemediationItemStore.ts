import { duePage } from '../database/keyset';
import {
  RemediationItem,
  SyncState,
} from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { toIsoTimestamp } from '../database/timestamps';
import {
  claimsOwnItem,
  RemediationConflict,
  remediationSourceOf,
} from './remediationSources';
import {
  CONFLICTS,
  COUNTS,
  ITEMS,
  STATES,
  SyncScope,
  toItem,
} from './remediationRows';

/** A stored state as the reconciler compares it. */
export interface StoredSyncState {
  state: SyncState;
  inputHash: string;
  attempts: number;
  nextAttemptAt: Date | null;
  staleAt: Date | null;
}

export interface SyncStateWrite {
  remediationId: string;
  state: SyncState;
  reason: string | null;
  evidence: unknown[];
  inputHash: string;
  attempts: number;
  nextAttemptAt: Date | null;
  staleAt: Date | null;
  lastSyncedAt: Date | null;
  runId: string;
}

const toDate = (v: any) =>
  v === null || v === undefined ? null : new Date(toIsoTimestamp(v));

/**
 * The remediation backlog as the sync keeps it: items (one source each, conflicts recorded),
 * their sync states, and the counts per entity, owner and state that every ratio reads, kept
 * in the transaction that changes them.
 */
export class RemediationItemStore {
  constructor(private readonly knex: Knex) {}

  /**
   * Idempotent upsert: new items are inserted, changed ones updated, unchanged ones left alone. An
   * id held by another source is not written: it is recorded as a conflict and returned.
   */
  async upsertItems(
    items: Array<RemediationItem & { contentHash: string }>,
    now: Date,
  ): Promise<{
    written: number;
    unchanged: number;
    conflicts: RemediationConflict[];
  }> {
    let written = 0;
    const conflicts: RemediationConflict[] = [];
    const touched = new Set<string>();
    for (let i = 0; i < items.length; i += 500) {
      const chunk = items.slice(i, i + 500);
      const held = new Map<string, any>(
        (
          await this.knex(ITEMS)
            .select('id', 'content_hash', 'entity_ref', 'source_location')
            .whereIn(
              'id',
              chunk.map(c => c.id),
            )
        ).map((r: any) => [r.id, r]),
      );
      const changed = [];
      for (const c of chunk) {
        const holder = held.get(c.id);
        if (
          holder &&
          !claimsOwnItem(
            {
              entityRef: holder.entity_ref,
              sourceLocation: holder.source_location,
            },
            c,
          )
        ) {
          conflicts.push({
            id: c.id,
            heldBy: remediationSourceOf({
              entityRef: holder.entity_ref,
              sourceLocation: holder.source_location,
            }),
            holderEntityRef: holder.entity_ref,
            claimedBy: remediationSourceOf(c),
            claimantEntityRef: c.entityRef,
            firstSeenAt: now.toISOString(),
            lastSeenAt: now.toISOString(),
          });
        } else if (holder?.content_hash !== c.contentHash) {
          changed.push(c);
        }
      }
      if (changed.length) {
        await this.knex(ITEMS)
          .insert(
            changed.map(c => ({
              id: c.id,
              framework: c.framework,
              title: c.title,
              risk_level: c.riskLevel,
              owner_ref: c.owner,
              due_date: c.dueDate,
              status: c.status,
              expected_evidence: JSON.stringify(c.expectedEvidence),
              entity_ref: c.entityRef,
              source_location: c.sourceLocation,
              source_key: remediationSourceOf(c),
              content_hash: c.contentHash,
              updated_at: now,
            })),
          )
          .onConflict('id')
          .merge()
          // a source taking the id between the read above and this write keeps it (claimsOwnItem)
          .where(
            this.knex.raw(
              `${ITEMS}.entity_ref = excluded.entity_ref and (${ITEMS}.source_location is null) = (excluded.source_location is null)`,
            ),
          );
        written += changed.length;
        for (const c of changed) touched.add(c.entityRef);
      }
    }
    // once for the whole call: per chunk, a bulk load recounted the same entities again and again
    await this.recount([...touched]);
    await this.recordConflicts(conflicts, now);
    return {
      written,
      unchanged: items.length - written - conflicts.length,
      conflicts: await this.firstSeen(conflicts),
    };
  }

  private async recordConflicts(conflicts: RemediationConflict[], now: Date) {
    for (let i = 0; i < conflicts.length; i += 500) {
      await this.knex(CONFLICTS)
        .insert(
          conflicts.slice(i, i + 500).map(c => ({
            remediation_id: c.id,
            claimant_source: c.claimedBy,
            claimant_entity_ref: c.claimantEntityRef,
            holder_source: c.heldBy,
            holder_entity_ref: c.holderEntityRef,
            first_seen_at: now,
            last_seen_at: now,
          })),
        )
        .onConflict(['remediation_id', 'claimant_source'])
        .merge(['holder_source', 'holder_entity_ref', 'last_seen_at']);
    }
  }

  /** The conflicts with the time each was first seen, as recorded. */
  private async firstSeen(
    conflicts: RemediationConflict[],
  ): Promise<RemediationConflict[]> {
    if (!conflicts.length) return conflicts;
    const first = new Map<string, string>();
    for (let i = 0; i < conflicts.length; i += 500) {
      const chunk = conflicts.slice(i, i + 500);
      const rows = await this.knex(CONFLICTS)
        .select('remediation_id', 'claimant_source', 'first_seen_at')
        .whereIn(
          'remediation_id',
          chunk.map(c => c.id),
        )
        .whereIn('claimant_source', [...new Set(chunk.map(c => c.claimedBy))]);
      for (const r of rows as any[])
        first.set(
          `${r.remediation_id}\n${r.claimant_source}`,
          toIsoTimestamp(r.first_seen_at),
        );
    }
    return conflicts.map(c => ({
      ...c,
      firstSeenAt: first.get(`${c.id}\n${c.claimedBy}`) ?? c.firstSeenAt,
    }));
  }

  /**
   * After an entity's backlog file was read: its file no longer claims what it does not list, so
   * conflicts of that entity's files other than `claimed` are settled.
   */
  async settleFileConflicts(
    entityRef: string,
    source: string,
    claimed: string[],
  ): Promise<void> {
    await this.knex(CONFLICTS)
      .where('claimant_entity_ref', entityRef)
      .where('claimant_source', 'like', 'file:%')
      .whereNot(q =>
        q.where('claimant_source', source).whereIn('remediation_id', claimed),
      )
      .delete();
  }

  /**
   * Conflicts in scope whose holder still holds the id, newest first: for an entity those it holds
   * and those it claims, for a group those held by its items.
   */
  async conflicts(
    scope: SyncScope,
    limit: number,
  ): Promise<RemediationConflict[]> {
    const query = this.knex(`${CONFLICTS} as c`)
      .join(`${ITEMS} as i`, 'i.id', 'c.remediation_id')
      .select(
        'c.remediation_id',
        'c.claimant_source',
        'c.claimant_entity_ref',
        'c.first_seen_at',
        'c.last_seen_at',
        'i.source_key',
        'i.entity_ref',
      )
      .whereRaw('i.source_key <> c.claimant_source')
      .orderBy([
        { column: 'c.last_seen_at', order: 'desc' },
        { column: 'c.remediation_id' },
        { column: 'c.claimant_source' },
      ])
      .limit(limit);
    if (scope.entityRef) {
      const entityRef = scope.entityRef;
      query.where(q =>
        q
          .where('i.entity_ref', entityRef)
          .orWhere('c.claimant_entity_ref', entityRef),
      );
    }
    if (scope.ownerRefs) query.whereIn('i.owner_ref', scope.ownerRefs);
    return (await query).map((r: any) => ({
      id: r.remediation_id,
      heldBy: r.source_key,
      holderEntityRef: r.entity_ref,
      claimedBy: r.claimant_source,
      claimantEntityRef: r.claimant_entity_ref,
      firstSeenAt: toIsoTimestamp(r.first_seen_at),
      lastSeenAt: toIsoTimestamp(r.last_seen_at),
    }));
  }

  /**
   * Every item's content hash with its stored state, one keyset page at a time (by id), so memory
   * stays bounded: what the sync needs to decide whether an item changed. The items it must
   * reconcile are then read whole with {@link RemediationItemStore.itemsByIds}, so a run over unchanged items
   * reads none of their content.
   */
  async *itemStates(
    pageSize = 5000,
  ): AsyncGenerator<
    Array<{ id: string; contentHash: string; stored: StoredSyncState | null }>
  > {
    const page = (after: string) =>
      this.itemStatesPage(after, pageSize).then(rows => rows as any[]);
    let next = page('');
    for (;;) {
      const rows = await next;
      if (!rows.length) return;
      // the next page is read while the caller works on this one; a caller that stops early
      // leaves that read to fail or finish unobserved
      next = page(rows[rows.length - 1].id);
      next.catch(() => {});
      yield rows.map(r => ({
        id: r.id,
        contentHash: r.content_hash,
        stored: r.state
          ? {
              state: r.state,
              inputHash: r.input_hash,
              attempts: Number(r.attempts),
              nextAttemptAt: toDate(r.next_attempt_at),
              staleAt: toDate(r.stale_at),
            }
          : null,
      }));
    }
  }

  /** The query of one page of {@link RemediationItemStore.itemStates}: the items after this id, in id order. */
  itemStatesPage(after: string, pageSize: number) {
    return this.knex(`${ITEMS} as i`)
      .leftJoin(`${STATES} as s`, 's.remediation_id', 'i.id')
      .select(
        'i.id',
        'i.content_hash',
        's.state',
        's.input_hash',
        's.attempts',
        's.next_attempt_at',
        's.stale_at',
      )
      .where('i.id', '>', after)
      .orderBy('i.id')
      .limit(pageSize);
  }

  /** The items of these ids, by id; an id no longer stored is left out. */
  async itemsByIds(ids: string[]): Promise<Map<string, RemediationItem>> {
    const items = new Map<string, RemediationItem>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.knex(ITEMS)
        .select('*')
        .whereIn('id', ids.slice(i, i + 500));
      for (const r of rows) items.set(r.id, toItem(r));
    }
    return items;
  }

  /**
   * Writes items' sync states, and moves each item's count from its old state to its new one in
   * the same transaction (the counts stay exact without recounting an entity for every page).
   */
  async writeStates(states: SyncStateWrite[]): Promise<void> {
    for (let i = 0; i < states.length; i += 500) {
      const chunk = states.slice(i, i + 500);
      await this.knex.transaction(async tx => {
        const before = await tx(`${ITEMS} as i`)
          .leftJoin(`${STATES} as s`, 's.remediation_id', 'i.id')
          .select('i.id', 'i.entity_ref', 'i.owner_ref', 's.state')
          .whereIn(
            'i.id',
            chunk.map(c => c.remediationId),
          );
        await tx(STATES)
          .insert(
            chunk.map(s => ({
              remediation_id: s.remediationId,
              state: s.state,
              reason: s.reason,
              evidence: JSON.stringify(s.evidence),
              input_hash: s.inputHash,
              attempts: s.attempts,
              next_attempt_at: s.nextAttemptAt,
              stale_at: s.staleAt,
              last_synced_at: s.lastSyncedAt,
              last_run_id: s.runId,
            })),
          )
          .onConflict('remediation_id')
          .merge();
        const next = new Map(chunk.map(c => [c.remediationId, c.state]));
        const moves = new Map<
          string,
          {
            entity_ref: string;
            owner_ref: string;
            state: string;
            items: number;
          }
        >();
        const move = (r: any, state: string, by: number) => {
          const key = `${r.entity_ref}\n${r.owner_ref}\n${state}`;
          const m = moves.get(key) ?? {
            entity_ref: r.entity_ref,
            owner_ref: r.owner_ref,
            state,
            items: 0,
          };
          m.items += by;
          moves.set(key, m);
        };
        for (const r of before) {
          const from = r.state ?? 'unsynced';
          const to = next.get(r.id)!;
          if (from === to) continue;
          move(r, from, -1);
          move(r, to, +1);
        }
        const changed = [...moves.values()].filter(m => m.items !== 0);
        // in batches: SQLite writes a multi-row insert as one compound select of at most 500
        for (let j = 0; j < changed.length; j += 100) {
          await tx(COUNTS)
            .insert(changed.slice(j, j + 100))
            .onConflict(['entity_ref', 'owner_ref', 'state'])
            .merge({ items: tx.raw(`${COUNTS}.items + excluded.items`) });
        }
      });
    }
  }

  /**
   * Counts the entities' items per owner and state afresh (after their items were written). One
   * transaction; each entity's items are read through its index.
   */
  async recount(entityRefs: string[]): Promise<void> {
    for (let i = 0; i < entityRefs.length; i += 100) {
      const refs = entityRefs.slice(i, i + 100);
      await this.knex.transaction(async tx => {
        await tx(COUNTS).whereIn('entity_ref', refs).delete();
        await tx.raw(
          `insert into ${COUNTS} (entity_ref, owner_ref, state, items) ${tx(
            `${ITEMS} as i`,
          )
            .leftJoin(`${STATES} as s`, 's.remediation_id', 'i.id')
            .select(
              'i.entity_ref',
              'i.owner_ref',
              tx.raw("coalesce(s.state, 'unsynced')"),
              tx.raw('count(*)'),
            )
            .whereIn('i.entity_ref', refs)
            .groupBy('i.entity_ref', 'i.owner_ref')
            .groupByRaw("coalesce(s.state, 'unsynced')")
            .toQuery()}`,
        );
      });
    }
  }

  /** Counts every entity's items afresh (after items were loaded around the store). */
  async recountAll(): Promise<void> {
    const rows = await this.knex(ITEMS).distinct('entity_ref');
    await this.recount(rows.map((r: any) => r.entity_ref));
  }

  /**
   * Items not completed, due from `from` to `to` (dates, both included), a page in (due date,
   * id) order after `after`: what reminders are sent for.
   */
  async openDueBetween(
    from: string,
    to: string,
    after: { dueDate: string; id: string } | undefined,
    limit: number,
  ): Promise<RemediationItem[]> {
    const query = duePage(this.knex(ITEMS).whereNot('status', 'completed'), {
      from,
      to,
      after,
      limit,
    });
    return (await query).map(toItem);
  }

  /** One remediation item by id. */
  async getItem(id: string): Promise<RemediationItem | undefined> {
    const row = await this.knex(ITEMS).where({ id }).first();
    return row && toItem(row);
  }

  /**
   * The entities with remediation items (or counts) of this owner, lower case: those to recount
   * after the owner was replaced.
   */
  async entitiesWithOwner(ownerRef: string): Promise<string[]> {
    const rows = await this.knex(ITEMS)
      .select('entity_ref')
      .whereRaw('lower(??) = ?', ['owner_ref', ownerRef])
      .union(q =>
        q
          .select('entity_ref')
          .from(COUNTS)
          .whereRaw('lower(??) = ?', ['owner_ref', ownerRef]),
      );
    return [...new Set(rows.map((r: any) => r.entity_ref as string))];
  }
}
