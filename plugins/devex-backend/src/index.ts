export { devexPlugin as default } from './plugin';
