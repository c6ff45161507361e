import { PulseStore, PulseResponse } from './PulseStore';

interface PooledAnswer {
  userRef: string;
  response: PulseResponse;
}

/**
 * Holds this replica's pulse answers in memory until there are `batchSize` of them for a
 * campaign, then writes the batch in one transaction: the participants sorted by name and the
 * responses sorted by content, so that nothing in the database (row order, transaction id, time,
 * id) pairs a person with an answer; within a batch every answer is equally any participant's.
 * When a campaign closes or the backend stops, the remainder is written as responses alone (no
 * participation rows), so a batch smaller than k never names its people.
 */
export class ResponsePool {
  private readonly pools = new Map<string, PooledAnswer[]>();
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: {
      store: PulseStore;
      batchSize: number;
      onWritten: (campaignId: string, count: number) => Promise<void>;
    },
  ) {}

  /** Whether the user's answer to the campaign waits in this replica's pool. */
  holds(campaignId: string, userRef: string): boolean {
    return (this.pools.get(campaignId) ?? []).some(a => a.userRef === userRef);
  }

  /** Pools an answer; false when this user's answer is pooled already. Writes a full batch. */
  async add(
    campaignId: string,
    userRef: string,
    response: PulseResponse,
  ): Promise<boolean> {
    const pool = this.pools.get(campaignId) ?? [];
    if (pool.some(a => a.userRef === userRef)) return false;
    pool.push({ userRef, response });
    this.pools.set(campaignId, pool);
    if (pool.length >= this.options.batchSize) {
      this.pools.delete(campaignId);
      let written: number;
      try {
        written = await this.serially(() =>
          this.options.store.recordBatch(campaignId, pool),
        );
      } catch (error) {
        // nothing was written: the answers wait for the next batch
        this.pools.set(campaignId, [
          ...pool,
          ...(this.pools.get(campaignId) ?? []),
        ]);
        throw error;
      }
      await this.options.onWritten(campaignId, written);
    }
    return true;
  }

  /** Writes the pooled answers of the given campaigns (or all) as responses without participants. */
  async release(campaignIds?: string[]): Promise<void> {
    const ids = campaignIds ?? [...this.pools.keys()];
    for (const id of ids) {
      const pool = this.pools.get(id);
      if (!pool?.length) continue;
      this.pools.delete(id);
      await this.serially(() =>
        this.options.store.recordResponses(
          id,
          pool.map(a => a.response),
        ),
      );
      await this.options.onWritten(id, pool.length);
    }
  }

  /** Campaigns with answers waiting here. */
  campaigns(): string[] {
    return [...this.pools.keys()];
  }

  /** One batch at a time per replica, so batches are written whole and in turn. */
  private serially<T>(write: () => Promise<T>): Promise<T> {
    const next = this.writing.then(write, write);
    this.writing = next.catch(() => undefined);
    return next;
  }
}
