import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { OutboxMessage, OutboxStore } from '../outbox/OutboxStore';

const SENDS = 'devex_digest_sends';

/**
 * The periods whose digest was decided: one row a period, recorded with the digest's outbox
 * message, so each goes out once across replicas and survives a failed send.
 */
export class DigestStore {
  constructor(
    private readonly knex: Knex,
    private readonly outbox: OutboxStore = new OutboxStore(knex),
  ) {}

  /**
   * Records the period with its digest enqueued, in one transaction; false when another run or
   * replica recorded it first (then nothing is enqueued).
   */
  async recordPeriod(
    record: {
      period: string;
      /** When the digest was decided (it goes out from the outbox). */
      sentAt: Date;
      recipients: number;
    },
    digest: OutboxMessage,
  ): Promise<boolean> {
    try {
      return await this.knex.transaction(async trx => {
        await trx(SENDS).insert({
          period: record.period,
          sent_at: record.sentAt,
          recipients: record.recipients,
        });
        await this.outbox.enqueue(digest, record.sentAt, trx);
        return true;
      });
    } catch (error) {
      if (isDatabaseConflictError(error)) return false;
      throw error;
    }
  }
}
