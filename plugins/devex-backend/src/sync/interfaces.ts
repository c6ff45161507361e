import { RemediationItemStore } from './RemediationItemStore';
import { SyncRunStore } from './SyncRunStore';

export type { SyncScope } from './remediationRows';

/** What other domains read of remediation items (a waiver's subject): one item by id. */
export type RemediationItemReads = Pick<RemediationItemStore, 'getItem'>;

/** What other domains read of sync runs (a success measure's history): the latest runs. */
export type SyncRunReads = Pick<SyncRunStore, 'listRuns'>;
