import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import { toIsoTimestamp, toIsoTimestampOrNull } from '../database/timestamps';

const CHECKS = 'devex_runbook_checks';
const BASELINES = 'devex_runbook_baselines';

/** What the last check of one runbook of an entity saw. */
export interface RunbookCheck {
  entityRef: string;
  url: string;
  etag: string | null;
  /** When the source says the content last changed, if it says. */
  lastModifiedAt: string | null;
  /** Hex SHA-256 of the content; null until a check could read it. */
  contentSha256: string | null;
  /** The last check that read it, or was told it was not modified. */
  checkedAt: string | null;
  /** The check that first saw the current content differ from the one before. */
  lastChangedAt: string | null;
  lastError: string | null;
  errorAt: string | null;
}

/** The content of a runbook as the first check after a ritual occurrence read it. */
export interface RunbookBaseline {
  entityRef: string;
  url: string;
  occurrenceId: string;
  contentSha256: string;
  etag: string | null;
  recordedAt: string;
}

type Timestamp = Date | string | null;

/** A runbook's key: its entity and URL, hashed (URLs are too long for a key on some engines). */
const runbookKey = (entityRef: string, url: string) =>
  createHash('sha256').update(`${entityRef}\n${url}`, 'utf8').digest('hex');

const checkOf = (row: any): RunbookCheck => ({
  entityRef: row.entity_ref,
  url: row.url,
  etag: row.etag ?? null,
  lastModifiedAt: toIsoTimestampOrNull(row.last_modified_at),
  contentSha256: row.content_sha256 ?? null,
  checkedAt: toIsoTimestampOrNull(row.checked_at),
  lastChangedAt: toIsoTimestampOrNull(row.last_changed_at),
  lastError: row.last_error ?? null,
  errorAt: toIsoTimestampOrNull(row.error_at),
});

const baselineOf = (row: any): RunbookBaseline => ({
  entityRef: row.entity_ref,
  url: row.url,
  occurrenceId: row.occurrence_id,
  contentSha256: row.content_sha256,
  etag: row.etag ?? null,
  recordedAt: toIsoTimestamp(row.recorded_at),
});

const dateOrNull = (value: Timestamp) =>
  value === null ? null : new Date(value);

/** The runbook checks and the baselines of each runbook-update ritual occurrence. */
export class RunbookCheckStore {
  constructor(private readonly knex: Knex) {}

  async get(entityRef: string, url: string): Promise<RunbookCheck | undefined> {
    const row = await this.knex(CHECKS)
      .where({ runbook_key: runbookKey(entityRef, url) })
      .first();
    return row && checkOf(row);
  }

  /** The checks of an entity's runbooks, by URL. */
  async checksOf(entityRef: string): Promise<Map<string, RunbookCheck>> {
    const rows = await this.knex(CHECKS).where({ entity_ref: entityRef });
    return new Map(rows.map(r => [r.url, checkOf(r)]));
  }

  /** Records the outcome of a check, replacing the one before. */
  async save(
    check: Omit<
      RunbookCheck,
      'lastModifiedAt' | 'checkedAt' | 'lastChangedAt' | 'errorAt'
    > & {
      lastModifiedAt: Timestamp;
      checkedAt: Timestamp;
      lastChangedAt: Timestamp;
      errorAt: Timestamp;
    },
  ): Promise<void> {
    await this.knex(CHECKS)
      .insert({
        runbook_key: runbookKey(check.entityRef, check.url),
        entity_ref: check.entityRef,
        url: check.url,
        etag: check.etag,
        last_modified_at: dateOrNull(check.lastModifiedAt),
        content_sha256: check.contentSha256,
        checked_at: dateOrNull(check.checkedAt),
        last_changed_at: dateOrNull(check.lastChangedAt),
        last_error: check.lastError,
        error_at: dateOrNull(check.errorAt),
      })
      .onConflict('runbook_key')
      .merge();
  }

  /** The baselines of an entity's runbooks for one ritual occurrence, by URL. */
  async baselinesOf(
    entityRef: string,
    occurrenceId: string,
  ): Promise<Map<string, RunbookBaseline>> {
    const rows = await this.knex(BASELINES).where({
      entity_ref: entityRef,
      occurrence_id: occurrenceId,
    });
    return new Map(rows.map(r => [r.url, baselineOf(r)]));
  }

  /**
   * Records a runbook's baseline for a ritual occurrence unless one is recorded (the first check
   * after the ritual sets it, whichever replica makes it); true when this call recorded it.
   */
  async recordBaseline(
    baseline: Omit<RunbookBaseline, 'recordedAt'> & { recordedAt: Date },
  ): Promise<boolean> {
    const inserted = await this.knex(BASELINES)
      .insert({
        runbook_key: runbookKey(baseline.entityRef, baseline.url),
        occurrence_id: baseline.occurrenceId,
        entity_ref: baseline.entityRef,
        url: baseline.url,
        content_sha256: baseline.contentSha256,
        etag: baseline.etag,
        recorded_at: baseline.recordedAt,
      })
      .onConflict(['runbook_key', 'occurrence_id'])
      .ignore()
      .returning('occurrence_id');
    return inserted.length > 0;
  }
}
