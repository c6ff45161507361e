import { Blocker } from '@internal/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { toIsoTimestamp, toIsoTimestampOrNull } from '../database/timestamps';

const TABLE = 'devex_blockers';
const ts = toIsoTimestampOrNull;

function toBlocker(r: any): Blocker {
  return {
    id: r.id,
    entityRef: r.entity_ref,
    title: r.title,
    description: r.description,
    raisedBy: r.raised_by,
    raisedAt: toIsoTimestamp(r.raised_at),
    ownersNotifiedAt: ts(r.owners_notified_at),
    notifiedOwners: JSON.parse(r.notified_owners),
    escalationDueAt: toIsoTimestamp(r.escalation_due_at),
    escalatedAt: ts(r.escalated_at),
    escalatedTo: JSON.parse(r.escalated_to),
    resolvedAt: ts(r.resolved_at),
    resolvedBy: r.resolved_by,
    resolution: r.resolution,
    source: r.source,
    version: Number(r.version),
  };
}

/** Persistence of blockers; the claim methods make each escalation step happen once across replicas. */
export class BlockerStore {
  constructor(private readonly knex: Knex) {}

  async list(filter: {
    entityRef?: string;
    includeResolved?: boolean;
  }): Promise<Blocker[]> {
    const query = this.knex(TABLE)
      .orderBy([{ column: 'raised_at', order: 'desc' }, { column: 'id' }])
      .limit(200);
    if (filter.entityRef) query.where('entity_ref', filter.entityRef);
    if (!filter.includeResolved) query.whereNull('resolved_at');
    return (await query).map(toBlocker);
  }

  async get(id: string): Promise<Blocker | undefined> {
    const row = await this.knex(TABLE).where({ id }).first();
    return row && toBlocker(row);
  }

  /** Inserts a blocker; with a source key, only if that key is new (returns undefined when it was known). */
  async create(b: {
    id: string;
    entityRef: string;
    title: string;
    description: string;
    raisedBy: string;
    raisedAt: Date;
    escalationDueAt: Date;
    source: Blocker['source'];
    sourceKey?: string;
  }): Promise<Blocker | undefined> {
    await this.knex(TABLE)
      .insert({
        id: b.id,
        entity_ref: b.entityRef,
        title: b.title,
        description: b.description,
        raised_by: b.raisedBy,
        raised_at: b.raisedAt,
        escalation_due_at: b.escalationDueAt,
        source: b.source,
        source_key: b.sourceKey ?? null,
        version: 1,
      })
      .onConflict('source_key')
      .ignore();
    // Our fresh id is only there when the insert was not ignored as a known source key.
    const row = await this.knex(TABLE).where({ id: b.id }).first();
    return row ? toBlocker(row) : undefined;
  }

  async markOwnersNotified(
    id: string,
    owners: string[],
    at: Date,
  ): Promise<void> {
    await this.knex(TABLE)
      .where({ id })
      .update({
        owners_notified_at: at,
        notified_owners: JSON.stringify(owners),
      });
  }

  /** Unresolved blockers whose owners were not notified yet (step 2 failed or was not reached). */
  async pendingOwnerNotifications(): Promise<Blocker[]> {
    return (
      await this.knex(TABLE)
        .whereNull('resolved_at')
        .whereNull('owners_notified_at')
        .limit(100)
    ).map(toBlocker);
  }

  /** Unresolved, unescalated blockers due by `now`. */
  async dueForEscalation(now: Date): Promise<Blocker[]> {
    const rows = await this.knex(TABLE)
      .whereNull('resolved_at')
      .whereNull('escalated_at')
      .where('escalation_due_at', '<=', now)
      .orderBy('escalation_due_at')
      .limit(500);
    return rows.map(toBlocker);
  }

  /** Takes the escalation of one blocker; false when another run (or replica) took it, or it was resolved. */
  async claimEscalation(
    id: string,
    escalatedTo: string[],
    now: Date,
  ): Promise<boolean> {
    const updated = await this.knex(TABLE)
      .where({ id })
      .whereNull('escalated_at')
      .whereNull('resolved_at')
      .update({
        escalated_at: now,
        escalated_to: JSON.stringify(escalatedTo),
        version: this.knex.raw('version + 1'),
      });
    return updated === 1;
  }

  async resolve(
    id: string,
    version: number,
    resolution: string,
    by: string,
    now: Date,
  ): Promise<'done' | 'stale' | 'not-found'> {
    const updated = await this.knex(TABLE)
      .where({ id, version })
      .whereNull('resolved_at')
      .update({
        resolved_at: now,
        resolved_by: by,
        resolution,
        version: version + 1,
      });
    if (updated) return 'done';
    return (await this.get(id)) ? 'stale' : 'not-found';
  }

  /** Unresolved blockers read from an entity's file that are no longer in it. */
  async openFileBlockers(
    entityRef: string,
  ): Promise<Array<{ id: string; sourceKey: string; version: number }>> {
    const rows = await this.knex(TABLE)
      .select('id', 'source_key', 'version')
      .where({ entity_ref: entityRef, source: 'next-steps' })
      .whereNull('resolved_at');
    return rows.map((r: any) => ({
      id: r.id,
      sourceKey: r.source_key,
      version: Number(r.version),
    }));
  }
}
