import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { Entity } from '@backstage/catalog-model';
import { ReactElement } from 'react';
import { SWRConfig } from 'swr';
import { DevexApi, devexApiRef } from '../api';
import { mockDevexApi } from './mockDevexApi';

/**
 * Renders a component of the plugin in a test app with the DevEx API (the shared mock unless
 * given), the permission API (every decision `authorize`), a catalog holding `entities`, the
 * catalog's entity route, and a fresh data cache.
 */
export async function renderWithDevexApi(
  element: ReactElement,
  options: {
    api?: jest.Mocked<DevexApi>;
    authorize?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    entities?: Entity[];
    routeEntries?: string[];
  } = {},
) {
  const api = options.api ?? mockDevexApi();
  const view = await renderInTestApp(
    <TestApiProvider
      apis={[
        [devexApiRef, api],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: options.authorize ?? AuthorizeResult.ALLOW,
          }),
        ],
        [catalogApiRef, catalogApiMock({ entities: options.entities ?? [] })],
      ]}
    >
      <SWRConfig value={{ provider: () => new Map() }}>{element}</SWRConfig>
    </TestApiProvider>,
    {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      routeEntries: options.routeEntries,
    },
  );
  return { api, view };
}
