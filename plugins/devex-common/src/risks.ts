import { WireSchemas } from './wire';

export const RISK_STATUSES = [
  'open',
  'in_progress',
  'mitigated',
  'accepted',
] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** A risk of the register: exposure is impact times likelihood, each 1-5. */
export type Risk = WireSchemas['Risk'];

export interface CreateRiskRequest {
  key: string;
  title: string;
  description?: string;
  entityRef?: string | null;
  impact: number;
  likelihood: number;
  owner: string;
  status?: RiskStatus;
  mitigation?: string;
  remediationIds?: string[];
  actionItemIds?: string[];
}

export type UpdateRiskRequest = Partial<Omit<CreateRiskRequest, 'key'>> & {
  version: number;
};

/** A change to a risk: the fields before and after. */
export interface RiskChange {
  id: string;
  riskId: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  changedBy: string;
  changedAt: string;
}

/** Counts of risks per impact (rows) and likelihood (columns), 1-5. */
export interface RiskHeatmap {
  cells: Array<{ impact: number; likelihood: number; count: number }>;
}
