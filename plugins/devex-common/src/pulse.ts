import { WireRequest, WireSchemas } from './wire';

export type PulseQuestion = WireSchemas['PulseQuestion'];

export type PulseCampaign = WireSchemas['PulseCampaign'];

/** What a signed-in user sees: the open campaign, if any, and whether they have answered it. */
export type CurrentPulse = WireSchemas['CurrentPulse'];

export type PulseAnswerRequest = WireRequest<'AnswerPulse'>;

/**
 * Aggregates of a campaign for the portal or a group. Below the threshold only the count is
 * given: no score, no free text.
 */
export type PulseResults = WireSchemas['PulseResults'];

/** A campaign's participation and satisfaction, under the results' suppression rules. */
export type PulseTrendPoint = WireSchemas['PulseTrendPoint'];
