import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { aBacklogItem } from '../../__testUtils__/records';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { BacklogReview } from './BacklogReview';

const first = aBacklogItem();
const second = aBacklogItem({
  id: 'i2',
  initiative: 'Self-service SBOM attestation',
  rank: 2,
  version: 5,
  dependencies: ['Golden path template for Prefect flows'],
});

function apiWith() {
  return mockDevexApi({
    listBacklog: jest
      .fn()
      .mockResolvedValue({ items: [first, second], history: [] }),
    reorderBacklog: jest.fn().mockResolvedValue({}),
  });
}

describe('BacklogReview', () => {
  it('moves an item in review mode only with a note, which goes with the move', async () => {
    const api = apiWith();
    await renderWithDevexApi(<BacklogReview />, { api });
    expect(
      await screen.findByText(
        'Depends on: Golden path template for Prefect flows',
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Review mode' }),
    );
    const up = screen.getByRole('button', {
      name: 'Move Self-service SBOM attestation up',
    });
    expect(up).toBeDisabled();
    await userEvent.type(
      screen.getByRole('textbox', { name: /why this reprioritisation/i }),
      'Audit due in March',
    );
    await userEvent.click(up);
    await waitFor(() =>
      expect(api.reorderBacklog).toHaveBeenCalledWith({
        itemId: 'i2',
        toRank: 1,
        version: 5,
        note: 'Audit due in March',
      }),
    );
    // the first item cannot move up
    expect(
      screen.getByRole('button', {
        name: 'Move Golden path template for Prefect flows up',
      }),
    ).toBeDisabled();
  });

  it('hands a move to the forum when it records moves as outputs', async () => {
    const api = apiWith();
    const onMove = jest.fn().mockResolvedValue(undefined);
    await renderWithDevexApi(
      <BacklogReview initialReviewing onMove={onMove} />,
      {
        api,
      },
    );
    await userEvent.type(
      await screen.findByRole('textbox', {
        name: /why this reprioritisation/i,
      }),
      'Unblocks the pilot',
    );
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Move Golden path template for Prefect flows down',
      }),
    );
    await waitFor(() =>
      expect(onMove).toHaveBeenCalledWith(first, 2, 'Unblocks the pilot'),
    );
    expect(api.reorderBacklog).not.toHaveBeenCalled();
  });

  it('offers no review mode to a reader', async () => {
    await renderWithDevexApi(<BacklogReview />, {
      api: apiWith(),
      authorize: AuthorizeResult.DENY,
    });
    expect(await screen.findAllByTestId('backlog-row')).toHaveLength(2);
    expect(screen.queryByRole('checkbox', { name: 'Review mode' })).toBeNull();
  });
});
