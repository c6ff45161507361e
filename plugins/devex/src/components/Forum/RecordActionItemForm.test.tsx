import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { RecordActionItemForm } from './RecordActionItemForm';

const devops = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'devops', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const hotpass = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'hotpass',
    namespace: 'default',
    title: 'Hotpass CLI and pipeline',
  },
  spec: { type: 'service', owner: 'group:default/devops' },
};

describe('RecordActionItemForm', () => {
  it("records an action item as an output of the forum's step, then clears for the next", async () => {
    const output = { id: 'o1' };
    const api = mockDevexApi({
      recordForumActionItem: jest.fn().mockResolvedValue(output),
    });
    const onRecorded = jest.fn();
    await renderWithDevexApi(
      <RecordActionItemForm
        occurrenceId="quarterly-forum:2026-12-15"
        step="metrics"
        onRecorded={onRecorded}
      />,
      { api, entities: [devops, hotpass] },
    );
    const form = screen.getByRole('form', { name: 'Record action item' });
    const record = screen.getByRole('button', { name: 'Record action item' });
    expect(form).toBeInTheDocument();
    expect(record).toBeDisabled();
    // every field is found by its label: no id is shared with the form's heading
    const title = screen.getByRole('textbox', { name: /^title/i });
    await userEvent.type(title, 'Chase the lead-time exporter');
    await waitFor(() =>
      expect(
        within(screen.getByRole('combobox', { name: /^owner/i })).getAllByRole(
          'option',
        ),
      ).toHaveLength(2),
    );
    // the entity is found by its title, not typed as a reference
    await userEvent.type(
      screen.getByRole('textbox', { name: /^entity/i }),
      'Hotpass',
    );
    await userEvent.click(
      await screen.findByRole('option', {
        name: 'Hotpass CLI and pipeline (hotpass)',
      }),
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /^owner/i }),
      'group:default/devops',
    );
    await userEvent.click(record);
    await waitFor(() => expect(onRecorded).toHaveBeenCalledWith(output));
    expect(api.recordForumActionItem).toHaveBeenCalledWith(
      'quarterly-forum:2026-12-15',
      expect.objectContaining({
        step: 'metrics',
        title: 'Chase the lead-time exporter',
        entityRef: 'component:default/hotpass',
        owner: 'group:default/devops',
      }),
    );
    expect(title).toHaveValue('');
  });
});
