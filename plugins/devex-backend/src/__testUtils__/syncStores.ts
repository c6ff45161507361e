import { Knex } from 'knex';
import { EvidenceStore } from '../sync/EvidenceStore';
import { RemediationItemStore } from '../sync/RemediationItemStore';
import { SyncRunStore } from '../sync/SyncRunStore';
import { SyncStatusStore } from '../sync/SyncStatusStore';

/** The sync's four stores over one database, as services.ts hands them to the sync. */
export function syncStores(knex: Knex) {
  return {
    items: new RemediationItemStore(knex),
    status: new SyncStatusStore(knex),
    runs: new SyncRunStore(knex),
    evidence: new EvidenceStore(knex),
  };
}
