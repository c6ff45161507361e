import { Anomaly } from '@devex-governance/backstage-plugin-devex-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { ForumAnomalies } from './ForumAnomalies';

const anomaly = {
  id: 'n1',
  metricKey: 'devex.qa_loop_duration',
  metricName: 'QA feedback loop (median)',
  unit: 'min',
  entityRef: null,
  kind: 'level',
  value: 31,
  baseline: 14,
  deviations: 3.4,
  baselineWeeks: 8,
  windowFrom: '2026-11-27T10:00:00.000Z',
  windowTo: '2026-12-04T10:00:00.000Z',
  detectedAt: '2026-12-04T10:00:00.000Z',
  explanation:
    'QA feedback loop median 31 min this week, 3.4 MADs above its 8-week baseline of 14 min',
  status: 'open',
  note: null,
  decidedBy: null,
  decidedAt: null,
  actionItemId: null,
} as Anomaly;

describe('ForumAnomalies', () => {
  it("hands a dismissal to the forum, which records it in the minutes, and reloads the step's list", async () => {
    const api = mockDevexApi({
      listAnomalies: jest
        .fn()
        .mockResolvedValueOnce([anomaly])
        .mockResolvedValue([]),
    });
    const onDismiss = jest.fn().mockResolvedValue(undefined);
    await renderWithDevexApi(
      <ForumAnomalies onDismiss={onDismiss} onTakeUp={jest.fn()} />,
      { api },
    );
    const item = await screen.findByRole('article', {
      name: anomaly.explanation,
    });
    expect(within(item).getByText('the portal')).toBeInTheDocument();
    await userEvent.click(
      within(item).getByRole('button', { name: 'Dismiss' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /why it needs no action/i }),
      'Known: the runner pool was halved',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Dismiss' }),
    );
    await waitFor(() =>
      expect(onDismiss).toHaveBeenCalledWith(
        anomaly,
        'Known: the runner pool was halved',
      ),
    );
    expect(api.dismissAnomaly).not.toHaveBeenCalled();
    expect(
      await screen.findByText(
        'No measurement series is beyond its own baseline this week.',
      ),
    ).toBeInTheDocument();
  });

  it('takes an anomaly up as an action item, its explanation in the description', async () => {
    const api = mockDevexApi({
      listAnomalies: jest.fn().mockResolvedValue([anomaly]),
    });
    const onTakeUp = jest.fn().mockResolvedValue(undefined);
    await renderWithDevexApi(
      <ForumAnomalies onDismiss={jest.fn()} onTakeUp={onTakeUp} />,
      {
        api,
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Group',
            metadata: { name: 'qa', namespace: 'default' },
            spec: { type: 'team', children: [] },
          },
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'hotpass', namespace: 'default' },
            spec: { type: 'service', owner: 'group:default/qa' },
          },
        ],
      },
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Take up' }),
    );
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: /title/i })).toHaveValue(
      'Look into QA feedback loop (median)',
    );
    // Add says what it still needs
    expect(within(dialog).getByRole('button', { name: 'Add' })).toBeDisabled();
    expect(within(dialog).getByTestId('submit-missing')).toHaveTextContent(
      'Still needed: an entity, an owner',
    );
    await waitFor(() =>
      expect(
        within(
          within(dialog).getByRole('combobox', { name: /owner/i }),
        ).getAllByRole('option').length,
      ).toBeGreaterThan(1),
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /entity/i }),
      'hotpass',
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'hotpass' }),
    );
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: /owner/i }),
      'group:default/qa',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(onTakeUp).toHaveBeenCalledWith(
        anomaly,
        expect.objectContaining({
          title: 'Look into QA feedback loop (median)',
          description: anomaly.explanation,
          entityRef: 'component:default/hotpass',
          owner: 'group:default/qa',
        }),
      ),
    );
  });
});
