import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anExperiment } from '../../__testUtils__/records';
import { ChangeStatusDialog } from './ChangeStatusDialog';

describe('ChangeStatusDialog', () => {
  it('offers only the legal next states and sends the note with the version read', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    render(
      <ChangeStatusDialog
        experiment={anExperiment({ status: 'running' })}
        onClose={jest.fn()}
        onSubmit={onSubmit}
      />,
    );
    const to = screen.getByRole('combobox', { name: /new status/i });
    expect(
      within(to)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual(['Observing', 'Paused', 'Abandoned']);
    await userEvent.selectOptions(to, 'Paused');
    await userEvent.type(
      screen.getByRole('textbox', { name: /note/i }),
      'Staging is down',
    );
    await userEvent.click(screen.getByRole('button', { name: /change/i }));
    expect(onSubmit).toHaveBeenCalledWith({
      to: 'paused',
      note: 'Staging is down',
      version: 4,
    });
  });

  it('asks for the decision when the experiment is decided, and shows a refusal', async () => {
    const onSubmit = jest
      .fn()
      .mockRejectedValue(new Error('The experiment changed meanwhile'));
    render(
      <ChangeStatusDialog
        experiment={anExperiment({ status: 'observing' })}
        onClose={jest.fn()}
        onSubmit={onSubmit}
      />,
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /new status/i }),
      'Decided',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /decision/i }),
      'Retire',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /note/i }),
      'No gain',
    );
    await userEvent.click(screen.getByRole('button', { name: /change/i }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ to: 'decided', decision: 'retire' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The experiment changed meanwhile',
      ),
    );
  });
});
