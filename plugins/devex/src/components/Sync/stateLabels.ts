import { SyncState } from '@internal/backstage-plugin-devex-common';

/** How a sync state reads. */
export const stateLabels: Record<SyncState, string> = {
  synced_automatically: 'Synced automatically',
  synced_manually: 'Synced by hand',
  unsynced: 'Not synced',
  failed: 'Failed',
  stale: 'Stale',
};
