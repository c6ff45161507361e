import {
  EntityProvider,
  catalogApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { fireEvent, screen } from '@testing-library/react';
import { devexApiRef } from './api';
import { mockDevexApi } from './__testUtils__/mockDevexApi';
import { devexPlugin, EntityDevexContent, isDevexAvailable } from './index';

const entity = (kind: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'hotpass-devex-governance' },
  spec: {},
});

describe('the legacy plugin exports', () => {
  it('is the devex plugin', () => {
    expect(devexPlugin.getId()).toBe('devex');
  });

  it('offers the DevEx tab on components, systems, resources and groups only', () => {
    expect(
      ['Component', 'System', 'Resource', 'Group'].map(k =>
        isDevexAvailable(entity(k)),
      ),
    ).toEqual([true, true, true, true]);
    expect(
      ['User', 'API', 'Location'].map(k => isDevexAvailable(entity(k))),
    ).toEqual([false, false, false]);
  });

  it('renders the entity content inside a legacy EntityProvider: the overview, then a section when opened', async () => {
    const listActionItems = jest.fn().mockResolvedValue({ items: [] });
    const api = mockDevexApi({ listActionItems });
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [devexApiRef, api],
          [catalogApiRef, catalogApiMock()],
          [permissionApiRef, mockApis.permission()],
        ]}
      >
        <EntityProvider entity={entity('Resource')}>
          <EntityDevexContent />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(await screen.findByTestId('devex-overview')).toBeInTheDocument();
    expect(api.getSummary).toHaveBeenCalledWith(
      'resource:default/hotpass-devex-governance',
    );
    expect(listActionItems).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('section-tab-action-items'));
    expect(await screen.findByText('No action items')).toBeInTheDocument();
    expect(listActionItems).toHaveBeenCalledWith({
      entityRef: 'resource:default/hotpass-devex-governance',
    });
  });
});
