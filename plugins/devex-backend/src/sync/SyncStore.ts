import {
  EvidenceRecord,
  RemediationItem,
  RemediationSyncStatus,
  SyncRun,
  SyncState,
} from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { toIsoTimestamp, toIsoTimestampOrNull } from '../database/timestamps';
import {
  claimsOwnItem,
  RemediationConflict,
  remediationSourceOf,
} from './remediationSources';

const ITEMS = 'devex_remediation_items';
const STATES = 'devex_sync_states';
const RUNS = 'devex_sync_runs';
const EVIDENCE = 'devex_evidence_records';
const SOURCES = 'devex_remediation_sources';
const CONFLICTS = 'devex_remediation_conflicts';
const COUNTS = 'devex_sync_counts';

/** An entity's items, or the items of a set of owner groups (a group with its descendants). */
export type SyncScope = { entityRef?: string; ownerRefs?: string[] };

const ts = toIsoTimestampOrNull;

function toItem(r: any): RemediationItem {
  return {
    id: r.id,
    framework: r.framework,
    title: r.title,
    riskLevel: r.risk_level,
    owner: r.owner_ref,
    dueDate: r.due_date,
    status: r.status,
    expectedEvidence: JSON.parse(r.expected_evidence),
    entityRef: r.entity_ref,
    sourceLocation: r.source_location,
  };
}

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

function applyScope(query: Knex.QueryBuilder, scope: SyncScope, alias = 'i') {
  if (scope.entityRef) query.where(`${alias}.entity_ref`, scope.entityRef);
  if (scope.ownerRefs) query.whereIn(`${alias}.owner_ref`, scope.ownerRefs);
  return query;
}

/** Persistence of the remediation backlog, evidence records, sync states and runs. */
export class SyncStore {
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
   * reconcile are then read whole with {@link SyncStore.itemsByIds}, so a run over unchanged items
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

  /** The query of one page of {@link SyncStore.itemStates}: the items after this id, in id order. */
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

  /** Counts per state in scope; items never reconciled count as unsynced. From the kept counts. */
  async countsByState(
    scope: SyncScope = {},
  ): Promise<Record<SyncState, number> & { total: number }> {
    const rows = await applyScope(
      this.knex(`${COUNTS} as i`)
        .select('i.state')
        .sum({ n: 'i.items' })
        .groupBy('i.state'),
      scope,
    );
    const counts = {
      synced_automatically: 0,
      synced_manually: 0,
      unsynced: 0,
      failed: 0,
      stale: 0,
      total: 0,
    };
    for (const r of rows as any[]) {
      counts[r.state as SyncState] = Number(r.n);
      counts.total += Number(r.n);
    }
    return counts;
  }

  /**
   * Automatically synced items over items in scope, from the counts kept per entity, owner and
   * state: a few rows per entity whatever the number of items.
   */
  async ratio(
    scope: SyncScope,
  ): Promise<{ total: number; syncedAutomatically: number }> {
    const [row] = await applyScope(
      this.knex(`${COUNTS} as i`).select(
        this.knex.raw(
          "coalesce(sum(i.items), 0) as total, coalesce(sum(case when i.state = 'synced_automatically' then i.items else 0 end), 0) as auto",
        ),
      ),
      scope,
    );
    return {
      total: Number((row as any).total),
      syncedAutomatically: Number((row as any).auto ?? 0),
    };
  }

  /**
   * Items in scope not synced automatically under an approved waiver in force on `today`, per
   * owner group: read from the waivers in force (few), each joined to its item by key.
   */
  async waivedByOwner(
    scope: SyncScope,
    today: string,
  ): Promise<Array<{ owner: string; waived: number }>> {
    const rows = await applyScope(
      this.knex('devex_waivers as w')
        .join(`${ITEMS} as i`, 'i.id', 'w.subject_id')
        .where('w.subject_type', 'remediation_item')
        .where('w.status', 'approved')
        .where('w.expires_on', '>=', today)
        .whereNotExists(
          this.knex(`${STATES} as s`)
            .select(this.knex.raw('1'))
            .whereRaw('s.remediation_id = i.id')
            .where('s.state', 'synced_automatically'),
        )
        .select('i.owner_ref')
        .count({ n: '*' })
        .groupBy('i.owner_ref'),
      scope,
    );
    return rows.map((r: any) => ({ owner: r.owner_ref, waived: Number(r.n) }));
  }

  /** Ratios per owner group, for the portfolio, from the kept counts. */
  async ratiosByOwner(): Promise<
    Array<{ owner: string; total: number; syncedAutomatically: number }>
  > {
    const rows = await this.knex(`${COUNTS} as i`)
      .select(
        'i.owner_ref',
        this.knex.raw(
          "sum(i.items) as total, sum(case when i.state = 'synced_automatically' then i.items else 0 end) as auto",
        ),
      )
      .groupBy('i.owner_ref')
      .having(this.knex.raw('sum(i.items) > 0'))
      .orderBy('i.owner_ref');
    return rows.map((r: any) => ({
      owner: r.owner_ref,
      total: Number(r.total),
      syncedAutomatically: Number(r.auto ?? 0),
    }));
  }

