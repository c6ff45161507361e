export { devexApiRef } from './DevexApi';
export type { DevexApi } from './DevexApi';
export { DevexClient } from './DevexClient';
