import {
  ForumOutput,
  ForumRecord,
  ForumSession,
} from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { toIsoTimestamp, toIsoTimestampOrNull } from '../database/timestamps';

const RUNS = 'devex_forum_runs';
const OUTPUTS = 'devex_forum_outputs';

type Timestamp = Date | string | number;

type RunRow = {
  occurrence_id: string;
  cadence_id: string;
  title: string;
  date: string;
  status: ForumSession['status'];
  agenda: string;
  attendees: string;
  minutes: string | null;
  started_by: string;
  started_at: Timestamp;
  finished_by: string | null;
  finished_at: Timestamp | null;
  version: number | string;
};

type OutputRow = {
  id: string;
  occurrence_id: string;
  kind: ForumOutput['kind'];
  step: string;
  summary: string;
  record_type: ForumRecord['type'] | null;
  record_id: string | null;
  record_title: string | null;
  record_link: string | null;
  record_entity_refs: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
};

const toOutput = (r: OutputRow): ForumOutput => ({
  id: r.id,
  kind: r.kind,
  step: r.step,
  summary: r.summary,
  record:
    r.record_type && r.record_id
      ? {
          type: r.record_type,
          id: r.record_id,
          title: r.record_title ?? '',
          link: r.record_link ?? '',
          entityRefs: r.record_entity_refs
            ? JSON.parse(r.record_entity_refs)
            : [],
        }
      : null,
  recordedBy: r.recorded_by,
  recordedAt: toIsoTimestamp(r.recorded_at),
});

/** The run to start: the occurrence it is for, as the calendar computes it. */
export interface ForumRunStart {
  occurrenceId: string;
  cadenceId: string;
  title: string;
  date: string;
  agenda: string[];
  attendees: string[];
  startedBy: string;
  startedAt: Date;
}

/** Persistence of forum runs and their outputs; the only place their SQL lives. */
export class ForumStore {
  constructor(private readonly knex: Knex) {}

  /** Starts the run unless it exists; answers whether this call started it. */
  async start(run: ForumRunStart): Promise<{ started: boolean }> {
    const existing = await this.knex(RUNS)
      .where({ occurrence_id: run.occurrenceId })
      .first('occurrence_id');
    if (existing) return { started: false };
    // two replicas starting the same run at once: the second insert is ignored
    await this.knex(RUNS)
      .insert({
        occurrence_id: run.occurrenceId,
        cadence_id: run.cadenceId,
        title: run.title,
        date: run.date,
        status: 'running',
        agenda: JSON.stringify(run.agenda),
        attendees: JSON.stringify(run.attendees),
        started_by: run.startedBy,
        started_at: run.startedAt,
        version: 1,
      })
      .onConflict('occurrence_id')
      .ignore();
    return { started: true };
  }

  /** The run with its outputs in the order recorded: two queries. */
  async get(occurrenceId: string): Promise<ForumSession | undefined> {
    // the run and its outputs in one round trip's time: a running forum is polled
    const [run, outputs] = await Promise.all([
      this.knex<RunRow>(RUNS).where({ occurrence_id: occurrenceId }).first(),
      this.knex<OutputRow>(OUTPUTS)
        .where({ occurrence_id: occurrenceId })
        .orderBy([
          { column: 'recorded_at', order: 'asc' },
          { column: 'id', order: 'asc' },
        ]),
    ]);
    if (!run) return undefined;
    return {
      occurrenceId: run.occurrence_id,
      cadenceId: run.cadence_id,
      title: run.title,
      date: run.date,
      status: run.status,
      agenda: JSON.parse(run.agenda),
      attendees: JSON.parse(run.attendees),
      outputs: outputs.map(toOutput),
      minutes: run.minutes,
      startedBy: run.started_by,
      startedAt: toIsoTimestamp(run.started_at),
      finishedBy: run.finished_by,
      finishedAt: toIsoTimestampOrNull(run.finished_at),
      version: Number(run.version),
    };
  }

  /** The runs of these occurrences that exist, by occurrence id: one query. */
  async statusesOf(
    occurrenceIds: string[],
  ): Promise<Map<string, ForumSession['status']>> {
    if (!occurrenceIds.length) return new Map();
    const rows = await this.knex<RunRow>(RUNS)
      .select('occurrence_id', 'status')
      .whereIn('occurrence_id', occurrenceIds);
    return new Map(rows.map(r => [r.occurrence_id, r.status]));
  }

  /**
   * Adds an output to a running run and moves its version, in one transaction; answers false
   * (writing nothing) when the run is not running.
   */
  async addOutput(
    occurrenceId: string,
    output: Omit<ForumOutput, 'recordedAt'> & { recordedAt: Date },
  ): Promise<boolean> {
    return this.knex.transaction(async tx => {
      const moved = await tx(RUNS)
        .where({ occurrence_id: occurrenceId, status: 'running' })
        .increment('version', 1);
      if (!moved) return false;
      await tx(OUTPUTS).insert({
        id: output.id,
        occurrence_id: occurrenceId,
        kind: output.kind,
        step: output.step,
        summary: output.summary,
        record_type: output.record?.type ?? null,
        record_id: output.record?.id ?? null,
        record_title: output.record?.title ?? null,
        record_link: output.record?.link ?? null,
        record_entity_refs: output.record
          ? JSON.stringify(output.record.entityRefs)
          : null,
        recorded_by: output.recordedBy,
        recorded_at: output.recordedAt,
      });
      return true;
    });
  }

  /** Replaces the attendees of a running run; false when it is not running. */
  async setAttendees(occurrenceId: string, attendees: string[]) {
    const updated = await this.knex(RUNS)
      .where({ occurrence_id: occurrenceId, status: 'running' })
      .update({
        attendees: JSON.stringify(attendees),
        version: this.knex.raw('version + 1'),
      });
    return updated > 0;
  }

  /** Marks a running run held with its minutes; false when it was not running (finished already). */
  async finish(
    occurrenceId: string,
    finish: { minutes: string; finishedBy: string; finishedAt: Date },
  ): Promise<boolean> {
    const updated = await this.knex(RUNS)
      .where({ occurrence_id: occurrenceId, status: 'running' })
      .update({
        status: 'held',
        minutes: finish.minutes,
        finished_by: finish.finishedBy,
        finished_at: finish.finishedAt,
        version: this.knex.raw('version + 1'),
      });
    return updated > 0;
  }
}
