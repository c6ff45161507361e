import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { Sparkline } from './Sparkline';

const point = (day: number, value: number) => ({
  measuredAt: `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`,
  value,
});

describe('Sparkline', () => {
  it('says so when there are too few measurements to draw a line', async () => {
    await renderInTestApp(
      <Sparkline label="QA loop" series={[point(1, 30)]} />,
    );
    expect(
      screen.getByLabelText('QA loop: not enough measurements'),
    ).toHaveTextContent('—');
  });

  it('draws the measurements with the target dashed, and gives each to screen readers in a table', async () => {
    await renderInTestApp(
      <Sparkline
        label="QA loop"
        series={[point(1, 30), point(11, 20), point(21, 10)]}
        target={20}
        width={102}
        height={22}
        format={v => `${v} min`}
      />,
    );
    const figure = await screen.findByRole('figure', {
      name: 'QA loop: 3 measurements',
    });
    // recharts draws the line and the target at the width given
    const svg = figure.querySelector('svg.recharts-surface')!;
    expect(svg).toHaveAttribute('width', '102');
    expect(figure.querySelector('.recharts-line-curve')).not.toBeNull();
    expect(
      figure.querySelector('.recharts-reference-line line'),
    ).toHaveAttribute('stroke-dasharray', '4 3');
    const table = screen.getByRole('table', {
      name: 'QA loop: 3 measurements',
    });
    const rows = Array.from(table.querySelectorAll('tbody tr')).map(
      r => r.textContent,
    );
    expect(rows).toEqual([
      'Nov 1, 202630 min',
      'Nov 11, 202620 min',
      'Nov 21, 202610 min',
      'Target20 min',
    ]);
  });
});
