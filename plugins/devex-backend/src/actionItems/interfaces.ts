import { ActionItemStore } from './ActionItemStore';

/**
 * What other domains read of action items (the summary, the digest, the calendar's forum
 * outputs, the reminders): the store's queries, none of its writes, which go through `ActionItemService`.
 */
export type ActionItemReads = Pick<
  ActionItemStore,
  | 'list'
  | 'activeCounts'
  | 'activeCountsByEntity'
  | 'countBySourceIds'
  | 'activeDueBetween'
>;
