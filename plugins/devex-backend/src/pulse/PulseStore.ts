import { createHash, randomUUID } from 'node:crypto';
import { PulseCampaign } from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { dialectOf } from '../database/dialect';
import { toIsoTimestamp } from '../database/timestamps';

const CAMPAIGNS = 'devex_pulse_campaigns';
const PARTICIPATION = 'devex_pulse_participation';
const RESPONSES = 'devex_pulse_responses';
const ERASURES = 'devex_pulse_erasures';
const POOL = 'devex_pulse_pool';

/** How an erased person is named in the erasure records: a SHA-256 of their ref, not the ref. */
const userHash = (userRef: string) =>
  createHash('sha256').update(userRef).digest('hex');

/** An anonymous response: the one reporting cohort it counts in, its scores and its free text. */
export interface PulseResponse {
  groupRef: string | null;
  answers: Record<string, number>;
  freeText: string | null;
}

/** An answer waiting in the pool, as only a holder of the key reads it. */
export interface PooledAnswer {
  userRef: string;
  response: PulseResponse;
  /** When it was pooled: an erasure at or after this refuses it. */
  pooledAt: Date;
}

/** A pool row as the database keeps it: nothing in it names a person, a group or a time. */
export interface SealedAnswer {
  /** Random. */
  id: string;
  campaignId: string;
  /** HMAC of the campaign and the person: refuses a second answer, names no one. */
  answerTag: string;
  /** HMAC of the campaign and the group the response counts in: finds a batch, names no group. */
  cohortTag: string;
  keyId: string;
  /** AES-256-GCM of the answer, bound to its campaign and tags: nonce, tag and ciphertext, base64. */
  sealed: string;
}

const toCampaign = (r: any): PulseCampaign => ({
  id: r.id,
  title: r.title,
  period: r.period,
  opensAt: toIsoTimestamp(r.opens_at),
  closesAt: toIsoTimestamp(r.closes_at),
  questions: JSON.parse(r.questions),
});

const toPoolRow = (row: SealedAnswer) => ({
  id: row.id,
  campaign_id: row.campaignId,
  answer_tag: row.answerTag,
  cohort_tag: row.cohortTag,
  key_id: row.keyId,
  sealed: row.sealed,
});

/** The pool of one campaign inside the transaction that holds it (see {@link PulseStore.withPool}). */
export class PoolTransaction {
  constructor(
    private readonly tx: Knex.Transaction,
    private readonly campaignId: string,
  ) {}

