import { SyncStore } from './SyncStore';

export type { SyncScope } from './SyncStore';

/** What other domains read of remediation items (a waiver's subject): one item by id. */
export type RemediationItemReads = Pick<SyncStore, 'getItem'>;

/** What other domains read of sync runs (a success measure's history): the latest runs. */
export type SyncRunReads = Pick<SyncStore, 'listRuns'>;
