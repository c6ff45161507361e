import { RiskStore } from './RiskStore';

/** What other domains read of the risk register (the summary): the list, none of the writes. */
export type RiskReads = Pick<RiskStore, 'list'>;
