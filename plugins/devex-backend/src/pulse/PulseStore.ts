import { randomUUID } from 'node:crypto';
import { PulseCampaign } from '@internal/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { toIsoTimestamp } from '../database/timestamps';

const CAMPAIGNS = 'devex_pulse_campaigns';
const PARTICIPATION = 'devex_pulse_participation';
const RESPONSES = 'devex_pulse_responses';

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
   * Records that the user answered and, separately, the anonymous response, in one transaction.
   * False when the user had answered already (nothing is written then).
   */
  async answer(
    campaignId: string,
    userRef: string,
    response: {
      groupRef: string | null;
      answers: Record<string, number>;
      freeText: string | null;
    },
  ): Promise<boolean> {
    try {
      await this.knex.transaction(async tx => {
        await tx(PARTICIPATION).insert({
          campaign_id: campaignId,
          user_ref: userRef,
        });
        await tx(RESPONSES).insert({
          id: randomUUID(),
          campaign_id: campaignId,
          group_ref: response.groupRef,
          answers: JSON.stringify(response.answers),
          free_text: response.freeText,
        });
      });
      return true;
    } catch (error) {
      if (isDatabaseConflictError(error)) return false;
      throw error;
    }
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
}
