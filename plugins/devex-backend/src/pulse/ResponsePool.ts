import { PulseStore, PulseResponse } from './PulseStore';

interface PooledAnswer {
  userRef: string;
  response: PulseResponse;
  pooledAt: Date;
}

/**
 * Holds this replica's pulse answers in memory until `batchSize` people of one reporting cohort
 * (the group each response counts in, or none) have answered a campaign, then writes those
 * answers in one transaction with their participants. Every participant of a batch is in the
 * cohort every response of the batch names, so a reader of the database who also reads the
 * catalog learns from a batch only that each answer is one of its k people's: the participants
 * are sorted by name and the responses by content, so no row order, transaction id, time or id
 * pairs a person with an answer.
 *
 * Answers whose cohort never reaches k on this replica are written when the campaign closes (or
 * the backend stops) as responses alone, counted in no group and naming no participant.
 */
export class ResponsePool {
  private readonly pools = new Map<string, PooledAnswer[]>();
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: {
      store: PulseStore;
      batchSize: number;
      clock: () => Date;
      onWritten: (campaignId: string, count: number) => Promise<void>;
    },
  ) {}

  /** Whether the user's answer to the campaign waits in this replica's pool. */
  holds(campaignId: string, userRef: string): boolean {
    return (this.pools.get(campaignId) ?? []).some(a => a.userRef === userRef);
  }

  /** Drops a person's pooled answers (erasure): they are written neither as answers nor as a participant. */
  forget(userRef: string): number {
    let dropped = 0;
    for (const [campaignId, pool] of this.pools) {
      const kept = pool.filter(a => a.userRef !== userRef);
      dropped += pool.length - kept.length;
      this.pools.set(campaignId, kept);
    }
    return dropped;
  }

  /** Pools an answer; false when this user's answer is pooled already. Writes a full cohort batch. */
  async add(
    campaignId: string,
    userRef: string,
    response: PulseResponse,
  ): Promise<boolean> {
    const pool = this.pools.get(campaignId) ?? [];
    if (pool.some(a => a.userRef === userRef)) return false;
    pool.push({ userRef, response, pooledAt: this.options.clock() });
    this.pools.set(campaignId, pool);
    await this.writeFullCohort(campaignId, response.groupRef);
    return true;
  }

  private async writeFullCohort(campaignId: string, groupRef: string | null) {
    const pool = this.pools.get(campaignId) ?? [];
    const cohort = pool.filter(a => a.response.groupRef === groupRef);
    if (cohort.length < this.options.batchSize) return;
    const batch = cohort.slice(0, this.options.batchSize);
    this.take(campaignId, batch);
    const outcome = await this.serially(() =>
      this.options.store.recordBatch(campaignId, batch),
    ).catch(error => {
      this.putBack(campaignId, batch); // nothing was written
      throw error;
    });
    if (outcome.written) {
      await this.options.onWritten(campaignId, outcome.written);
      return;
    }
    // Someone answered through another replica or was erased: the batch was not written (it
    // would have named fewer than k people). Their answers go; the others wait for the next.
    const refused = new Set(outcome.refused);
    this.putBack(
      campaignId,
      batch.filter(a => !refused.has(a.userRef)),
    );
    await this.writeFullCohort(campaignId, groupRef);
  }

  /**
   * Writes the pooled answers of the given campaigns (or all) as responses without participants
   * and without a group: a remainder smaller than k names neither its people nor their teams.
   */
  async release(campaignIds?: string[]): Promise<void> {
    const ids = campaignIds ?? [...this.pools.keys()];
    for (const id of ids) {
      const pool = this.pools.get(id);
      this.pools.delete(id);
      if (!pool?.length) continue;
      const written = await this.serially(() =>
        this.options.store.recordResponses(
          id,
          pool.map(a => ({
            userRef: a.userRef,
            response: { ...a.response, groupRef: null },
          })),
        ),
      );
      if (written) await this.options.onWritten(id, written);
    }
  }

  /** Campaigns with answers waiting here. */
  campaigns(): string[] {
    return [...this.pools.entries()]
      .filter(([, pool]) => pool.length)
      .map(([id]) => id);
  }

  private take(campaignId: string, answers: PooledAnswer[]) {
    const pool = this.pools.get(campaignId) ?? [];
    this.pools.set(
      campaignId,
      pool.filter(a => !answers.includes(a)),
    );
  }

  private putBack(campaignId: string, answers: PooledAnswer[]) {
    this.pools.set(campaignId, [
      ...answers,
      ...(this.pools.get(campaignId) ?? []),
    ]);
  }

  /** One batch at a time per replica, so batches are written whole and in turn. */
  private serially<T>(write: () => Promise<T>): Promise<T> {
    const next = this.writing.then(write, write);
    this.writing = next.catch(() => undefined);
    return next;
  }
}
