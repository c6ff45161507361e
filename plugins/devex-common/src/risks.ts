import { riskStatusValues } from './schema/openapi.generated';
import { WireRequest, WireResponse, WireSchemas } from './wire';

export const RISK_STATUSES = riskStatusValues;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** A risk of the register: exposure is impact times likelihood, each 1-5. */
export type Risk = WireSchemas['Risk'];

export type CreateRiskRequest = WireRequest<'CreateRisk'>;

export type UpdateRiskRequest = Partial<Omit<CreateRiskRequest, 'key'>> & {
  version: number;
};

/** A change to a risk: the fields before and after. */
export type RiskChange = WireResponse<'ListRisks'>['history'][number];

/** Counts of risks per impact (rows) and likelihood (columns), 1-5. */
export type RiskHeatmap = WireResponse<'ListRisks'>['heatmap'];
