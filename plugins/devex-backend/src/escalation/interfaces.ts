import { BlockerStore } from './BlockerStore';

/** What other domains read of blockers (the summary): the list, none of the writes. */
export type BlockerReads = Pick<BlockerStore, 'list'>;
