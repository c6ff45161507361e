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
