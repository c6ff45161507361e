import { RemediationItemStore } from './RemediationItemStore';
import { SyncRunStore } from './SyncRunStore';

export type { SyncScope } from './remediationRows';

/** What other domains read of remediation items: one by id (a waiver's subject), those due soon (reminders). */
export type RemediationItemReads = Pick<
  RemediationItemStore,
  'getItem' | 'openDueBetween'
>;

/** What other domains read of sync runs (a success measure's history): the latest runs. */
export type SyncRunReads = Pick<SyncRunStore, 'listRuns'>;
