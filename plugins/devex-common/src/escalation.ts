import { WireRequest, WireResponse, WireSchemas } from './wire';
/** A blocker on an entity and where it is on the escalation path. */
export type Blocker = WireSchemas['Blocker'];

export type RaiseBlockerRequest = WireRequest<'RaiseBlocker'>;

export type ResolveBlockerRequest = WireRequest<'ResolveBlocker'>;

/** A Next_Steps file whose last read failed: its blockers stay as they were until a read succeeds. */
export type NextStepsSourceError = WireSchemas['NextStepsSourceError'];

/** The blockers, with the Next_Steps files that could not be read. */
export type ListBlockersResponse = WireResponse<'ListBlockers'>;
