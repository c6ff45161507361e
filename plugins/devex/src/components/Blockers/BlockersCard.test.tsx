import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { aBlocker } from '../../__testUtils__/records';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { BlockersCard } from './BlockersCard';

const entityRef = 'component:default/prefect-pipelines';

describe('BlockersCard', () => {
  it("raises a blocker on the tab's entity and lists it after", async () => {
    const raised = aBlocker({ id: 'b2', title: 'make qa fails' });
    const api = mockDevexApi({
      listBlockers: jest
        .fn()
        .mockResolvedValueOnce({ items: [], sourceErrors: [] })
        .mockResolvedValue({ items: [raised], sourceErrors: [] }),
      raiseBlocker: jest.fn().mockResolvedValue(raised),
    });
    await renderWithDevexApi(<BlockersCard entityRef={entityRef} />, { api });
    expect(await screen.findByText('No open blockers.')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Raise blocker' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /title/i }),
      'make qa fails',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Raise' }),
    );
    expect(api.raiseBlocker).toHaveBeenCalledWith({
      entityRef,
      title: 'make qa fails',
      description: '',
    });
    expect(
      await screen.findByRole('article', { name: 'make qa fails' }),
    ).toBeInTheDocument();
  });

  it('resolves with the version read, and offers no writes without the permission', async () => {
    const blocker = aBlocker({ version: 3 });
    const api = mockDevexApi({
      listBlockers: jest
        .fn()
        .mockResolvedValue({ items: [blocker], sourceErrors: [] }),
      resolveBlocker: jest.fn().mockResolvedValue(blocker),
    });
    await renderWithDevexApi(<BlockersCard entityRef={entityRef} />, { api });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Resolve' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /resolution/i }),
      'Access granted',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Resolve' }),
    );
    await waitFor(() =>
      expect(api.resolveBlocker).toHaveBeenCalledWith('b1', {
        resolution: 'Access granted',
        version: 3,
      }),
    );
  });

  it('shows a read error of a Next_Steps file and no write for a reader', async () => {
    const api = mockDevexApi({
      listBlockers: jest.fn().mockResolvedValue({
        items: [aBlocker({ source: 'next-steps' })],
        sourceErrors: [
          {
            entityRef,
            location: 'https://example.com/Next_Steps.md',
            error: 'The file could not be read',
            readAt: '2026-12-01T05:00:00.000Z',
          },
        ],
      }),
    });
    await renderWithDevexApi(<BlockersCard entityRef={entityRef} />, {
      api,
      authorize: AuthorizeResult.DENY,
    });
    expect(await screen.findByTestId('next-steps-error')).toHaveTextContent(
      'The file could not be read',
    );
    expect(screen.getByText('(from Next_Steps.md)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Raise blocker' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resolve' })).toBeNull();
  });
});
