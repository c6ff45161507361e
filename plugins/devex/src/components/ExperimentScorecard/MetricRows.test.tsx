import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { MetricRows } from './MetricRows';

describe('MetricRows', () => {
  it("shows a Four Keys value's performance band and where its thresholds come from", async () => {
    await renderInTestApp(
      <MetricRows
        metrics={[
          {
            metric: {
              key: 'dora.lead_time',
              name: 'Lead time for changes',
              family: 'DORA',
              unit: 'h',
              lowerIsBetter: true,
            },
            baseline: 62,
            target: 48,
            comparator: 'lte',
            current: 58,
            progress: 4 / 14,
            targetMet: false,
            status: 'at_risk',
            trend: 'improving',
            band: {
              level: 'high',
              source: 'DORA, Accelerate State of DevOps Report 2023',
            },
            series: [],
            measurements: 0,
          },
        ]}
      />,
    );
    const row = screen.getByTestId('metric-dora.lead_time');
    expect(within(row).getByTestId('performance-band')).toHaveTextContent(
      'High performer (DORA, Accelerate State of DevOps Report 2023)',
    );
  });
});
