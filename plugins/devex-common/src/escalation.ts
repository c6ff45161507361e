/** A blocker on an entity and where it is on the escalation path. */
export interface Blocker {
  id: string;
  entityRef: string;
  title: string;
  description: string;
  /** Step 1: recorded. */
  raisedBy: string;
  raisedAt: string;
  /** Step 2: owners notified. */
  ownersNotifiedAt: string | null;
  notifiedOwners: string[];
  /** Step 3 is due this many working days after it was raised. */
  escalationDueAt: string;
  escalatedAt: string | null;
  escalatedTo: string[];
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolution: string | null;
  /** `portal`, or `next-steps` for blockers read from a Next_Steps.md file. */
  source: 'portal' | 'next-steps';
  version: number;
}

export interface RaiseBlockerRequest {
  entityRef: string;
  title: string;
  description?: string;
}

export interface ResolveBlockerRequest {
  resolution: string;
  version: number;
}
