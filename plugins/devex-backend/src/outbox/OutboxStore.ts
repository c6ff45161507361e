import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { toIsoTimestamp, toIsoTimestampOrNull } from '../database/timestamps';

const TABLE = 'devex_notification_outbox';

/** A notification to deliver once: the key names what decided it (`digest:2026-11`). */
export interface OutboxMessage {
  key: string;
  notification: NotificationSendOptions;
}

/** Where a message is: waiting (`pending`), delivered (`sent`), or given up (`failed`). */
export type OutboxStatus = 'pending' | 'sent' | 'failed';

/** A message as the outbox keeps it. */
export interface OutboxEntry extends OutboxMessage {
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  sentAt: string | null;
}

/** A message this sender holds the lease of: only its token can mark it sent or failed. */
export interface ClaimedMessage extends OutboxMessage {
  token: string;
  attempts: number;
}

function toEntry(r: any): OutboxEntry {
  return {
    key: r.key,
    notification: JSON.parse(r.notification),
    status: r.status,
    attempts: Number(r.attempts),
    nextAttemptAt: toIsoTimestamp(r.next_attempt_at),
    lastError: r.last_error ?? null,
    sentAt: toIsoTimestampOrNull(r.sent_at),
  };
}

/**
 * Persistence of the notification outbox. Other stores enqueue in their own transactions (pass
 * it as `db`), so a message exists exactly when the state change that decided it does.
 */
export class OutboxStore {
  constructor(private readonly knex: Knex) {}

  /** Adds a message; false when its key was enqueued before (then nothing changes). */
  async enqueue(
    message: OutboxMessage,
    now: Date,
    db: Knex | Knex.Transaction = this.knex,
  ): Promise<boolean> {
    const inserted = await db(TABLE)
      .insert({
        key: message.key,
        notification: JSON.stringify(message.notification),
        status: 'pending',
        attempts: 0,
        next_attempt_at: now,
        created_at: now,
      })
      .onConflict('key')
      .ignore()
      .returning('key');
    return inserted.length === 1;
  }

  async get(key: string): Promise<OutboxEntry | undefined> {
    const row = await this.knex(TABLE).where({ key }).first();
    return row && toEntry(row);
  }

  /**
   * Takes the lease of the next due message (of `key` only, when given): pending, due, and not
   * held by a live lease. Undefined when there is none; a message another sender took between our
   * read and our update is skipped.
   */
  async claimNext(claim: {
    now: Date;
    leaseUntil: Date;
    token: string;
    maxAttempts: number;
    key?: string;
  }): Promise<ClaimedMessage | undefined> {
    const claimable = (q: Knex.QueryBuilder) =>
      q
        .where('status', 'pending')
        .where('attempts', '<', claim.maxAttempts)
        .where(w =>
          w
            .whereNull('claimed_until')
            .orWhere('claimed_until', '<=', claim.now),
        );
    const query = claimable(this.knex(TABLE).select('key'))
      .where('next_attempt_at', '<=', claim.now)
      .orderBy([{ column: 'next_attempt_at' }, { column: 'key' }])
      .limit(20);
    if (claim.key) query.where('key', claim.key);
    for (const { key } of await query) {
      const taken = await claimable(this.knex(TABLE).where({ key })).update({
        claimed_until: claim.leaseUntil,
        claim_token: claim.token,
        attempts: this.knex.raw('attempts + 1'),
        last_attempt_at: claim.now,
      });
      if (taken !== 1) continue;
      const row = await this.knex(TABLE)
        .where({ key, claim_token: claim.token })
        .first();
      if (!row) continue;
      return {
        key,
        notification: JSON.parse(row.notification),
        token: claim.token,
        attempts: Number(row.attempts),
      };
    }
    return undefined;
  }

  /**
   * Marks a message sent if its lease is still ours (no other sender took it after ours
   * expired); false when it is not.
   */
  async markSent(key: string, token: string, now: Date): Promise<boolean> {
    const updated = await this.knex(TABLE)
      .where({ key, claim_token: token, status: 'pending' })
      .update({
        status: 'sent',
        sent_at: now,
        claimed_until: null,
        last_error: null,
      });
    return updated === 1;
  }

  /**
   * Records a failed send under our lease: retried from `retryAt`, or given up (`failed`) when
   * there is no retry. False when the lease is no longer ours.
   */
  async recordFailure(
    key: string,
    token: string,
    error: string,
    retryAt: Date | null,
  ): Promise<boolean> {
    const updated = await this.knex(TABLE)
      .where({ key, claim_token: token, status: 'pending' })
      .update({
        status: retryAt ? 'pending' : 'failed',
        ...(retryAt ? { next_attempt_at: retryAt } : {}),
        claimed_until: null,
        claim_token: null,
        last_error: error,
      });
    return updated === 1;
  }

  /**
   * Gives up the messages whose last allowed attempt was abandoned (its sender stopped before it
   * finished and the lease expired); returns their keys.
   */
  async giveUpAbandoned(now: Date, maxAttempts: number): Promise<string[]> {
    const abandoned = () =>
      this.knex(TABLE)
        .where('status', 'pending')
        .where('attempts', '>=', maxAttempts)
        .where('claimed_until', '<=', now);
    const keys: string[] = await abandoned().pluck('key');
    if (!keys.length) return [];
    await abandoned().whereIn('key', keys).update({
      status: 'failed',
      claimed_until: null,
      claim_token: null,
      last_error: 'The sender stopped during the last attempt',
    });
    return keys;
  }

  /**
   * Deletes messages sent or given up (`status`) that were queued before `before`, at most
   * `batchSize` a statement; how many. Pending messages are never deleted.
   */
  async deleteSettled(
    status: Exclude<OutboxStatus, 'pending'>,
    before: Date,
    batchSize: number,
  ): Promise<number> {
    let deleted = 0;
    for (;;) {
      const keys: string[] = await this.knex(TABLE)
        .where('status', status)
        .andWhere('created_at', '<', before)
        .limit(batchSize)
        .pluck('key');
      if (!keys.length) return deleted;
      deleted += await this.knex(TABLE)
        .where('status', status)
        .whereIn('key', keys)
        .delete();
    }
  }
}