  /**
   * The first items in scope (by id) not synced automatically, with their states. The items are
   * read in the order of the scope's index, each item's state tested by its key, until `limit` are
   * found; then their states are read by key. (A join to the states let PostgreSQL hash every
   * state of the portal for one entity's items.)
   */
  async notSyncedAutomatically(
    scope: SyncScope,
    limit: number,
  ): Promise<RemediationSyncStatus[]> {
    const items = await applyScope(
      this.knex(`${ITEMS} as i`)
        .select('i.*')
        .whereNotExists(
          this.knex(`${STATES} as s`)
            .select(this.knex.raw('1'))
            .whereRaw('s.remediation_id = i.id')
            .where('s.state', 'synced_automatically'),
        )
        .orderBy('i.id')
        .limit(limit),
      scope,
    );
    const states = new Map<string, any>();
    for (let i = 0; i < items.length; i += 500) {
      const rows = await this.knex(STATES)
        .select(
          'remediation_id',
          'state',
          'reason',
          'evidence',
          'attempts',
          'next_attempt_at',
          'last_synced_at',
        )
        .whereIn(
          'remediation_id',
          items.slice(i, i + 500).map((r: any) => r.id),
        );
      for (const r of rows) states.set(r.remediation_id, r);
    }
    const rows = items.map((r: any) => ({
      ...r,
      state: null,
      reason: null,
      evidence: null,
      attempts: null,
      next_attempt_at: null,
      last_synced_at: null,
      ...states.get(r.id),
    }));
    return rows.map((r: any) => ({
      item: toItem(r),
      state: r.state ?? 'unsynced',
      reason: r.state ? r.reason : 'Not reconciled yet',
      evidence: JSON.parse(r.evidence ?? '[]'),
      attempts: Number(r.attempts ?? 0),
      nextAttemptAt: ts(r.next_attempt_at),
      lastSyncedAt: ts(r.last_synced_at),
    }));
  }

  /** One remediation item by id. */
  async getItem(id: string): Promise<RemediationItem | undefined> {
    const row = await this.knex(ITEMS).where({ id }).first();
    return row && toItem(row);
  }

  async startRun(id: string, trigger: SyncRun['trigger'], now: Date) {
    await this.knex(RUNS).insert({ id, trigger, started_at: now });
  }

  async finishRun(
    id: string,
    run: Omit<SyncRun, 'id' | 'trigger' | 'startedAt'>,
  ) {
    await this.knex(RUNS)
      .where({ id })
      .update({
        finished_at: run.finishedAt ? new Date(run.finishedAt) : null,
        total: run.total,
        synced_automatically: run.syncedAutomatically,
        synced_manually: run.syncedManually,
        unsynced: run.unsynced,
        failed: run.failed,
        stale: run.stale,
        skipped: run.skipped,
        ratio: run.ratio,
        errors: JSON.stringify(run.errors),
      });
  }

  async listRuns(limit: number): Promise<SyncRun[]> {
    const rows = await this.knex(RUNS)
      .orderBy('started_at', 'desc')
      .limit(limit);
    return rows.map((r: any) => ({
      id: r.id,
      trigger: r.trigger,
      startedAt: toIsoTimestamp(r.started_at),
      finishedAt: ts(r.finished_at),
      total: Number(r.total),
      syncedAutomatically: Number(r.synced_automatically),
      syncedManually: Number(r.synced_manually),
      unsynced: Number(r.unsynced),
      failed: Number(r.failed),
      stale: Number(r.stale),
      skipped: Number(r.skipped),
      ratio: r.ratio === null ? null : Number(r.ratio),
      errors: JSON.parse(r.errors),
    }));
  }

  async recordSource(
    entityRef: string,
    location: string,
    error: string | null,
    now: Date,
  ) {
    await this.knex(SOURCES)
      .insert({ entity_ref: entityRef, location, error, read_at: now })
      .onConflict('entity_ref')
      .merge();
  }

  async sourceErrors(entityRef?: string) {
    const query = this.knex(SOURCES).whereNotNull('error');
    if (entityRef) query.where({ entity_ref: entityRef });
    return (await query).map((r: any) => ({
      entityRef: r.entity_ref,
      location: r.location,
      error: r.error,
      readAt: toIsoTimestamp(r.read_at),
    }));
  }

  // ---- the portal database's evidence catalog ----

  async listEvidence(): Promise<EvidenceRecord[]> {
    return (await this.knex(EVIDENCE).orderBy('id')).map((r: any) => ({
      id: r.id,
      title: r.title,
      source: r.source,
      location: r.location,
      owner: r.owner_ref,
      retentionDays:
        r.retention_days === null ? null : Number(r.retention_days),
      collection: r.collection,
      collectedAt: ts(r.collected_at),
      remediationIds: JSON.parse(r.remediation_ids),
      url: r.url,
    }));
  }

  async putEvidence(e: EvidenceRecord): Promise<void> {
    await this.knex(EVIDENCE)
      .insert({
        id: e.id,
        title: e.title,
        source: e.source,
        location: e.location,
        owner_ref: e.owner,
        retention_days: e.retentionDays,
        collection: e.collection,
        collected_at: e.collectedAt ? new Date(e.collectedAt) : null,
        remediation_ids: JSON.stringify(e.remediationIds),
        url: e.url,
      })
      .onConflict('id')
      .merge();
  }

  async deleteEvidence(id: string): Promise<boolean> {
    return (await this.knex(EVIDENCE).where({ id }).delete()) > 0;
  }

  /** Deletes sync runs started before `before`, at most `batchSize` a statement; how many. */
  async deleteRunsStartedBefore(
    before: Date,
    batchSize: number,
  ): Promise<number> {
    let deleted = 0;
    for (;;) {
      const ids = (
        await this.knex(RUNS)
          .select('id')
          .where('started_at', '<', before)
          .limit(batchSize)
      ).map((r: any) => r.id);
      if (!ids.length) return deleted;
      deleted += await this.knex(RUNS).whereIn('id', ids).delete();
    }
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
