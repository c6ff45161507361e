import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { DevexClient, devexApiRef } from './api';

import { rootRouteRef } from './routes';

export { rootRouteRef };

/**
 * The DevEx plugin for apps on the legacy frontend system (`createPlugin`).
 * Apps on the new frontend system use the default export of `/alpha` instead.
 *
 * @public
 */
export const devexPlugin = createPlugin({
  id: 'devex',
  apis: [
    createApiFactory({
      api: devexApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new DevexClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: { root: rootRouteRef },
});

/** The portfolio page, to mount at e.g. `/devex`. @public */
export const DevexPage = devexPlugin.provide(
  createRoutableExtension({
    name: 'DevexPage',
    component: () => import('./components/DevexPage').then(m => m.DevexPage),
    mountPoint: rootRouteRef,
  }),
);

/** The content of an entity's DevEx tab. @public */
export const EntityDevexContent = devexPlugin.provide(
  createComponentExtension({
    name: 'EntityDevexContent',
    component: {
      lazy: () =>
        import('./components/EntityDevexContent').then(
          m => m.EntityDevexContent,
        ),
    },
  }),
);
