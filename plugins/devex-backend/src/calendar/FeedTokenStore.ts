import { CalendarFeed } from '@internal/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { toIsoTimestamp, toIsoTimestampOrNull } from '../database/timestamps';

const TOKENS = 'devex_calendar_feed_tokens';

type Timestamp = Date | string | number;

type TokenRow = {
  id: string;
  secret_hash: string;
  user_ref: string;
  entity_ref: string | null;
  created_at: Timestamp;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
};

/** A feed link as stored: its owner and the hash of its secret, never the secret. */
export interface FeedToken extends CalendarFeed {
  userRef: string;
  secretHash: string;
}

const toToken = (r: TokenRow): FeedToken => ({
  id: r.id,
  userRef: r.user_ref,
  secretHash: r.secret_hash,
  entityRef: r.entity_ref,
  createdAt: toIsoTimestamp(r.created_at),
  expiresAt: toIsoTimestampOrNull(r.expires_at),
  revokedAt: toIsoTimestampOrNull(r.revoked_at),
  lastUsedAt: toIsoTimestampOrNull(r.last_used_at),
});

/** Persistence of the calendar feed links issued to users. */
export class FeedTokenStore {
  constructor(private readonly knex: Knex) {}

  async insert(token: {
    id: string;
    secretHash: string;
    userRef: string;
    entityRef: string | null;
    createdAt: Date;
    expiresAt: Date | null;
  }): Promise<FeedToken> {
    await this.knex(TOKENS).insert({
      id: token.id,
      secret_hash: token.secretHash,
      user_ref: token.userRef,
      entity_ref: token.entityRef,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
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

  async markUsed(id: string, at: Date): Promise<void> {
    await this.knex(TOKENS).where({ id }).update({ last_used_at: at });
  }
}
