import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { ActionItemDialog } from './ActionItemDialog';

const qa = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'qa', namespace: 'default', title: 'Quality' },
  spec: { type: 'team', children: [] },
};

describe('ActionItemDialog', () => {
  it("adds an item to the tab's entity with an owner picked from the catalog", async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    await renderWithDevexApi(
      <ActionItemDialog
        open
        entityRef="component:default/hotpass"
        onClose={jest.fn()}
        onSubmit={onSubmit}
      />,
      { entities: [qa] },
    );
    // the tab's entity is given: the form does not ask for it
    expect(screen.queryByRole('textbox', { name: /entity/i })).toBeNull();
    const add = screen.getByRole('button', { name: 'Add' });
    expect(add).toBeDisabled();
    await userEvent.type(
      screen.getByRole('textbox', { name: /title/i }),
      'Cache the test containers',
    );
    await waitFor(() =>
      expect(
        screen.getByRole('option', { name: /Quality/ }),
      ).toBeInTheDocument(),
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /owner/i }),
      'group:default/qa',
    );
    expect(add).toBeEnabled();
    await userEvent.click(add);
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Cache the test containers',
        entityRef: 'component:default/hotpass',
        owner: 'group:default/qa',
        status: 'open',
        source: 'manual',
        sourceId: null,
      }),
    );
  });

  it('edits an item, keeping an owner the catalog no longer lists', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    await renderWithDevexApi(
      <ActionItemDialog
        open
        item={{
          id: 'a1',
          title: 'Chase the exporter',
          description: '',
          entityRef: 'component:default/hotpass',
          owner: 'group:default/gone',
          dueDate: '2026-12-15',
          status: 'in_progress',
          source: 'monthly_sync',
          sourceId: 'monthly-sync-2026-11',
          createdBy: 'user:default/guest',
          createdAt: '2026-11-01T00:00:00.000Z',
          updatedAt: '2026-11-01T00:00:00.000Z',
          version: 2,
        }}
        onClose={jest.fn()}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.getByRole('textbox', { name: /entity/i })).toHaveValue(
      'component:default/hotpass',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        owner: 'group:default/gone',
        sourceId: 'monthly-sync-2026-11',
        status: 'in_progress',
      }),
    );
  });
});
