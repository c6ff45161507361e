import { Config } from '@backstage/config';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const KEYS = 'devex.calendar.feedSigningKeys';
const MIN_KEY_LENGTH = 32;

/** A key from `devex.calendar.feedSigningKeys`, named by a fingerprint the database may hold. */
export interface FeedSigningKey {
  /** 16 hex characters of a SHA-256 of the key: tells the keys apart, reveals nothing of them. */
  id: string;
  secret: string;
}

/** What is stored of a feed link's secret: its hash, sealed by the key named (none: `null`). */
export interface FeedSeal {
  secretHash: string;
  keyId: string | null;
}

/** Reads `devex.calendar.feedSigningKeys`, newest first; none when absent. */
export function readFeedSigningKeys(config: Config): FeedSigningKey[] {
  const secrets = config.getOptionalStringArray(KEYS) ?? [];
  const keys = secrets.map((secret, i) => {
    if (secret.length < MIN_KEY_LENGTH) {
      throw new Error(
        `${KEYS}[${i}] must be at least ${MIN_KEY_LENGTH} characters long (a random secret, e.g. openssl rand -base64 48)`,
      );
    }
    return {
      id: createHash('sha256')
        .update(`devex-calendar-feed-key\n${secret}`, 'utf8')
        .digest('hex')
        .slice(0, 16),
      secret,
    };
  });
  if (new Set(keys.map(k => k.id)).size !== keys.length) {
    throw new Error(`${KEYS} lists the same key twice`);
  }
  return keys;
}

const sha256 = (value: string) =>
  createHash('sha256').update(value, 'utf8').digest('hex');
const hmac = (key: FeedSigningKey, hash: string) =>
  createHmac('sha256', key.secret).update(hash, 'utf8').digest('hex');

/** Compares two SHA-256 hex digests in constant time (equal-length buffers only). */
function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === 32 && y.length === 32 && timingSafeEqual(x, y);
}

/**
 * Seals the hashes of feed link secrets with the configured signing keys: the database keeps
 * HMAC-SHA256(key, SHA-256(secret)) and the key's fingerprint, so only a backend configured with
 * that key serves the link. New links are sealed with the newest key; a link sealed with an older
 * key works while that key is listed, and stops when it is removed. Without keys a plain SHA-256
 * is kept, as before keys existed.
 */
export class FeedSealer {
  constructor(private readonly keys: FeedSigningKey[]) {}

  /** Whether links are bound to configured keys (otherwise to the database alone). */
  get keyed(): boolean {
    return this.keys.length > 0;
  }

  /** The seal of a new link's secret: under the newest key, or a plain hash without keys. */
  seal(secret: string): FeedSeal {
    return this.sealHash(sha256(secret));
  }

  /**
   * The seal of a plain SHA-256 hash: under the newest key (links issued before keys were
   * configured are sealed so at start-up), or the hash itself without keys.
   */
  sealHash(hash: string): FeedSeal {
    const [newest] = this.keys;
    if (!newest) return { secretHash: hash, keyId: null };
    return { secretHash: hmac(newest, hash), keyId: newest.id };
  }

  /**
   * Whether a secret opens a stored seal: its key must be configured (an unkeyed hash only opens
   * while no key is).
   */
  opens(secret: string, stored: FeedSeal): boolean {
    const hash = sha256(secret);
    if (stored.keyId === null) {
      return !this.keyed && sameDigest(stored.secretHash, hash);
    }
    const key = this.keys.find(k => k.id === stored.keyId);
    return Boolean(key) && sameDigest(stored.secretHash, hmac(key!, hash));
  }
}
