import { screen, within } from '@testing-library/react';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { PulseTrend } from './PulseTrend';

describe('PulseTrend', () => {
  it("shows each campaign's participation and satisfaction, and why one is not shown", async () => {
    const api = mockDevexApi({
      getPulseTrend: jest.fn().mockResolvedValue([
        {
          campaignId: 'c3',
          title: 'December pulse',
          period: '2026-12',
          closesAt: '2026-12-08T00:00:00.000Z',
          responses: null,
          population: 40,
          responseRate: null,
          satisfaction: null,
          hiddenReason: 'campaign-open',
        },
        {
          campaignId: 'c2',
          title: 'November pulse',
          period: '2026-11',
          closesAt: '2026-11-08T00:00:00.000Z',
          responses: 12,
          population: 40,
          responseRate: 0.3,
          satisfaction: 3.84,
          hiddenReason: null,
        },
        {
          campaignId: 'c1',
          title: 'October pulse',
          period: '2026-10',
          closesAt: '2026-10-08T00:00:00.000Z',
          responses: null,
          population: 40,
          responseRate: null,
          satisfaction: null,
          hiddenReason: 'too-few-responses',
        },
      ]),
    });
    await renderWithDevexApi(<PulseTrend />, { api });
    const rows = await screen.findAllByTestId('pulse-trend-row');
    expect(rows.map(r => r.textContent)).toEqual([
      '2026-12after it closesafter it closes',
      '2026-1112 of 40 (30%)3.84 / 5',
      '2026-10too few answers to showtoo few answers to show',
    ]);
    expect(
      within(screen.getByRole('table', { name: 'Pulse across campaigns' }))
        .getAllByRole('columnheader')
        .map(h => h.textContent),
    ).toEqual(['Campaign', 'Participation', 'Satisfaction']);
  });
});
