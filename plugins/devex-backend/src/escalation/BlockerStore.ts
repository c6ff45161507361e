import { Blocker } from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { toIsoTimestamp, toIsoTimestampOrNull } from '../database/timestamps';
import { OutboxMessage, OutboxStore } from '../outbox/OutboxStore';

const TABLE = 'devex_blockers';
const FILE_READS = 'devex_next_steps_status';
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
    notificationError: r.notify_error ?? null,
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

/** The last read of an entity's Next_Steps file failed: its blockers are left as they were. */
export interface NextStepsSourceError {
  entityRef: string;
  location: string;
  error: string;
  checkedAt: string;
}

/** A blocker to record; `sourceKey` names the bullet of a Next_Steps file it was read from. */
export interface NewBlocker {
  id: string;
  entityRef: string;
  title: string;
  description: string;
  raisedBy: string;
  raisedAt: Date;
  escalationDueAt: Date;
  source: Blocker['source'];
  sourceKey?: string;
}

/**
 * Persistence of blockers and of the reads of the Next_Steps files they come from; the claim
 * methods make each escalation step happen once across replicas, and enqueue its notification
 * in the same transaction.
 */
export class BlockerStore {
  constructor(
    private readonly knex: Knex,
    private readonly outbox: OutboxStore = new OutboxStore(knex),
  ) {}

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
  async create(b: NewBlocker): Promise<Blocker | undefined> {
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

  /**
   * Records the blocker of a bullet read from a file: a new one when the bullet is new, the
   * resolved one re-opened (as if raised now: owners notified and escalation timed again) when the
   * bullet is back after the last good read did not list it; undefined when there is nothing to do.
   */
  async raiseOrReopen(
    b: NewBlocker & { sourceKey: string },
  ): Promise<{ blocker: Blocker; reopened: boolean } | undefined> {
    const raised = await this.create(b);
    if (raised) return { blocker: raised, reopened: false };
    const reopened = await this.knex(TABLE)
      .where({ source_key: b.sourceKey, listed_in_source: false })
      .whereNotNull('resolved_at')
      .update({
        title: b.title,
        description: b.description,
        raised_by: b.raisedBy,
        raised_at: b.raisedAt,
        owners_notified_at: null,
        notified_owners: '[]',
        notify_error: null,
        escalation_due_at: b.escalationDueAt,
        escalated_at: null,
        escalated_to: '[]',
        resolved_at: null,
        resolved_by: null,
        resolution: null,
        listed_in_source: true,
        version: this.knex.raw('version + 1'),
      });
    if (!reopened) return undefined;
    const row = await this.knex(TABLE)
      .where({ source_key: b.sourceKey })
      .first();
    return { blocker: toBlocker(row), reopened: true };
  }

  /** After a good read of an entity's file: which of its bullets the file lists (`keys`) and which not. */
  async markListedInSource(entityRef: string, keys: string[]): Promise<void> {
    const fromFile = () =>
      this.knex(TABLE).where({ entity_ref: entityRef, source: 'next-steps' });
    await fromFile()
      .where({ listed_in_source: true })
      .whereNotIn('source_key', keys)
      .update({ listed_in_source: false });
    if (keys.length) {
      await fromFile()
        .where({ listed_in_source: false })
        .whereIn('source_key', keys)
        .update({ listed_in_source: true });
    }
  }

  /**
   * Marks the owners of a blocker notified and enqueues their notification, in one transaction;
   * false when they were notified already (another run or replica got there first).
   */
  async markOwnersNotified(
    id: string,
    owners: string[],
    at: Date,
    notification?: OutboxMessage,
  ): Promise<boolean> {
    return this.knex.transaction(async trx => {
      const updated = await trx(TABLE)
        .where({ id })
        .whereNull('owners_notified_at')
        .update({
          owners_notified_at: at,
          notified_owners: JSON.stringify(owners),
          notify_error: null,
        });
      if (updated !== 1) return false;
      if (notification) await this.outbox.enqueue(notification, at, trx);
      return true;
    });
  }

  /** Why the owners of a blocker could not be notified (their list could not be read); retried. */
  async recordNotifyError(id: string, error: string): Promise<void> {
    await this.knex(TABLE)
      .where({ id })
      .whereNull('owners_notified_at')
      .update({ notify_error: error });
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

  /**
   * Takes the escalation of one blocker and enqueues its notification, in one transaction; false
   * when another run (or replica) took it, or it was resolved.
   */
  async claimEscalation(
    id: string,
    escalatedTo: string[],
    now: Date,
    notification: OutboxMessage,
  ): Promise<boolean> {
    return this.knex.transaction(async trx => {
      const updated = await trx(TABLE)
        .where({ id })
        .whereNull('escalated_at')
        .whereNull('resolved_at')
        .update({
          escalated_at: now,
          escalated_to: JSON.stringify(escalatedTo),
          version: trx.raw('version + 1'),
        });
      if (updated !== 1) return false;
      await this.outbox.enqueue(notification, now, trx);
      return true;
    });
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

  /** Records the outcome of a read of an entity's Next_Steps file: ok (`error` null) or the error. */
  async recordFileRead(
    entityRef: string,
    location: string,
    error: string | null,
    now: Date,
  ): Promise<void> {
    await this.knex(FILE_READS)
      .insert({
        entity_ref: entityRef,
        location,
        status: error === null ? 'ok' : 'error',
        error,
        checked_at: now,
      })
      .onConflict('entity_ref')
      .merge();
  }

  /** Entities whose last Next_Steps read failed: all of them, or the one asked for. */
  async fileReadErrors(entityRef?: string): Promise<NextStepsSourceError[]> {
    const query = this.knex(FILE_READS)
      .where({ status: 'error' })
      .orderBy('entity_ref')
      .limit(200);
    if (entityRef) query.where({ entity_ref: entityRef });
    return (await query).map((r: any) => ({
      entityRef: r.entity_ref,
      location: r.location,
      error: r.error,
      checkedAt: toIsoTimestamp(r.checked_at),
    }));
  }

  /** Forgets the reads of entities that no longer name a Next_Steps file. */
  async forgetFileReadsExcept(entityRefs: string[]): Promise<void> {
    const keep = new Set(entityRefs);
    const gone = (await this.knex(FILE_READS).select('entity_ref'))
      .map((r: any) => r.entity_ref as string)
      .filter(ref => !keep.has(ref));
    for (let i = 0; i < gone.length; i += 500) {
      await this.knex(FILE_READS)
        .whereIn('entity_ref', gone.slice(i, i + 500))
        .delete();
    }
  }
}
