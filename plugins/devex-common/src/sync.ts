import {
  remediationItemRiskLevelValues,
  remediationItemStatusValues,
  remediationSyncStatusStateValues,
} from './schema/openapi.generated';
import { WireSchemas } from './wire';

export const REMEDIATION_RISK_LEVELS = remediationItemRiskLevelValues;
export type RemediationRiskLevel = (typeof REMEDIATION_RISK_LEVELS)[number];

export const REMEDIATION_STATUSES = remediationItemStatusValues;
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];

/** One remediation backlog item, e.g. `POPIA-003`. */
export type RemediationItem = WireSchemas['RemediationItem'];

export type RemediationItemInput = Omit<
  RemediationItem,
  'sourceLocation' | 'entityRef' | 'expectedEvidence' | 'status' | 'dueDate'
> & {
  entityRef: string;
  dueDate?: string | null;
  status?: RemediationStatus;
  expectedEvidence?: string[];
};

/** Where an item stands against the evidence catalogs. */
export const SYNC_STATES = remediationSyncStatusStateValues;
export type SyncState = (typeof SYNC_STATES)[number];

export type SyncedEvidence = WireSchemas['SyncedEvidence'];

/** An item with its sync state, for the drill-down. */
export type RemediationSyncStatus = WireSchemas['RemediationSyncStatus'];

/** A sync run as recorded. */
export type SyncRun = WireSchemas['SyncRun'];

/** The share of items synced automatically in a scope, against the target. */
export type SyncRatio = WireSchemas['SyncRatio'];

export type SyncOverview = WireSchemas['SyncOverview'];

export type EvidenceRecord = WireSchemas['EvidenceRecord'];
