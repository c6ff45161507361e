import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { EntityDevexContent } from './EntityDevexContent';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'hotpass', namespace: 'default' },
  spec: { type: 'service', owner: 'group:default/qa', lifecycle: 'production' },
};

async function renderTab(path: string) {
  const api = mockDevexApi();
  await renderWithDevexApi(
    <Routes>
      <Route
        path="/catalog/default/component/hotpass/devex/*"
        element={
          <EntityProvider entity={entity}>
            <EntityDevexContent />
          </EntityProvider>
        }
      />
    </Routes>,
    { api, routeEntries: [path] },
  );
  return api;
}

describe('EntityDevexContent', () => {
  it("opens on the entity's overview, from one summary request, with the tab's sections", async () => {
    const api = await renderTab('/catalog/default/component/hotpass/devex');
    expect(await screen.findByTestId('devex-overview')).toBeInTheDocument();
    expect(api.getSummary).toHaveBeenCalledWith('component:default/hotpass');
    expect(screen.getAllByRole('tab').map(t => t.textContent)).toEqual([
      'Overview',
      'Experiments',
      'Action items',
      'Calendar',
      'Compliance',
      'Backlog and risks',
    ]);
    // the overview's tiles lead into the tab's own sections
    expect(
      screen.getByTestId(
        'overview-tile-/catalog/default/component/hotpass/devex/action-items',
      ),
    ).toBeInTheDocument();
  });

  it("opens a section at its own URL, asking only for the entity's records", async () => {
    const api = await renderTab(
      '/catalog/default/component/hotpass/devex/experiments',
    );
    expect(await screen.findByText('No experiments')).toBeInTheDocument();
    expect(api.listScorecards).toHaveBeenCalledWith(
      expect.objectContaining({ entityRef: 'component:default/hotpass' }),
    );
    expect(api.getSummary).not.toHaveBeenCalled();
  });
});
