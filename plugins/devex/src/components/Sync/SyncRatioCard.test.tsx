import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { SyncRatioCard } from './SyncRatioCard';

const overview = {
  ratio: {
    scope: { type: 'entity', entityRef: 'component:default/hotpass' },
    total: 10,
    syncedAutomatically: 6,
    waived: 2,
    waivedCounted: false,
    ratio: 0.75,
    target: 0.8,
    meetsTarget: false,
  },
  history: [],
  notSyncedAutomatically: [],
  fileErrors: [
    {
      entityRef: 'component:default/hotpass',
      location: 'https://example.com/backlog.yaml',
      error: 'line 3: framework is required',
      readAt: '2026-12-01T05:00:00.000Z',
    },
  ],
  conflicts: [],
};

describe('SyncRatioCard', () => {
  it('shows the ratio against the target, waived items left out, and a file that could not be read', async () => {
    const api = mockDevexApi({
      getSyncOverview: jest.fn().mockResolvedValue(overview),
    });
    await renderWithDevexApi(
      <SyncRatioCard entityRef="component:default/hotpass" />,
      { api, authorize: AuthorizeResult.DENY },
    );
    expect(await screen.findByTestId('sync-ratio')).toHaveTextContent('75%');
    expect(
      screen.getByText(/6 of 8 synced automatically · target 80%/),
    ).toBeInTheDocument();
    expect(screen.getByTestId('sync-waived')).toHaveTextContent(
      '2 waived (left out of the ratio)',
    );
    expect(
      screen.getByRole('meter', {
        name: 'Synced automatically against the target',
      }),
    ).toHaveAttribute('aria-valuenow', '75');
    expect(screen.getByText(/framework is required/)).toBeInTheDocument();
    // a reader cannot start a run
    expect(screen.queryByRole('button', { name: 'Sync now' })).toBeNull();
  });

  it('starts a sync run for those allowed to', async () => {
    const api = mockDevexApi({
      getSyncOverview: jest.fn().mockResolvedValue(overview),
      triggerSync: jest.fn().mockResolvedValue(undefined),
    });
    await renderWithDevexApi(<SyncRatioCard />, { api });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Sync now' }),
    );
    await waitFor(() => expect(api.triggerSync).toHaveBeenCalledTimes(1));
  });
});
