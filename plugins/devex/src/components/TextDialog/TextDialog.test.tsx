import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextDialog } from './TextDialog';

describe('TextDialog', () => {
  it('submits its fields once the required one is filled', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    render(
      <TextDialog
        title="Resolve blocker"
        fields={[{ label: 'Resolution' }, { label: 'Link', required: false }]}
        submitLabel="Resolve"
        onClose={jest.fn()}
        onSubmit={onSubmit}
      />,
    );
    const resolve = screen.getByRole('button', { name: 'Resolve' });
    expect(resolve).toBeDisabled();
    await userEvent.type(
      screen.getByRole('textbox', { name: /resolution/i }),
      'Access granted',
    );
    expect(resolve).toBeEnabled();
    await userEvent.click(resolve);
    expect(onSubmit).toHaveBeenCalledWith(['Access granted', '']);
  });

  it('keeps the dialog open with the message of a failed submit', async () => {
    render(
      <TextDialog
        title="Delete the item?"
        text="This cannot be undone."
        submitLabel="Delete"
        destructive
        onClose={jest.fn()}
        onSubmit={jest.fn().mockRejectedValue(new Error('Version conflict'))}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(screen.getByText('Version conflict')).toBeInTheDocument(),
    );
    expect(screen.getByText('This cannot be undone.')).toBeInTheDocument();
  });
});
