export interface PulseQuestion {
  id: string;
  text: string;
  kind: 'likert' | 'free_text';
  /** The SPACE dimension a Likert question measures. */
  dimension: string | null;
}

export interface PulseCampaign {
  id: string;
  title: string;
  /** `YYYY-MM`: one campaign per month. */
  period: string;
  opensAt: string;
  closesAt: string;
  questions: PulseQuestion[];
}

/** What a signed-in user sees: the open campaign, if any, and whether they have answered it. */
export interface CurrentPulse {
  campaign: PulseCampaign | null;
  answered: boolean;
  responses: number;
}

export interface PulseAnswerRequest {
  /** Likert answers by question id, 1-5. */
  answers: Record<string, number>;
  freeText?: string;
}

/**
 * Aggregates of a campaign for the portal or a group. Below the threshold only the count is
 * given: no score, no free text.
 */
export interface PulseResults {
  campaignId: string;
  group: string | null;
  responses: number;
  minResponses: number;
  hidden: boolean;
  population: number | null;
  responseRate: number | null;
  questions: Array<{
    id: string;
    text: string;
    dimension: string | null;
    mean: number;
    shareAtOrBelow2: number;
  }>;
  dimensions: Array<{ dimension: string; mean: number }>;
  /** Mean of every Likert answer: the SPACE satisfaction score. */
  satisfaction: number | null;
  /** Only with the read-free-text permission. */
  freeText: string[] | null;
}
