export { devexApiRef } from './DevexApi';
export type { DevexApi } from './DevexApi';
export type { ScorecardQuery } from './DevexClient';
export { DevexClient } from './DevexClient';
