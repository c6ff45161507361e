import { screen } from '@testing-library/react';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { sectionPaths } from '../Workspace/sections';
import { DevexOverview } from './DevexOverview';

const paths = sectionPaths('/catalog/default/component/hotpass/devex');

async function summaryOf(overrides: object) {
  const base = await mockDevexApi().getSummary();
  return { ...base, ...overrides };
}

describe('DevexOverview', () => {
  it('links each tile to its section, from the one summary request', async () => {
    const api = mockDevexApi({
      getSummary: jest.fn().mockResolvedValue(
        await summaryOf({
          entityRef: 'component:default/hotpass',
          actionItems: { open: 3, overdue: 1, items: [] },
          sync: {
            scope: { type: 'entity', entityRef: 'component:default/hotpass' },
            total: 10,
            syncedAutomatically: 9,
            ratio: 0.9,
            target: 0.8,
            meetsTarget: true,
          },
        }),
      ),
    });
    await renderWithDevexApi(
      <DevexOverview entityRef="component:default/hotpass" paths={paths} />,
      { api },
    );
    expect(await screen.findByTestId('devex-overview')).toBeInTheDocument();
    expect(api.getSummary).toHaveBeenCalledTimes(1);
    expect(api.getSummary).toHaveBeenCalledWith('component:default/hotpass');
    const actionItems = screen.getByTestId(
      `overview-tile-${paths.actionItems}`,
    );
    expect(actionItems).toHaveTextContent('Open action items');
    expect(actionItems).toHaveTextContent('3');
    expect(actionItems.closest('a')).toHaveAttribute('href', paths.actionItems);
    expect(
      screen.getByTestId(`overview-tile-${paths.compliance}`),
    ).toHaveTextContent('90%');
  });

  it("opens the portal's action items at everyone's overdue ones (the tile counts them all), and says what each tile counts and what its colour means", async () => {
    const api = mockDevexApi({
      getSummary: jest.fn().mockResolvedValue(
        await summaryOf({
          entityRef: null,
          actionItems: { open: 3, overdue: 1, items: [] },
        }),
      ),
    });
    const portal = sectionPaths('/devex');
    await renderWithDevexApi(<DevexOverview paths={portal} />, { api });
    const tile = await screen.findByTestId(
      `overview-tile-${portal.actionItems}`,
    );
    expect(tile.closest('a')).toHaveAttribute(
      'href',
      '/devex/action-items?mine=false&overdue=true',
    );
    expect(tile.closest('a')).toHaveAttribute(
      'title',
      expect.stringContaining('past their due date'),
    );
    expect(
      screen.getByRole('list', { name: "What the tiles' colours mean" }),
    ).toHaveTextContent('off target or overdue');
  });

  it('asks for an open pulse where it is answered, and not once answered', async () => {
    const campaign = {
      id: 'p1',
      title: 'December pulse',
      opensAt: '2026-12-01T00:00:00.000Z',
      closesAt: '2026-12-08T00:00:00.000Z',
    };
    const api = mockDevexApi({
      getSummary: jest.fn().mockResolvedValue(
        await summaryOf({
          pulse: { campaign, answered: false, responses: 4 },
        }),
      ),
    });
    await renderWithDevexApi(
      <DevexOverview paths={paths} pulsePath="/devex/pulse" />,
      { api },
    );
    const prompt = await screen.findByTestId('pulse-prompt');
    expect(prompt).toHaveTextContent('December pulse is open');
    expect(screen.getByRole('link', { name: 'answer it' })).toHaveAttribute(
      'href',
      '/devex/pulse',
    );
  });
});
