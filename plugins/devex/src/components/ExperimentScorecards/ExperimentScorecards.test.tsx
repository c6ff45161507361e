import { fireEvent, screen, within } from '@testing-library/react';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { aScorecard } from '../../__testUtils__/records';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { ExperimentScorecards } from './ExperimentScorecards';

const scorecards = [
  aScorecard({ id: 'e1', key: 'EXP-1', title: 'Cache test containers' }),
  aScorecard({
    id: 'e2',
    key: 'EXP-2',
    title: 'Bootstrap environments',
    status: 'planned',
  }),
  aScorecard({
    id: 'e3',
    key: 'EXP-3',
    title: 'Pair reviews',
    status: 'running',
  }),
];

describe('ExperimentScorecards', () => {
  it('asks for the query given and groups the cards by status on the page', async () => {
    const api = mockDevexApi({
      listScorecards: jest.fn().mockResolvedValue({ scorecards }),
    });
    await renderWithDevexApi(
      <ExperimentScorecards
        query={{ owner: ['group:default/qa'] }}
        groupByStatus
        highlightId="e3"
      />,
      { api },
    );
    const running = await screen.findByRole('region', { name: 'Running' });
    expect(within(running).getByText('Running (2)')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Planned' })).toHaveTextContent(
      'Bootstrap environments',
    );
    expect(api.listScorecards).toHaveBeenCalledWith(
      expect.objectContaining({ owner: ['group:default/qa'] }),
    );
    expect(screen.getByTestId('highlighted-experiment')).toHaveTextContent(
      'Pair reviews',
    );
  });

  it('shows a page of scorecards and the next one through the cursor on "Show more"', async () => {
    const api = mockDevexApi({
      listScorecards: jest
        .fn()
        .mockResolvedValueOnce({
          scorecards: scorecards.slice(0, 2),
          nextCursor: 'after-EXP-2',
        })
        .mockResolvedValueOnce({ scorecards: scorecards.slice(2) }),
    });
    await renderWithDevexApi(
      <ExperimentScorecards query={{ entityRef: 'component:default/x' }} />,
      { api },
    );
    expect(
      await screen.findByText(/Bootstrap environments/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Pair reviews/)).not.toBeInTheDocument();
    expect(api.listScorecards).toHaveBeenLastCalledWith(
      expect.objectContaining({ limit: 20, cursor: undefined }),
    );

    fireEvent.click(
      screen.getByRole('button', { name: 'Show more experiments' }),
    );
    expect(await screen.findByText(/Pair reviews/)).toBeInTheDocument();
    expect(api.listScorecards).toHaveBeenLastCalledWith(
      expect.objectContaining({ cursor: 'after-EXP-2' }),
    );
    expect(
      screen.queryByRole('button', { name: 'Show more experiments' }),
    ).not.toBeInTheDocument();
  });

  it('says when no experiment concerns the entity', async () => {
    await renderWithDevexApi(
      <ExperimentScorecards query={{ entityRef: 'component:default/x' }} />,
    );
    expect(await screen.findByText('No experiments')).toBeInTheDocument();
  });
});
