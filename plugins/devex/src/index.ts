/**
 * The DevEx governance frontend plugin: a DevEx tab on catalog entities and a portfolio page.
 * This entry point serves apps on the legacy frontend system; `/alpha` serves the new one.
 *
 * @packageDocumentation
 */
export {
  devexPlugin,
  DevexPage,
  EntityDevexContent,
  rootRouteRef,
} from './plugin';
export { isDevexAvailable, DEVEX_ENTITY_KINDS } from './isDevexAvailable';
export { devexApiRef, DevexClient } from './api';
export type { DevexApi } from './api';
