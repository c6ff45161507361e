import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { devexApiRef } from './api';
import { mockDevexApi } from './__testUtils__/mockDevexApi';
import devexPlugin from './alpha';

describe('the new-frontend-system plugin', () => {
  it('mounts the DevEx tab on a Component: its overview from one summary request, with links to its sections', async () => {
    const listActionItems = jest.fn().mockResolvedValue({ items: [] });
    const api = mockDevexApi({ listActionItems });
    renderTestApp({
      extensions: [
        createTestEntityPage({
          entity: {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'hotpass' },
            spec: { type: 'service', owner: 'platform-eng' },
          },
        }),
        devexPlugin.getExtension('entity-content:devex'),
      ],
      apis: [
        [devexApiRef, api],
        [catalogApiRef, catalogApiMock()],
      ],
    });
    expect(await screen.findByTestId('devex-overview')).toBeInTheDocument();
    expect(api.getSummary).toHaveBeenCalledWith('component:default/hotpass');
    expect(listActionItems).not.toHaveBeenCalled();
    // the test page mounts the content alone at '/', without the entity page's sub-routes; the
    // browser tests follow the sections in the app
    expect(screen.getByTestId('section-tab-action-items')).toHaveAttribute(
      'href',
      '/action-items',
    );
  });
});
