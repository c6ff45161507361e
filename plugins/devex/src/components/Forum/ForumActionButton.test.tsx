import { renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ForumActionButton } from './ForumActionButton';

describe('ForumActionButton', () => {
  const confirm = {
    title: 'Finish with nothing recorded?',
    text: 'This forum has no attendees recorded.',
    confirmLabel: 'Finish anyway',
  };

  it('asks first when given a confirmation: cancelling does nothing, confirming runs', async () => {
    const run = jest.fn().mockResolvedValue(undefined);
    await renderInTestApp(
      <ForumActionButton label="Finish forum" run={run} confirm={confirm} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Finish forum' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Finish with nothing recorded?',
    });
    expect(dialog).toHaveTextContent('no attendees recorded');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(run).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Finish forum' }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Finish anyway' }),
    );
    await waitFor(() => expect(run).toHaveBeenCalledTimes(1));
  });

  it('runs at once without one, and shows what went wrong', async () => {
    const run = jest.fn().mockRejectedValue(new Error('Forum already held'));
    await renderInTestApp(<ForumActionButton label="Run forum" run={run} />);
    await userEvent.click(screen.getByRole('button', { name: 'Run forum' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Forum already held',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
