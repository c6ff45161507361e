import { FlagState } from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { toIsoTimestamp, toIsoTimestampOrNull } from '../database/timestamps';

const DECISIONS = 'devex_flag_decisions';

/** A flag decision as kept, before the service adds its links and drift. */
export interface FlagDecisionRow {
  id: string;
  experimentId: string;
  flagKey: string;
  environment: string;
  from: FlagState;
  to: FlagState;
  reason: string;
  decidedBy: string;
  decidedAt: string;
  occurrenceId: string | null;
  current: boolean;
  live: {
    state: string | null;
    provider: string | null;
    error: string | null;
    checkedAt: string;
  } | null;
}

/** What the drift check read for one current decision. */
export interface FlagLiveRead {
  id: string;
  state: string | null;
  provider: string | null;
  error: string | null;
}

function toRow(r: any): FlagDecisionRow {
  return {
    id: r.id,
    experimentId: r.experiment_id,
    flagKey: r.flag_key,
    environment: r.environment,
    from: r.from_state,
    to: r.to_state,
    reason: r.reason,
    decidedBy: r.decided_by,
    decidedAt: toIsoTimestamp(r.decided_at),
    occurrenceId: r.occurrence_id,
    current: Boolean(r.current),
    live: r.live_checked_at
      ? {
          state: r.live_state,
          provider: r.live_provider,
          error: r.live_error,
          checkedAt: toIsoTimestampOrNull(r.live_checked_at)!,
        }
      : null,
  };
}

/** Persistence of feature-flag decisions and the live states read for them. */
export class FlagDecisionStore {
  constructor(private readonly knex: Knex) {}

  /** Records a decision as the current one for its flag and environment, in one transaction. */
  async record(
    decision: Omit<FlagDecisionRow, 'current' | 'live'>,
  ): Promise<FlagDecisionRow> {
    await this.knex.transaction(async tx => {
      await tx(DECISIONS)
        .where({
          current: true,
          environment: decision.environment,
          flag_key: decision.flagKey,
        })
        .update({ current: false });
      await tx(DECISIONS).insert({
        id: decision.id,
        experiment_id: decision.experimentId,
        flag_key: decision.flagKey,
        environment: decision.environment,
        from_state: decision.from,
        to_state: decision.to,
        reason: decision.reason,
        decided_by: decision.decidedBy,
        decided_at: new Date(decision.decidedAt),
        occurrence_id: decision.occurrenceId,
        current: true,
      });
    });
    return (await this.get(decision.id))!;
  }

  async get(id: string): Promise<FlagDecisionRow | undefined> {
    const row = await this.knex(DECISIONS).where({ id }).first();
    return row && toRow(row);
  }

  /** The decisions of these experiments, newest first. */
  async listByExperiments(experimentIds: string[]): Promise<FlagDecisionRow[]> {
    if (!experimentIds.length) return [];
    const rows = await this.knex(DECISIONS)
      .whereIn('experiment_id', experimentIds)
      .orderBy([
        { column: 'decided_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ]);
    return rows.map(toRow);
  }

  /** The current decisions, a page at a time in (environment, flag, id) order. */
  async listCurrent(page: {
    limit: number;
    after?: { environment: string; flagKey: string; id: string };
  }): Promise<FlagDecisionRow[]> {
    const query = this.knex(DECISIONS)
      .where({ current: true })
      .orderBy(['environment', 'flag_key', 'id'])
      .limit(page.limit);
    const { after } = page;
    if (after) {
      query.andWhere(q =>
        q
          .where('environment', '>', after.environment)
          .orWhere(q2 =>
            q2
              .where('environment', after.environment)
              .andWhere(q3 =>
                q3
                  .where('flag_key', '>', after.flagKey)
                  .orWhere(q4 =>
                    q4
                      .where('flag_key', after.flagKey)
                      .andWhere('id', '>', after.id),
                  ),
              ),
          ),
      );
    }
    return (await query).map(toRow);
  }

  /** Keeps what the drift check read, for decisions still current. */
  async recordLiveStates(reads: FlagLiveRead[], checkedAt: Date) {
    await this.knex.transaction(async tx => {
      for (const read of reads) {
        await tx(DECISIONS)
          .where({ id: read.id, current: true })
          .update({
            live_state: read.state?.slice(0, 10) ?? null,
            live_provider: read.provider,
            live_error: read.error?.slice(0, 500) ?? null,
            live_checked_at: checkedAt,
          });
      }
    });
  }
}
