import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { aScorecard } from '../../__testUtils__/records';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { ExperimentsPortfolio } from './ExperimentsPortfolio';

const qa = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'qa', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

describe('ExperimentsPortfolio', () => {
  it('filters by owner group and metric family, and exports what it shows', async () => {
    const api = mockDevexApi({
      listScorecards: jest
        .fn()
        .mockResolvedValue({ scorecards: [aScorecard()] }),
      exportScorecardsCsv: jest.fn().mockResolvedValue('key,title\n'),
    });
    URL.createObjectURL = jest.fn(() => 'blob:scorecards');
    URL.revokeObjectURL = jest.fn();
    await renderWithDevexApi(<ExperimentsPortfolio />, {
      api,
      entities: [qa],
    });
    await waitFor(() =>
      expect(screen.getByRole('option', { name: 'qa' })).toBeInTheDocument(),
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /owner group/i }),
      'group:default/qa',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /metric family/i }),
      'DORA',
    );
    await waitFor(() =>
      expect(api.listScorecards).toHaveBeenLastCalledWith(
        expect.objectContaining({
          owner: ['group:default/qa'],
          family: ['DORA'],
        }),
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() =>
      expect(api.exportScorecardsCsv).toHaveBeenCalledWith({
        owner: ['group:default/qa'],
        family: ['DORA'],
      }),
    );
  });
});
