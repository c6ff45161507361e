export { devexApiRef } from './DevexApi';
export type { DevexApi, ScorecardQuery } from './DevexApi';
export { DevexClient } from './DevexClient';
