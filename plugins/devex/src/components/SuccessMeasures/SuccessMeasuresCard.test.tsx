import { SuccessMeasureResult } from '@devex-governance/backstage-plugin-devex-common';
import { screen, within } from '@testing-library/react';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { SuccessMeasuresCard } from './SuccessMeasuresCard';

const onboarding: SuccessMeasureResult = {
  measure: {
    id: 'onboarding',
    title: 'Onboarding time',
    metric: 'devex.onboarding_duration',
    unit: 'min',
    aggregation: 'median',
    windowDays: 30,
    comparator: 'lte',
    target: 90,
    baseline: 150,
    deadline: '2027-03-31',
    recurrence: null,
    scope: { type: 'portal' },
    sources: ['manual'],
  },
  value: 104,
  progress: 46 / 60,
  status: 'on_track',
  deadline: '2027-03-31',
  daysToDeadline: 117,
  projectedAtDeadline: 80,
  series: [
    { value: 150, measuredAt: '2026-10-01T00:00:00.000Z' },
    { value: 104, measuredAt: '2026-12-01T00:00:00.000Z' },
  ],
  waiver: null,
};

describe('SuccessMeasuresCard', () => {
  it('shows each measure against its target, with its status, deadline and projection', async () => {
    const api = mockDevexApi({
      listSuccessMeasures: jest
        .fn()
        .mockResolvedValue({ measures: [onboarding] }),
      listMetricSources: jest.fn().mockResolvedValue({
        sources: [
          {
            id: 'prefect',
            ok: false,
            message: 'unreachable',
            collectedAt: '2026-12-01T05:00:00.000Z',
            measurements: 0,
          },
        ],
      }),
    });
    await renderWithDevexApi(<SuccessMeasuresCard />, { api });
    const tile = await screen.findByRole('region', { name: 'Onboarding time' });
    expect(
      within(tile).getByText('104 min', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(within(tile).getByText('target 90 min')).toBeInTheDocument();
    // on track says what it rests on: the projection at the deadline
    expect(within(tile).getByTestId('measure-status')).toHaveTextContent(
      'On track: projected 80 min by Mar 31, 2027',
    );
    // the deadline as every date reads, and how far it is in calendar days (the tests' clock:
    // 25 November 2026)
    expect(tile).toHaveTextContent(
      'median, last 30 days · deadline Mar 31, 2027 (in 126 days)',
    );
    // the chart's values, target and projection, as screen readers get them
    const table = await within(tile).findByRole('table', {
      name: 'Onboarding time: 2 values',
    });
    expect(
      Array.from(table.querySelectorAll('tbody tr')).map(r => r.textContent),
    ).toEqual([
      'Oct 1, 2026150 min',
      'Dec 1, 2026104 min',
      'Target90 min',
      'Projected at the deadline, Mar 31, 202780 min',
    ]);
    expect(await screen.findByText(/prefect: unreachable/)).toBeInTheDocument();
  });
});
