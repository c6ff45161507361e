import { randomUUID } from 'node:crypto';
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  PoolTransaction,
  PulseResponse,
  PulseStore,
  SealedAnswer,
} from './PulseStore';
import { PulseSealer } from './PulseSealer';

/**
 * Holds pulse answers until `batchSize` people of one reporting cohort (the group each response
 * counts in, or none) have answered a campaign, then writes those answers in one transaction with
 * their participants. Every participant of a batch is in the cohort every response of the batch
 * names, so a reader of the database who also reads the catalog learns from a batch only that
 * each answer is one of its k people's: the participants are sorted by name and the responses by
 * content, so no row order, transaction id, time or id pairs a person with an answer.
 *
 * The answers wait in the database, sealed (see {@link PulseSealer}): an answer acknowledged to its
 * person survives the replica that took it, and any replica holding the key completes its batch.
 * Answers whose cohort never reaches k are written when the campaign closes as responses alone,
 * counted in no group and naming no participant. Without configured keys each process seals
 * under a key of its own: its answers wait for a batch of its own and are written as a remainder
 * when it stops; a process that dies loses them.
 */
export class ResponsePool {
  constructor(
    private readonly options: {
      store: PulseStore;
      sealer: PulseSealer;
      batchSize: number;
      clock: () => Date;
      logger: LoggerService;
      onWritten: (campaignId: string, count: number) => Promise<void>;
    },
  ) {}

  private get keyIds() {
    return this.options.sealer.keyIds;
  }

  /** Whether the user's answer to the campaign waits in the pool (under a key held here). */
  holds(campaignId: string, userRef: string): Promise<boolean> {
    return this.options.store.isPooled(
      campaignId,
      this.options.sealer.answerTags(campaignId, userRef),
    );
  }

  /** Drops a person's pooled answers (erasure): they are written neither as answers nor as a participant. */
  async forget(userRef: string): Promise<number> {
    let dropped = 0;
    for (const id of await this.options.store.pooledCampaigns())
      dropped += await this.options.store.deletePooled(
        id,
        this.options.sealer.answerTags(id, userRef),
      );
    return dropped;
  }

  /**
   * Pools an answer; false when this user's answer is pooled already. Once it is pooled it is
   * kept: a full cohort's batch that fails to be written now is written by the next
   * {@link ResponsePool.settle}.
   */
  async add(
    campaignId: string,
    userRef: string,
    response: PulseResponse,
  ): Promise<boolean> {
    const row = this.options.sealer.seal(randomUUID(), campaignId, {
      userRef,
      response,
      pooledAt: this.options.clock(),
    });
    if (!(await this.options.store.pool(row))) return false;
    await this.writeFullCohort(campaignId, row.cohortTag).catch(error =>
      this.options.logger.warn(
        `A full batch of pulse answers waits for the next attempt: ${error}`,
      ),
    );
    return true;
  }

  /** Writes every full cohort of the campaigns still open, and the remainders of those closed. */
  async settle(isClosed: (campaignId: string) => Promise<boolean>) {
    for (const id of await this.options.store.pooledCampaigns(this.keyIds)) {
      if (await isClosed(id)) {
        await this.release(id);
        continue;
      }
      for (const cohortTag of await this.options.store.fullCohorts(
        id,
        this.keyIds,
        this.options.batchSize,
      ))
        await this.writeFullCohort(id, cohortTag);
    }
  }

  private async writeFullCohort(campaignId: string, cohortTag: string) {
    const k = this.options.batchSize;
    const written = await this.options.store.withPool(
      campaignId,
      async pool => {
        const answers = await this.openAll(
          pool,
          await pool.sealed({ keyIds: this.keyIds, cohortTag }),
        );
        if (answers.length < k) return 0;
        // answered through a row sealed under another key, or erased: their answers go, the
        // others wait for their batch; a batch is never smaller than k
        const refused = new Set(await pool.refused(answers.map(a => a.answer)));
        await pool.remove(
          answers.filter(a => refused.has(a.answer.userRef)).map(a => a.row.id),
        );
        const fresh = answers.filter(a => !refused.has(a.answer.userRef));
        let count = 0;
        for (; count + k <= fresh.length; count += k) {
          const batch = fresh.slice(count, count + k);
          await pool.recordBatch(batch.map(b => b.answer));
          await pool.remove(batch.map(b => b.row.id));
        }
        return count;
      },
    );
    if (written) await this.options.onWritten(campaignId, written);
  }

  /**
   * Writes the pooled answers of a campaign as responses without participants and without a
   * group: a remainder smaller than k names neither its people nor their teams.
   */
  async release(campaignId: string): Promise<void> {
    const written = await this.options.store.withPool(
      campaignId,
      async pool => {
        const answers = await this.openAll(
          pool,
          await pool.sealed({ keyIds: this.keyIds }),
        );
        const refused = new Set(await pool.refused(answers.map(a => a.answer)));
        const fresh = answers.filter(a => !refused.has(a.answer.userRef));
        await pool.recordResponses(fresh.map(a => a.answer));
        await pool.remove(answers.map(a => a.row.id));
        return fresh.length;
      },
    );
    if (written) await this.options.onWritten(campaignId, written);
  }

  /** Releases every campaign's answers sealed under this process's keys (a process without configured keys, stopping). */
  async releaseAll(): Promise<void> {
    for (const id of await this.options.store.pooledCampaigns(this.keyIds))
      await this.release(id);
  }

  /** Opens rows; one that does not open (altered) is dropped with a warning. */
  private async openAll(pool: PoolTransaction, rows: SealedAnswer[]) {
    const opened = rows.map(row => ({
      row,
      answer: this.options.sealer.open(row),
    }));
    const broken = opened.filter(o => !o.answer);
    if (broken.length) {
      this.options.logger.warn(
        `Dropped ${broken.length} pooled pulse answers that do not open under their key (altered)`,
      );
      await pool.remove(broken.map(b => b.row.id));
    }
    return opened.flatMap(o =>
      o.answer ? [{ row: o.row, answer: o.answer }] : [],
    );
  }
}
