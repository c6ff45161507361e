import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The DevEx page's route, on both frontend systems: the legacy plugin mounts the page on it,
 * and the new system's page uses it converted (`convertLegacyRouteRef` in `alpha.tsx`), so
 * components link to the page with `useRouteRef` wherever the app mounted it.
 */
export const rootRouteRef = createRouteRef({ id: 'devex' });
