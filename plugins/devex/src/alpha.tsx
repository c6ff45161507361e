import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import DashboardIcon from '@material-ui/icons/Dashboard';
import { DevexClient, devexApiRef } from './api';
import { DEVEX_ENTITY_KINDS } from './isDevexAvailable';
import { rootRouteRef as legacyRootRouteRef } from './routes';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';

const rootRouteRef = convertLegacyRouteRef(legacyRootRouteRef);

const devexApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: devexApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new DevexClient({ discoveryApi, fetchApi }),
    }),
});

const devexPage = PageBlueprint.make({
  params: {
    path: '/devex',
    title: 'DevEx',
    icon: <DashboardIcon />,
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/DevexPage').then(m => <m.DevexPortfolio />),
  },
});

/** The DevEx tab; `app.extensions` can change its kinds through the `filter` config. */
const devexEntityContent = EntityContentBlueprint.make({
  params: {
    path: 'devex',
    title: 'DevEx',
    filter: { kind: { $in: DEVEX_ENTITY_KINDS } },
    loader: () =>
      import('./components/EntityDevexContent').then(m => (
        <m.EntityDevexContent />
      )),
  },
});

/**
 * The DevEx plugin for apps on the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'devex',
  info: { packageJson: () => import('../package.json') },
  extensions: [devexApi, devexPage, devexEntityContent],
  routes: { root: rootRouteRef },
});
