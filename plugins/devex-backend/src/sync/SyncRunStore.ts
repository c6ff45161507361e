import { SyncRun } from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { toIsoTimestamp, toIsoTimestampOrNull } from '../database/timestamps';
import { RUNS, SOURCES } from './remediationRows';

const ts = toIsoTimestampOrNull;

/** The sync's runs and the reads of each entity's remediation source, with their errors. */
export class SyncRunStore {
  constructor(private readonly knex: Knex) {}

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
}
