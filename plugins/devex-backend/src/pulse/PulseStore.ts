import { createHash, randomUUID } from 'node:crypto';
import { PulseCampaign } from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { toIsoTimestamp } from '../database/timestamps';

const CAMPAIGNS = 'devex_pulse_campaigns';
const PARTICIPATION = 'devex_pulse_participation';
const RESPONSES = 'devex_pulse_responses';
const ERASURES = 'devex_pulse_erasures';

/** How an erased person is named in the erasure records: a SHA-256 of their ref, not the ref. */
const userHash = (userRef: string) =>
  createHash('sha256').update(userRef).digest('hex');

/** An anonymous response: the one reporting cohort it counts in, its scores and its free text. */
export interface PulseResponse {
  groupRef: string | null;
  answers: Record<string, number>;
  freeText: string | null;
}

const toCampaign = (r: any): PulseCampaign => ({
  id: r.id,
  title: r.title,
  period: r.period,
  opensAt: toIsoTimestamp(r.opens_at),
  closesAt: toIsoTimestamp(r.closes_at),
  questions: JSON.parse(r.questions),
});

/** Persistence of the pulse survey; the only place that touches participation and responses. */
export class PulseStore {
  constructor(private readonly knex: Knex) {}

  async createCampaign(
    c: Omit<PulseCampaign, 'opensAt' | 'closesAt'> & {
      opensAt: Date;
      closesAt: Date;
      createdBy: string;
    },
  ): Promise<PulseCampaign | undefined> {
    try {
      await this.knex(CAMPAIGNS).insert({
        id: c.id,
        title: c.title,
        period: c.period,
        opens_at: c.opensAt,
        closes_at: c.closesAt,
        questions: JSON.stringify(c.questions),
        created_by: c.createdBy,
      });
    } catch (error) {
      if (isDatabaseConflictError(error)) return undefined; // the period already has its campaign
      throw error;
    }
    return this.campaign(c.id);
  }

  async campaign(id: string): Promise<PulseCampaign | undefined> {
    const row = await this.knex(CAMPAIGNS).where({ id }).first();
    return row && toCampaign(row);
  }

