import { SyncState } from '@devex-governance/backstage-plugin-devex-common';

/** How a sync state reads. */
export const stateLabels: Record<SyncState, string> = {
  synced_automatically: 'Synced automatically',
  synced_manually: 'Synced by hand',
  unsynced: 'Not synced',
  failed: 'Failed',
  stale: 'Stale',
};
