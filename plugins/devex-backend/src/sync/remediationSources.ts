import {
  RemediationItem,
  WireSchemas,
} from '@devex-governance/backstage-plugin-devex-common';

/** An id held by one source and claimed by another, as the API and the sync overview show it. */
export type RemediationConflict = WireSchemas['RemediationConflict'];

/**
 * The source an item belongs to: `api:<entityRef>` when pushed through the API for an entity,
 * `file:<entityRef>:<location>` when read from that entity's backlog file.
 */
export function remediationSourceOf(
  item: Pick<RemediationItem, 'entityRef' | 'sourceLocation'>,
): string {
  return item.sourceLocation === null
    ? `api:${item.entityRef}`
    : `file:${item.entityRef}:${item.sourceLocation}`;
}

/**
 * Whether a claimant may write an item its holder holds: the same source, or the same entity's
 * backlog file at a new location (an entity names one backlog file, so its new file replaces the old).
 */
export function claimsOwnItem(
  holder: Pick<RemediationItem, 'entityRef' | 'sourceLocation'>,
  claimant: Pick<RemediationItem, 'entityRef' | 'sourceLocation'>,
): boolean {
  return (
    holder.entityRef === claimant.entityRef &&
    (holder.sourceLocation === null) === (claimant.sourceLocation === null)
  );
}
