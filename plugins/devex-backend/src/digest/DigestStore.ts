import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const SENDS = 'devex_digest_sends';

/** The periods whose digest went out: one row a period, so each goes out once across replicas. */
export class DigestStore {
  constructor(private readonly knex: Knex) {}

  /** Claims the period for this sender; false when another run or replica claimed it first. */
  async claimPeriod(claim: {
    period: string;
    sentAt: Date;
    recipients: number;
  }): Promise<boolean> {
    try {
      await this.knex(SENDS).insert({
        period: claim.period,
        sent_at: claim.sentAt,
        recipients: claim.recipients,
      });
      return true;
    } catch (error) {
      if (isDatabaseConflictError(error)) return false;
      throw error;
    }
  }
}