  /** The pooled answers under the given keys (of one cohort), in random order (by random id). */
  async sealed(filter: {
    keyIds: string[];
    cohortTag?: string;
  }): Promise<SealedAnswer[]> {
    const query = this.tx(POOL)
      .where({ campaign_id: this.campaignId })
      .whereIn('key_id', filter.keyIds)
      .orderBy('id');
    if (filter.cohortTag) query.andWhere({ cohort_tag: filter.cohortTag });
    return (await query).map((r: any) => ({
      id: r.id,
      campaignId: r.campaign_id,
      answerTag: r.answer_tag,
      cohortTag: r.cohort_tag,
      keyId: r.key_id,
      sealed: r.sealed,
    }));
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length) await this.tx(POOL).whereIn('id', ids).delete();
  }

  /**
   * Who of these may not be written: they answered already (through a row sealed under another
   * key), or were erased after their answer was pooled.
   */
  async refused(answers: PooledAnswer[]): Promise<string[]> {
    const refs = answers.map(a => a.userRef);
    const answered = new Set<string>(
      await this.tx(PARTICIPATION)
        .where({ campaign_id: this.campaignId })
        .whereIn('user_ref', refs)
        .pluck('user_ref'),
    );
    const erasedAt = new Map<string, Date>(
      (
        await this.tx(ERASURES)
          .select('user_hash', 'erased_at')
          .whereIn('user_hash', refs.map(userHash))
      ).map((r: any) => [r.user_hash, new Date(r.erased_at)]),
    );
    return answers
      .filter(a => {
        const erased = erasedAt.get(userHash(a.userRef));
        return (
          answered.has(a.userRef) ||
          (erased !== undefined && erased >= a.pooledAt)
        );
      })
      .map(a => a.userRef);
  }

  /**
   * Writes a batch of answers with their participants: participants sorted by user ref,
   * responses sorted by their content with fresh random ids, so the database (row order,
   * transaction, ids) depends only on who took part and on which answers were given, never on
   * who gave which. Call with a batch none of whom is {@link PoolTransaction.refused}.
   */
  async recordBatch(batch: PooledAnswer[]): Promise<void> {
    await this.tx(PARTICIPATION).insert(
      batch
        .map(b => b.userRef)
        .sort()
        .map(userRef => ({ campaign_id: this.campaignId, user_ref: userRef })),
    );
    await this.insertResponses(batch.map(b => b.response));
  }

  /**
   * Writes responses without participants and without their group (a remainder smaller than a
   * batch names neither its people nor their teams), sorted by content.
   */
  async recordResponses(answers: PooledAnswer[]): Promise<void> {
    if (answers.length)
      await this.insertResponses(
        answers.map(a => ({ ...a.response, groupRef: null })),
      );
  }

  private async insertResponses(responses: PulseResponse[]) {
    const rows = responses
      .map(r => ({
        campaign_id: this.campaignId,
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
    await this.tx(RESPONSES).insert(
      rows.map((row, i) => ({ id: ids[i], ...row })),
    );
  }
}

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

  /** Pools a sealed answer; false when the person's answer to the campaign is pooled already. */
  async pool(row: SealedAnswer): Promise<boolean> {
    try {
      await this.knex(POOL).insert(toPoolRow(row));
      return true;
    } catch (error) {
      if (isDatabaseConflictError(error)) return false;
      throw error;
    }
  }

  /** Whether an answer with one of these tags waits in the campaign's pool. */
  async isPooled(campaignId: string, answerTags: string[]): Promise<boolean> {
    return Boolean(
      await this.knex(POOL)
        .where({ campaign_id: campaignId })
        .whereIn('answer_tag', answerTags)
        .first('id'),
    );
  }

  /** Campaigns with answers in the pool (under the given keys; any when absent). */
  async pooledCampaigns(keyIds?: string[]): Promise<string[]> {
    const query = this.knex(POOL).distinct('campaign_id');
    if (keyIds) query.whereIn('key_id', keyIds);
    return query.pluck('campaign_id');
  }

  /** The cohorts (by tag) of a campaign with at least `size` answers pooled under the given keys. */
  async fullCohorts(
    campaignId: string,
    keyIds: string[],
    size: number,
  ): Promise<string[]> {
    const rows = await this.knex(POOL)
      .select('cohort_tag')
      .where({ campaign_id: campaignId })
      .whereIn('key_id', keyIds)
      .groupBy('cohort_tag')
      .havingRaw('count(*) >= ?', [size]);
    return rows.map((r: any) => r.cohort_tag);
  }

  /** Deletes pooled answers of a campaign by their tags (erasure), or all of them; how many. */
  async deletePooled(
    campaignId: string,
    answerTags?: string[],
  ): Promise<number> {
    const query = this.knex(POOL).where({ campaign_id: campaignId });
    if (answerTags) query.whereIn('answer_tag', answerTags);
    return query.delete();
  }

  /**
   * Runs `work` in one transaction holding the campaign's pool: on PostgreSQL and MySQL a lock
   * on the campaign's row that every replica's writer of the campaign's pool takes in turn
   * (SQLite writes one transaction at a time already). What `work` takes from the pool and
   * writes as responses commits together, or not at all.
   */
  async withPool<T>(
    campaignId: string,
    work: (pool: PoolTransaction) => Promise<T>,
  ): Promise<T> {
    return this.knex.transaction(async tx => {
      if (dialectOf(tx) !== 'sqlite') {
        await tx(CAMPAIGNS).where({ id: campaignId }).forUpdate().first('id');
      }
      return work(new PoolTransaction(tx, campaignId));
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