  /** The latest campaigns, newest first. */
  async recentCampaigns(limit: number): Promise<PulseCampaign[]> {
    const rows = await this.knex(CAMPAIGNS)
      .orderBy([
        { column: 'opens_at', order: 'desc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(limit);
    return rows.map(toCampaign);
  }

  async campaignForPeriod(period: string): Promise<PulseCampaign | undefined> {
    const row = await this.knex(CAMPAIGNS).where({ period }).first();
    return row && toCampaign(row);
  }

  async openCampaign(now: Date): Promise<PulseCampaign | undefined> {
    const row = await this.knex(CAMPAIGNS)
      .where('opens_at', '<=', now)
      .andWhere('closes_at', '>', now)
      .orderBy('opens_at', 'desc')
      .first();
    return row && toCampaign(row);
  }

  async hasParticipated(campaignId: string, userRef: string): Promise<boolean> {
    return Boolean(
      await this.knex(PARTICIPATION)
        .where({ campaign_id: campaignId, user_ref: userRef })
        .first(),
    );
  }

  /**
   * Writes a batch of answers in one transaction: participants sorted by user ref, responses
   * sorted by their content with fresh random ids, so the database (row order, transaction, ids)
   * depends only on who took part and on which answers were given, never on who gave which.
   * Writes nothing when anyone in the batch has answered already (through another replica) or
   * was erased after pooling their answer: a batch is whole or absent, never fewer than it was
   * formed with. Returns how many responses were written and who was refused.
   */
  async recordBatch(
    campaignId: string,
    batch: Array<{ userRef: string; response: PulseResponse; pooledAt: Date }>,
  ): Promise<{ written: number; refused: string[] }> {
    return this.knex.transaction(async tx => {
      const refs = batch.map(b => b.userRef);
      const answered = new Set<string>(
        await tx(PARTICIPATION)
          .where({ campaign_id: campaignId })
          .whereIn('user_ref', refs)
          .pluck('user_ref'),
      );
      const erasedAt = new Map<string, Date>(
        (
          await tx(ERASURES)
            .select('user_hash', 'erased_at')
            .whereIn('user_hash', refs.map(userHash))
        ).map((r: any) => [r.user_hash, new Date(r.erased_at)]),
      );
      const refused = batch
        .filter(b => {
          const erased = erasedAt.get(userHash(b.userRef));
          return (
            answered.has(b.userRef) ||
            (erased !== undefined && erased >= b.pooledAt)
          );
        })
        .map(b => b.userRef);
      if (refused.length) return { written: 0, refused };
      await tx(PARTICIPATION).insert(
        [...refs]
          .sort()
          .map(userRef => ({ campaign_id: campaignId, user_ref: userRef })),
      );
      await this.insertResponses(
        tx,
        campaignId,
        batch.map(b => b.response),
      );
      return { written: batch.length, refused: [] };
    });
  }

  /**
   * Writes responses without participants (a remainder smaller than a batch), sorted by
   * content, leaving out the answers of people who answered already through another replica;
   * how many were written.
   */
  async recordResponses(
    campaignId: string,
    answers: Array<{ userRef: string; response: PulseResponse }>,
  ): Promise<number> {
    return this.knex.transaction(async tx => {
      const answered = new Set<string>(
        await tx(PARTICIPATION)
          .where({ campaign_id: campaignId })
          .whereIn(
            'user_ref',
            answers.map(a => a.userRef),
          )
          .pluck('user_ref'),
      );
      const fresh = answers.filter(a => !answered.has(a.userRef));
      if (fresh.length)
        await this.insertResponses(
          tx,
          campaignId,
          fresh.map(a => a.response),
        );
      return fresh.length;
    });
  }

  /** Records that a person was erased, so no replica writes an answer they pooled before as theirs. */
  async recordErasure(userRef: string, at: Date): Promise<void> {
    await this.knex(ERASURES)
      .insert({ user_hash: userHash(userRef), erased_at: at })
      .onConflict('user_hash')
      .merge();
  }

  /**
   * Deletes the erasure records no pooled answer can predate any more: those older than the
   * opening of every campaign not yet settled at `settledBefore` (all of them when none is); how many.
   */
  async deleteSettledErasures(settledBefore: Date): Promise<number> {
    const unsettled = await this.knex(CAMPAIGNS)
      .where('closes_at', '>', settledBefore)
      .min({ opens: 'opens_at' })
      .first();
    const query = this.knex(ERASURES);
    if (unsettled?.opens) query.where('erased_at', '<', unsettled.opens);
    return query.delete();
  }

  private async insertResponses(
    tx: Knex.Transaction,
    campaignId: string,
    responses: PulseResponse[],
  ) {
    const rows = responses
      .map(r => ({
        campaign_id: campaignId,
        group_ref: r.groupRef,
        answers: JSON.stringify(
          Object.fromEntries(Object.entries(r.answers).sort()),
        ),
        free_text: r.freeText,
      }))
      .map(row => ({
        row,
        key: JSON.stringify([row.group_ref, row.answers, row.free_text]),
      }))
      .sort((a, b) => Number(a.key > b.key) - Number(a.key < b.key))
      .map(({ row }) => row);
    const ids = rows.map(() => randomUUID()).sort();
    // ids sorted too, so the primary key order is the content order as well
    await tx(RESPONSES).insert(rows.map((row, i) => ({ id: ids[i], ...row })));
  }

  /** Responses per reporting cohort (the one group each response counts in). */
  async cohortCounts(campaignId: string): Promise<Map<string | null, number>> {
    const rows = await this.knex(RESPONSES)
      .select('group_ref')
      .count({ n: '*' })
      .where({ campaign_id: campaignId })
      .groupBy('group_ref');
    return new Map(rows.map((r: any) => [r.group_ref, Number(r.n)]));
  }

  /** Closed campaigns whose SPACE satisfaction is not recorded yet. */
  async campaignsToFinalize(closedBefore: Date): Promise<PulseCampaign[]> {
    const rows = await this.knex(CAMPAIGNS)
      .where('closes_at', '<=', closedBefore)
      .whereNull('finalized_at')
      .orderBy('closes_at');
    return rows.map(toCampaign);
  }

  async markFinalized(campaignId: string, at: Date): Promise<boolean> {
    const changed = await this.knex(CAMPAIGNS)
      .where({ id: campaignId })
      .whereNull('finalized_at')
      .update({ finalized_at: at });
    return changed > 0;
  }

  async countResponses(campaignId: string, groupRef?: string): Promise<number> {
    const query = this.knex(RESPONSES)
      .where({ campaign_id: campaignId })
      .count({ n: '*' });
    if (groupRef) query.andWhere({ group_ref: groupRef });
    return Number((await query)[0].n);
  }

  /** The answers of a campaign (for a group), in no particular order and without any identity. */
  async responses(
    campaignId: string,
    groupRef?: string,
  ): Promise<
    Array<{ answers: Record<string, number>; freeText: string | null }>
  > {
    const query = this.knex(RESPONSES)
      .select('answers', 'free_text')
      .where({ campaign_id: campaignId })
      .orderBy('id');
    if (groupRef) query.andWhere({ group_ref: groupRef });
    return (await query).map((r: any) => ({
      answers: JSON.parse(r.answers),
      freeText: r.free_text,
    }));
  }

  /**
   * Deletes who answered the campaigns that closed before `before` (only needed to refuse a
   * second answer while a campaign is open), at most `batchSize` a statement; how many. Responses
   * are anonymous and stay.
   */
  async deleteParticipationClosedBefore(
    before: Date,
    batchSize: number,
  ): Promise<number> {
    const closed: string[] = await this.knex(CAMPAIGNS)
      .where('closes_at', '<', before)
      .whereExists(
        this.knex(PARTICIPATION)
          .select('campaign_id')
          .whereRaw('?? = ??', [
            `${PARTICIPATION}.campaign_id`,
            `${CAMPAIGNS}.id`,
          ]),
      )
      .pluck('id');
    let deleted = 0;
    for (const campaignId of closed) {
      for (;;) {
        const users: string[] = await this.knex(PARTICIPATION)
          .where({ campaign_id: campaignId })
          .limit(batchSize)
          .pluck('user_ref');
        if (!users.length) break;
        deleted += await this.knex(PARTICIPATION)
          .where({ campaign_id: campaignId })
          .whereIn('user_ref', users)
          .delete();
      }
    }
    return deleted;
  }

  /** Deletes a person's participation in every campaign (erasure); how many rows. */
  async deleteParticipationOf(userRef: string): Promise<number> {
    return this.knex(PARTICIPATION).where({ user_ref: userRef }).delete();
  }
}
