export const REMEDIATION_RISK_LEVELS = ['high', 'medium', 'low'] as const;
export type RemediationRiskLevel = (typeof REMEDIATION_RISK_LEVELS)[number];

export const REMEDIATION_STATUSES = [
  'open',
  'in_progress',
  'completed',
] as const;
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];

/** One remediation backlog item, e.g. `POPIA-003`. */
export interface RemediationItem {
  id: string;
  framework: string;
  title: string;
  riskLevel: RemediationRiskLevel;
  owner: string;
  dueDate: string | null;
  status: RemediationStatus;
  expectedEvidence: string[];
  entityRef: string;
  /** Where it came from: the bulk API, or the backlog file at this location. */
  sourceLocation: string | null;
}

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
export const SYNC_STATES = [
  'synced_automatically',
  'synced_manually',
  'unsynced',
  'failed',
  'stale',
] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export interface SyncedEvidence {
  providerId: string;
  id: string;
  title: string;
  collection: 'automated' | 'manual';
  collectedAt: string | null;
  url: string | null;
  location: string;
}

/** An item with its sync state, for the drill-down. */
export interface RemediationSyncStatus {
  item: RemediationItem;
  state: SyncState;
  reason: string | null;
  evidence: SyncedEvidence[];
  attempts: number;
  nextAttemptAt: string | null;
  lastSyncedAt: string | null;
}

/** A sync run as recorded. */
export interface SyncRun {
  id: string;
  trigger: 'schedule' | 'manual' | 'test';
  startedAt: string;
  finishedAt: string | null;
  total: number;
  syncedAutomatically: number;
  syncedManually: number;
  unsynced: number;
  failed: number;
  stale: number;
  skipped: number;
  /** Automatically synced / total, portal-wide, when the run ended. */
  ratio: number | null;
  errors: string[];
}

/** The share of items synced automatically in a scope, against the target. */
export interface SyncRatio {
  scope:
    | { type: 'portal' }
    | { type: 'entity'; entityRef: string }
    | { type: 'group'; groupRef: string };
  total: number;
  syncedAutomatically: number;
  ratio: number | null;
  target: number;
  meetsTarget: boolean;
}

export interface SyncOverview {
  ratio: SyncRatio;
  /** Portal-wide ratios of the latest runs, oldest first. */
  history: Array<{ runId: string; finishedAt: string; ratio: number | null }>;
  /** Items in scope that are not synced automatically. */
  notSyncedAutomatically: RemediationSyncStatus[];
  /** Problems reading backlog files in scope. */
  fileErrors: Array<{
    entityRef: string;
    location: string;
    error: string;
    readAt: string;
  }>;
}

export interface EvidenceRecord {
  id: string;
  title: string;
  source: string;
  location: string;
  owner: string;
  retentionDays: number | null;
  collection: 'automated' | 'manual';
  collectedAt: string | null;
  remediationIds: string[];
  url: string | null;
}
