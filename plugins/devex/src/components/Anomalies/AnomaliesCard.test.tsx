import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Anomaly } from '@devex-governance/backstage-plugin-devex-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { AnomaliesCard } from './AnomaliesCard';

const anomaly: Anomaly = {
  id: 'n1',
  metricKey: 'pipeline.success_rate',
  metricName: 'Pipeline success rate',
  unit: '%',
  entityRef: 'component:default/prefect-pipelines',
  kind: 'level',
  value: 78,
  baseline: 97,
  deviations: -6.2,
  baselineWeeks: 8,
  windowFrom: '2026-11-27T10:00:00.000Z',
  windowTo: '2026-12-04T10:00:00.000Z',
  detectedAt: '2026-12-04T10:00:00.000Z',
  explanation:
    'Pipeline success rate median 78% this week, 6.2 MADs below its 8-week baseline of 97%',
  status: 'open',
  note: null,
  decidedBy: null,
  decidedAt: null,
  actionItemId: null,
};

describe('AnomaliesCard', () => {
  it('explains each anomaly and dismisses one with the note given', async () => {
    const api = mockDevexApi({
      dismissAnomaly: jest
        .fn()
        .mockResolvedValue({ ...anomaly, status: 'dismissed' }),
    });
    const onDismissed = jest.fn();
    await renderWithDevexApi(
      <AnomaliesCard
        anomalies={[anomaly]}
        showEntity
        onDismissed={onDismissed}
      />,
      { api },
    );
    const item = screen.getByRole('article', { name: anomaly.explanation });
    expect(within(item).getByText(anomaly.explanation)).toBeInTheDocument();
    expect(within(item).getByText('prefect-pipelines')).toBeInTheDocument();
    await userEvent.click(
      within(item).getByRole('button', { name: 'Dismiss' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /why it needs no action/i }),
      'Prefect upgrade, fixed on Monday',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Dismiss' }),
    );
    await waitFor(() => expect(onDismissed).toHaveBeenCalled());
    expect(api.dismissAnomaly).toHaveBeenCalledWith(
      'n1',
      'Prefect upgrade, fixed on Monday',
    );
  });

  it('offers no dismissal to a reader', async () => {
    await renderWithDevexApi(
      <AnomaliesCard
        anomalies={[anomaly]}
        showEntity={false}
        onDismissed={jest.fn()}
      />,
      { authorize: AuthorizeResult.DENY },
    );
    expect(screen.getByTestId('anomaly')).toHaveTextContent('6.2 MADs below');
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
  });
});
