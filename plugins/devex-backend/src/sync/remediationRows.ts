import { RemediationItem } from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';

/** The sync's tables. */
export const ITEMS = 'devex_remediation_items';
export const STATES = 'devex_sync_states';
export const RUNS = 'devex_sync_runs';
export const EVIDENCE = 'devex_evidence_records';
export const SOURCES = 'devex_remediation_sources';
export const CONFLICTS = 'devex_remediation_conflicts';
export const COUNTS = 'devex_sync_counts';

/** An entity's items, or the items of a set of owner groups (a group with its descendants). */
export type SyncScope = { entityRef?: string; ownerRefs?: string[] };

/** A remediation item from its row. */
export function toItem(r: any): RemediationItem {
  return {
    id: r.id,
    framework: r.framework,
    title: r.title,
    riskLevel: r.risk_level,
    owner: r.owner_ref,
    dueDate: r.due_date,
    status: r.status,
    expectedEvidence: JSON.parse(r.expected_evidence),
    entityRef: r.entity_ref,
    sourceLocation: r.source_location,
  };
}

/** Narrows a query of items or counts (aliased `alias`) to a scope. */
export function applyScope(
  query: Knex.QueryBuilder,
  scope: SyncScope,
  alias = 'i',
) {
  if (scope.entityRef) query.where(`${alias}.entity_ref`, scope.entityRef);
  if (scope.ownerRefs) query.whereIn(`${alias}.owner_ref`, scope.ownerRefs);
  return query;
}
