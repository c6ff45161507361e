import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../routes';

/**
 * Where the app mounted the DevEx page, or undefined in an app that shows only the entity tab
 * (the route then has no path, and links to the page are left out).
 */
export function useDevexPagePath(): string | undefined {
  try {
    return useRouteRef(rootRouteRef)();
  } catch {
    return undefined;
  }
}
