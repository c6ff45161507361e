import { WireSchemas } from './wire';
/** A blocker on an entity and where it is on the escalation path. */
export type Blocker = WireSchemas['Blocker'];

export interface RaiseBlockerRequest {
  entityRef: string;
  title: string;
  description?: string;
}

export interface ResolveBlockerRequest {
  resolution: string;
  version: number;
}

/** A Next_Steps file whose last read failed: its blockers stay as they were until a read succeeds. */
export type NextStepsSourceError = WireSchemas['NextStepsSourceError'];

/** The blockers, with the Next_Steps files that could not be read. */
export interface ListBlockersResponse {
  items: Blocker[];
  sourceErrors: NextStepsSourceError[];
}
