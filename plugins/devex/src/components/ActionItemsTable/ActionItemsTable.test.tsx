import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anActionItem } from '../../__testUtils__/records';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { ActionItemsTable, ActionItemsTableProps } from './ActionItemsTable';

function props(
  overrides: Partial<ActionItemsTableProps> = {},
): ActionItemsTableProps {
  return {
    items: [anActionItem()],
    canUpdate: true,
    canDelete: true,
    onEdit: jest.fn(),
    onDelete: jest.fn(),
    onStatusChange: jest.fn(),
    ...overrides,
  };
}

describe('ActionItemsTable', () => {
  it('changes a status in place and hands edits and deletes to the card', async () => {
    const p = props();
    await renderWithDevexApi(<ActionItemsTable {...p} />);
    await userEvent.selectOptions(
      screen.getByRole('combobox', {
        name: 'Status of Validate Prefect backfill guardrails in staging',
      }),
      'Done',
    );
    // the table hands back the item it was given (material-table adds its own bookkeeping)
    const theItem = expect.objectContaining({ id: 'a1', version: 3 });
    expect(p.onStatusChange).toHaveBeenCalledWith(theItem, 'done');
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Edit Validate Prefect backfill guardrails in staging',
      }),
    );
    expect(p.onEdit).toHaveBeenCalledWith(theItem);
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Delete Validate Prefect backfill guardrails in staging',
      }),
    );
    expect(p.onDelete).toHaveBeenCalledWith(theItem);
    expect(screen.getByText('monthly-sync-2026-11')).toBeInTheDocument();
  });

  it('shows a reader the status as text and no actions', async () => {
    await renderWithDevexApi(
      <ActionItemsTable {...props({ canUpdate: false, canDelete: false })} />,
      { authorize: AuthorizeResult.DENY },
    );
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByText('Open')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
  });

  it("lets an item's owner change its status, and nothing else", async () => {
    // without the card's permission, the item is asked about as its owner's
    await renderWithDevexApi(
      <ActionItemsTable {...props({ canUpdate: false, canDelete: false })} />,
      { authorize: AuthorizeResult.ALLOW },
    );
    expect(await screen.findByRole('combobox')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
  });
});
