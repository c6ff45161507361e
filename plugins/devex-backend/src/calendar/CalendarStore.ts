import {
  OccurrenceRecord,
  OccurrenceStatus,
  VerificationRun,
} from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { toIsoTimestamp } from '../database/timestamps';
import { onUniqueViolation } from '../database/conflicts';

type RunRow = {
  id: string;
  framework: string;
  run_at: Date | string | number;
  reviewers: string;
  findings: string;
  notes: string;
  recorded_by: string;
};

type RecordRow = {
  occurrence_id: string;
  cadence_id: string;
  status: OccurrenceStatus;
  minutes_url: string | null;
  decisions: string;
  notes: string;
  updated_by: string;
  updated_at: Date | string | number;
  version: number | string;
};

const toRun = (r: RunRow): VerificationRun => ({
  id: r.id,
  framework: r.framework,
  runAt: toIsoTimestamp(r.run_at),
  reviewers: JSON.parse(r.reviewers),
  findings: JSON.parse(r.findings),
  notes: r.notes,
  recordedBy: r.recorded_by,
});

const toRecord = (r: RecordRow): OccurrenceRecord => ({
  occurrenceId: r.occurrence_id,
  status: r.status,
  minutesUrl: r.minutes_url,
  decisions: JSON.parse(r.decisions),
  notes: r.notes,
  updatedBy: r.updated_by,
  updatedAt: toIsoTimestamp(r.updated_at),
  version: Number(r.version),
});

export type RecordWriteResult =
  | { outcome: 'done'; record: OccurrenceRecord }
  | { outcome: 'stale'; current: OccurrenceRecord | undefined };

/** Persistence of verification runs and occurrence records. */
export class CalendarStore {
  constructor(private readonly knex: Knex) {}

  async insertRun(run: VerificationRun): Promise<VerificationRun> {
    await this.knex('devex_verification_runs').insert({
      id: run.id,
      framework: run.framework,
      run_at: new Date(run.runAt),
      reviewers: JSON.stringify(run.reviewers),
      findings: JSON.stringify(run.findings),
      notes: run.notes,
      recorded_by: run.recordedBy,
    });
    return run;
  }

  /** The latest run of each framework: one query over the (framework, run_at) index. */
  async latestRuns(): Promise<Map<string, VerificationRun>> {
    const latest = this.knex('devex_verification_runs')
      .select('framework')
      .max({ run_at: 'run_at' })
      .groupBy('framework')
      .as('latest');
    const rows: RunRow[] = await this.knex('devex_verification_runs as r')
      .join(latest, function joinLatest() {
        this.on('r.framework', '=', 'latest.framework').andOn(
          'r.run_at',
          '=',
          'latest.run_at',
        );
      })
      .select('r.*')
      .orderBy('r.id');
    return new Map(rows.map(r => [r.framework, toRun(r)]));
  }

  async listRuns(framework?: string): Promise<VerificationRun[]> {
    const query = this.knex<RunRow>('devex_verification_runs')
      .orderBy('run_at', 'desc')
      .limit(200);
    if (framework) query.where({ framework });
    return (await query).map(toRun);
  }

  async recordsFor(
    occurrenceIds: string[],
  ): Promise<Map<string, OccurrenceRecord>> {
    if (!occurrenceIds.length) return new Map();
    const rows: RecordRow[] = await this.knex(
      'devex_occurrence_records',
    ).whereIn('occurrence_id', occurrenceIds);
    return new Map(rows.map(r => [r.occurrence_id, toRecord(r)]));
  }

  /** Creates the record (expected version absent) or updates it at the expected version. */
  async upsertRecord(
    record: Omit<OccurrenceRecord, 'version' | 'updatedAt'> & {
      cadenceId: string;
    },
    expectedVersion: number | undefined,
    now: Date,
  ): Promise<RecordWriteResult> {
    const columns = {
      status: record.status,
      minutes_url: record.minutesUrl,
      decisions: JSON.stringify(record.decisions),
      notes: record.notes,
      updated_by: record.updatedBy,
      updated_at: now,
    };
    const write = () =>
      this.knex.transaction(async tx => {
        let written = 0;
        if (expectedVersion === undefined) {
          const existing = await tx('devex_occurrence_records')
            .where({ occurrence_id: record.occurrenceId })
            .first();
          if (!existing) {
            await tx('devex_occurrence_records').insert({
              ...columns,
              occurrence_id: record.occurrenceId,
              cadence_id: record.cadenceId,
              version: 1,
            });
            written = 1;
          }
        } else {
          written = await tx('devex_occurrence_records')
            .where({
              occurrence_id: record.occurrenceId,
              version: expectedVersion,
            })
            .update({ ...columns, version: expectedVersion + 1 });
        }
        const row = await tx<RecordRow>('devex_occurrence_records')
          .where({ occurrence_id: record.occurrenceId })
          .first();
        return written && row
          ? { outcome: 'done' as const, record: toRecord(row) }
          : { outcome: 'stale' as const, current: row && toRecord(row) };
      });
    // Two people recording the same meeting at once: the second is told the record now exists.
    return onUniqueViolation(write, async () => {
      const row = await this.knex<RecordRow>('devex_occurrence_records')
        .where({ occurrence_id: record.occurrenceId })
        .first();
      return { outcome: 'stale' as const, current: row && toRecord(row) };
    });
  }
}
