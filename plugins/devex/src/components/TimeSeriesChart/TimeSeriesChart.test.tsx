import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { TimeSeriesChart } from './TimeSeriesChart';

const series = [
  { at: '2026-10-01T12:00:00.000Z', value: 150 },
  { at: '2026-11-01T12:00:00.000Z', value: 120 },
  { at: '2026-12-01T12:00:00.000Z', value: 104 },
];

describe('TimeSeriesChart', () => {
  it('draws the values, the labelled target and deadline, and the projection to it', async () => {
    await renderInTestApp(
      <TimeSeriesChart
        label="Onboarding duration"
        series={series}
        format={v => `${v} min`}
        color="#1db954"
        target={90}
        deadline="2026-12-31"
        projectedAtDeadline={85}
        width={400}
        height={160}
      />,
    );
    const figure = screen.getByRole('figure', {
      name: 'Onboarding duration: 3 values',
    });
    // a line of the values and a dotted one for the projection
    expect(figure.querySelectorAll('.recharts-line-curve')).toHaveLength(2);
    expect(figure.querySelectorAll('.recharts-line-dots circle')).toHaveLength(
      3,
    );
    expect(screen.getByText('Target 90 min')).toBeInTheDocument();
    expect(screen.getByText('Deadline Dec 31, 2026')).toBeInTheDocument();
    // the y axis speaks the unit; the chart is reachable by keyboard
    expect(figure.querySelector('.recharts-yAxis')).toHaveTextContent(/min/);
    expect(figure.querySelector('svg.recharts-surface')).toHaveAttribute(
      'tabindex',
      '0',
    );
    const table = screen.getByRole('table', {
      name: 'Onboarding duration: 3 values',
    });
    expect(
      Array.from(table.querySelectorAll('tbody tr')).map(r => r.textContent),
    ).toEqual([
      'Oct 1, 2026150 min',
      'Nov 1, 2026120 min',
      'Dec 1, 2026104 min',
      'Target90 min',
      'Projected at the deadline, Dec 31, 202685 min',
    ]);
  });

  it('draws no projection when the deadline has passed', async () => {
    await renderInTestApp(
      <TimeSeriesChart
        label="QA loop"
        series={series}
        format={v => `${v} min`}
        color="#1db954"
        deadline="2026-11-15"
        projectedAtDeadline={100}
        width={400}
      />,
    );
    const table = screen.getByRole('table', { name: 'QA loop: 3 values' });
    expect(table).not.toHaveTextContent('Projected');
    expect(
      screen
        .getByRole('figure', { name: 'QA loop: 3 values' })
        .querySelectorAll('.recharts-line-dots circle'),
    ).toHaveLength(3);
  });
});
