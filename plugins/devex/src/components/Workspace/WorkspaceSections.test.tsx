import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { sectionPaths } from './sections';
import { WorkspaceSections } from './WorkspaceSections';

function Workspace() {
  return (
    <Routes>
      <Route
        path="/devex/*"
        element={
          <WorkspaceSections
            label="Sections"
            sections={[
              { section: 'overview', element: <p>the overview</p> },
              { section: 'actionItems', element: <p>the action items</p> },
              { section: 'pulse', element: <p>the pulse</p> },
            ]}
          />
        }
      />
    </Routes>
  );
}

describe('WorkspaceSections', () => {
  it('shows each section at its own URL, with the titles declared once', async () => {
    await renderInTestApp(<Workspace />, {
      routeEntries: ['/devex/action-items'],
    });
    expect(screen.getByText('the action items')).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map(t => t.textContent)).toEqual([
      'Overview',
      'Action items',
      'Pulse',
    ]);
    await userEvent.click(screen.getByRole('tab', { name: 'Pulse' }));
    expect(screen.getByText('the pulse')).toBeInTheDocument();
    expect(screen.queryByText('the action items')).toBeNull();
  });

  it('opens the overview for a section the workspace does not have', async () => {
    await renderInTestApp(<Workspace />, { routeEntries: ['/devex/forum'] });
    expect(screen.getByText('the overview')).toBeInTheDocument();
  });
});

describe('sectionPaths', () => {
  it("gives each section's absolute path under a workspace", () => {
    const paths = sectionPaths('/catalog/default/component/hotpass/devex/');
    expect(paths.overview).toBe('/catalog/default/component/hotpass/devex');
    expect(paths.backlogAndRisks).toBe(
      '/catalog/default/component/hotpass/devex/backlog-and-risks',
    );
  });
});
