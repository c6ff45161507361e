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

  it('draws the measurements in time order across its width, the target dashed', async () => {
    await renderInTestApp(
      <Sparkline
        label="QA loop"
        series={[point(1, 30), point(11, 20), point(21, 10)]}
        target={20}
        width={102}
        height={22}
      />,
    );
    const svg = screen.getByRole('img', { name: 'QA loop: 3 measurements' });
    // x from 1 to width - 1; the highest value at the top (y 1), the lowest at the bottom
    expect(svg.querySelector('polyline')).toHaveAttribute(
      'points',
      '1.0,1.0 51.0,11.0 101.0,21.0',
    );
    const target = svg.querySelector('line')!;
    expect(target).toHaveAttribute('y1', '11');
    expect(target).toHaveAttribute('stroke-dasharray', '3 3');
  });
});
