import { CalendarFeed } from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { toIsoTimestamp, toIsoTimestampOrNull } from '../database/timestamps';
import { FeedSeal } from './FeedSealer';

const TOKENS = 'devex_calendar_feed_tokens';

type Timestamp = Date | string | number;

type TokenRow = {
  id: string;
  secret_hash: string;
  key_id: string | null;
  user_ref: string;
  entity_ref: string | null;
  created_at: Timestamp;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
  confirmed_at: Timestamp | null;
};

/** A feed link as stored: its owner and the sealed hash of its secret, never the secret. */
export interface FeedToken extends CalendarFeed, FeedSeal {
  userRef: string;
  /** When a request of the user's last confirmed their calendar access for this link; null: refused since. */
  confirmedAt: string | null;
}

const toToken = (r: TokenRow): FeedToken => ({
  id: r.id,
  userRef: r.user_ref,
  secretHash: r.secret_hash,
  keyId: r.key_id ?? null,
  entityRef: r.entity_ref,
  createdAt: toIsoTimestamp(r.created_at),
  expiresAt: toIsoTimestampOrNull(r.expires_at),
  revokedAt: toIsoTimestampOrNull(r.revoked_at),
  lastUsedAt: toIsoTimestampOrNull(r.last_used_at),
  confirmedAt: toIsoTimestampOrNull(r.confirmed_at),
});

/** Persistence of the calendar feed links issued to users. */
export class FeedTokenStore {
  constructor(private readonly knex: Knex) {}

  async insert(token: {
    id: string;
    secretHash: string;
    keyId: string | null;
    userRef: string;
    entityRef: string | null;
    createdAt: Date;
    expiresAt: Date | null;
  }): Promise<FeedToken> {
    await this.knex(TOKENS).insert({
      id: token.id,
      secret_hash: token.secretHash,
      key_id: token.keyId,
      user_ref: token.userRef,
      entity_ref: token.entityRef,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
      confirmed_at: token.createdAt,
    });
    return (await this.get(token.id))!;
  }

  async get(id: string): Promise<FeedToken | undefined> {
    const row: TokenRow | undefined = await this.knex(TOKENS)
      .where({ id })
      .first();
    return row && toToken(row);
  }

  /** A user's links, newest first, revoked and expired ones included. */
  async listByUser(userRef: string): Promise<FeedToken[]> {
    const rows: TokenRow[] = await this.knex(TOKENS)
      .where({ user_ref: userRef })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(toToken);
  }

  /** Revokes one link unless it already is; whether it was revoked now. */
  async revoke(id: string, at: Date): Promise<boolean> {
    const changed = await this.knex(TOKENS)
      .where({ id })
      .whereNull('revoked_at')
      .update({ revoked_at: at });
    return changed > 0;
  }

  /** Revokes every link of a user that is not revoked yet; how many were. */
  async revokeAllOfUser(userRef: string, at: Date): Promise<number> {
    return this.knex(TOKENS)
      .where({ user_ref: userRef })
      .whereNull('revoked_at')
      .update({ revoked_at: at });
  }

  /**
   * Records what a request of the user's said of their live links: confirmed now, except the
   * links of `hiddenEntityRefs` (entities the catalog no longer shows them) and all of them when
   * `refused` (no calendar access), which stop serving until a later confirmation.
   */
  async confirmUser(
    userRef: string,
    at: Date,
    options: { refused: boolean; hiddenEntityRefs: string[] },
  ): Promise<void> {
    const live = () =>
      this.knex(TOKENS).where({ user_ref: userRef }).whereNull('revoked_at');
    if (options.refused) {
      await live().update({ confirmed_at: null });
      return;
    }
    await live()
      .where(q =>
        q
          .whereNull('entity_ref')
          .orWhereNotIn('entity_ref', options.hiddenEntityRefs),
      )
      .update({ confirmed_at: at });
    if (options.hiddenEntityRefs.length)
      await live()
        .whereIn('entity_ref', options.hiddenEntityRefs)
        .update({ confirmed_at: null });
  }

  async markUsed(id: string, at: Date): Promise<void> {
    await this.knex(TOKENS).where({ id }).update({ last_used_at: at });
  }

  /** Links whose secret hash no key sealed (issued before keys were configured), by id after `afterId`. */
  async listUnkeyed(
    afterId: string,
    limit: number,
  ): Promise<Array<{ id: string; secretHash: string }>> {
    const rows = await this.knex(TOKENS)
      .select('id', 'secret_hash')
      .whereNull('key_id')
      .andWhere('id', '>', afterId)
      .orderBy('id')
      .limit(limit);
    return rows.map((r: any) => ({ id: r.id, secretHash: r.secret_hash }));
  }

  /** Replaces an unkeyed hash with its seal, unless another replica did first. */
  async seal(id: string, unkeyedHash: string, seal: FeedSeal): Promise<void> {
    await this.knex(TOKENS)
      .where({ id, secret_hash: unkeyedHash })
      .whereNull('key_id')
      .update({ secret_hash: seal.secretHash, key_id: seal.keyId });
  }

  /**
   * Deletes links revoked or expired before `before`, at most `batchSize` a statement; how many.
   */
  async deleteEnded(before: Date, batchSize: number): Promise<number> {
    let deleted = 0;
    for (const column of ['revoked_at', 'expires_at']) {
      for (;;) {
        const ids = (
          await this.knex(TOKENS)
            .select('id')
            .where(column, '<', before)
            .limit(batchSize)
        ).map((r: any) => r.id);
        if (!ids.length) break;
        deleted += await this.knex(TOKENS).whereIn('id', ids).delete();
      }
    }
    return deleted;
  }

  /** Deletes every link of a user (erasure); how many there were. */
  async deleteAllOfUser(userRef: string): Promise<number> {
    return this.knex(TOKENS).where({ user_ref: userRef }).delete();
  }
}
