import { Config } from '@backstage/config';
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
} from 'node:crypto';
import { PooledAnswer, SealedAnswer } from './PulseStore';

const KEYS = 'devex.pulse.sealingKeys';
const MIN_KEY_LENGTH = 32;

/** A key that seals pooled pulse answers, named by a fingerprint the database may hold. */
export interface PulseSealingKey {
  /** 16 hex characters of a SHA-256 of the key: tells the keys apart, reveals nothing of them. */
  id: string;
  /** AES-256-GCM key of the sealed answers. */
  cipher: Buffer;
  /** HMAC-SHA256 key of the tags (who answered, which cohort). */
  tags: Buffer;
}

const derive = (purpose: string, secret: string | Buffer) =>
  createHash('sha256')
    .update(`devex-pulse-${purpose}\n`, 'utf8')
    .update(secret)
    .digest();

function keyOf(secret: string | Buffer): PulseSealingKey {
  return {
    id: derive('key-id', secret).toString('hex').slice(0, 16),
    cipher: derive('seal', secret),
    tags: derive('tag', secret),
  };
}

/**
 * Reads `devex.pulse.sealingKeys`, newest first. Absent: one random key of this process, so
 * answers waiting for a batch can be opened by this process only (and are lost with it).
 */
export function readPulseSealingKeys(config: Config): {
  keys: PulseSealingKey[];
  configured: boolean;
} {
  const secrets = config.getOptionalStringArray(KEYS) ?? [];
  const keys = secrets.map((secret, i) => {
    if (secret.length < MIN_KEY_LENGTH) {
      throw new Error(
        `${KEYS}[${i}] must be at least ${MIN_KEY_LENGTH} characters long (a random secret, e.g. openssl rand -base64 48)`,
      );
    }
    return keyOf(secret);
  });
  if (new Set(keys.map(k => k.id)).size !== keys.length) {
    throw new Error(`${KEYS} lists the same key twice`);
  }
  if (keys.length) return { keys, configured: true };
  return { keys: [keyOf(randomBytes(48))], configured: false };
}

const NONCE_BYTES = 12;
const AUTH_TAG_BYTES = 16;

/**
 * Seals pooled pulse answers under keys the database does not hold: a reader of the database (and
 * of the catalog) finds in the pool random ids, keyed tags and ciphertext, nothing that names a
 * person, their group or when they answered. New answers use the newest key; a row sealed under
 * an older key is opened while that key is listed.
 */
export class PulseSealer {
  constructor(
    private readonly keys: PulseSealingKey[],
    /** Whether the keys come from configuration (shared by every replica, kept across restarts). */
    readonly durable: boolean,
  ) {
    if (!keys.length) throw new Error('The pulse needs a sealing key');
  }

  /** The fingerprints of the keys this process can open rows with, newest first. */
  get keyIds(): string[] {
    return this.keys.map(k => k.id);
  }

  private tag(key: PulseSealingKey, ...parts: string[]): string {
    return createHmac('sha256', key.tags)
      .update(parts.join('\n'), 'utf8')
      .digest('hex');
  }

  /** The person's answer tags for a campaign under every key (rows sealed before a rotation). */
  answerTags(campaignId: string, userRef: string): string[] {
    return this.keys.map(k => this.tag(k, 'answer', campaignId, userRef));
  }

  /** The cohort tag of a group's answers in a campaign under the newest key. */
  cohortTag(campaignId: string, groupRef: string | null): string {
    return this.tag(this.keys[0], 'cohort', campaignId, groupRef ?? '');
  }

  seal(id: string, campaignId: string, answer: PooledAnswer): SealedAnswer {
    const key = this.keys[0];
    const answerTag = this.tag(key, 'answer', campaignId, answer.userRef);
    const cohortTag = this.cohortTag(campaignId, answer.response.groupRef);
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key.cipher, nonce);
    cipher.setAAD(Buffer.from(`${campaignId}\n${answerTag}\n${cohortTag}`));
    const body = Buffer.concat([
      cipher.update(
        JSON.stringify({
          userRef: answer.userRef,
          response: answer.response,
          pooledAt: answer.pooledAt.toISOString(),
        }),
        'utf8',
      ),
      cipher.final(),
    ]);
    return {
      id,
      campaignId,
      answerTag,
      cohortTag,
      keyId: key.id,
      sealed: Buffer.concat([nonce, cipher.getAuthTag(), body]).toString(
        'base64',
      ),
    };
  }

  /** Opens a row; undefined when its key is not held here or it was altered. */
  open(row: SealedAnswer): PooledAnswer | undefined {
    const key = this.keys.find(k => k.id === row.keyId);
    if (!key) return undefined;
    const raw = Buffer.from(row.sealed, 'base64');
    try {
      const decipher = createDecipheriv(
        'aes-256-gcm',
        key.cipher,
        raw.subarray(0, NONCE_BYTES),
      );
      decipher.setAAD(
        Buffer.from(`${row.campaignId}\n${row.answerTag}\n${row.cohortTag}`),
      );
      decipher.setAuthTag(
        raw.subarray(NONCE_BYTES, NONCE_BYTES + AUTH_TAG_BYTES),
      );
      const plain = JSON.parse(
        Buffer.concat([
          decipher.update(raw.subarray(NONCE_BYTES + AUTH_TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8'),
      );
      return {
        userRef: plain.userRef,
        response: plain.response,
        pooledAt: new Date(plain.pooledAt),
      };
    } catch {
      return undefined;
    }
  }
}
