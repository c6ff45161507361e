import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { devexApiRef } from './api';
import { mockDevexApi } from './testUtils/mockDevexApi';
import devexPlugin from './alpha';

describe('the new-frontend-system plugin', () => {
  it('mounts the DevEx tab on a Component and loads its action items', async () => {
    const listActionItems = jest.fn().mockResolvedValue({ items: [] });
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
        [devexApiRef, mockDevexApi({ listActionItems })],
        [catalogApiRef, catalogApiMock()],
      ],
    });
    expect(await screen.findByText('Action items')).toBeInTheDocument();
    expect(listActionItems).toHaveBeenCalledWith({
      entityRef: 'component:default/hotpass',
    });
  });
});
