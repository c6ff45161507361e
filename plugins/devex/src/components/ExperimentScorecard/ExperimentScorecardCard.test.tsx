import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { ExperimentScorecard } from '@devex-governance/backstage-plugin-devex-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SWRConfig } from 'swr';
import { ExperimentScorecardCard } from './ExperimentScorecardCard';

const scorecard: ExperimentScorecard = {
  status: 'at_risk',
  experiment: {
    id: 'e1',
    key: 'EXP-1',
    title: 'Automated environment bootstrap',
    hypothesis:
      'Scripted environment set-up cuts onboarding time by about 40%.',
    design: '',
    owner: 'group:default/platform-eng',
    entityRefs: ['component:default/hotpass-idp-bootstrap'],
    status: 'running',
    decision: null,
    kickoffDate: '2026-11-04',
    pilotDate: null,
    endDate: null,
    vehicle: { type: 'idp_template', ref: 'hotpass-idp-bootstrap' },
    links: [
      {
        type: 'runbook',
        url: 'https://example.com/runbook',
        title: 'DevEx audit runbook',
      },
    ],
    metrics: [
      {
        metricKey: 'devex.onboarding_duration',
        baseline: 150,
        target: 90,
        comparator: 'lte',
      },
    ],
    createdBy: 'user:default/dx-sponsor',
    createdAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-11-04T00:00:00.000Z',
    version: 2,
  },
  metrics: [
    {
      metric: {
        key: 'devex.onboarding_duration',
        name: 'Onboarding duration',
        family: 'DevEx',
        unit: 'min',
        lowerIsBetter: true,
      },
      baseline: 150,
      target: 90,
      comparator: 'lte',
      current: 110,
      progress: 40 / 60,
      targetMet: false,
      status: 'at_risk',
      trend: 'improving',
      band: null,
      series: [
        { value: 150, measuredAt: '2026-11-01T00:00:00.000Z' },
        { value: 110, measuredAt: '2026-11-20T00:00:00.000Z' },
      ],
      measurements: 2,
    },
  ],
  history: [
    {
      id: 't1',
      experimentId: 'e1',
      from: 'planned',
      to: 'running',
      decision: null,
      note: 'Kick-off',
      changedBy: 'user:default/guest',
      changedAt: '2026-11-04T09:00:00.000Z',
    },
  ],
};

async function renderCard(
  authorize: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
  onTransition = jest.fn(),
) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [catalogApiRef, catalogApiMock()],
        [permissionApiRef, mockApis.permission({ authorize })],
      ]}
    >
      <SWRConfig value={{ provider: () => new Map() }}>
        <ExperimentScorecardCard
          scorecard={scorecard}
          onTransition={onTransition}
        />
      </SWRConfig>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return onTransition;
}

describe('ExperimentScorecardCard', () => {
  it('shows the hypothesis, each metric from baseline to target, and the history', async () => {
    await renderCard(AuthorizeResult.ALLOW);
    expect(
      screen.getByText(
        'Scripted environment set-up cuts onboarding time by about 40%.',
      ),
    ).toBeInTheDocument();
    const row = screen.getByTestId('metric-devex.onboarding_duration');
    expect(row).toHaveTextContent('150 → 110 → 90 min');
    expect(row).toHaveTextContent('67%');
    expect(row).toHaveTextContent('At risk');
    expect(
      await within(row).findByRole('figure', {
        name: 'Onboarding duration: 2 measurements',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('list', { name: 'Status history' }),
    ).toHaveTextContent('Planned → Running: Kick-off');
    expect(
      screen.getByRole('link', { name: /DevEx audit runbook/ }),
    ).toHaveAttribute('href', 'https://example.com/runbook');
  });

  it('offers only the legal next states and requires a note', async () => {
    const onTransition = await renderCard(
      AuthorizeResult.ALLOW,
      jest.fn().mockResolvedValue(undefined),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Change status' }),
    );
    const dialog = screen.getByRole('dialog');
    const options = within(dialog)
      .getAllByRole('option')
      .map(o => o.textContent);
    expect(options).toEqual(['Observing', 'Paused', 'Abandoned']);
    const submit = within(dialog).getByRole('button', {
      name: 'Change status',
    });
    expect(submit).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText(/New status/), {
      target: { value: 'observing' },
    });
    await userEvent.type(
      within(dialog).getByLabelText(/Note/),
      'Two sprints of observation',
    );
    await userEvent.click(submit);
    await waitFor(() =>
      expect(onTransition).toHaveBeenCalledWith('e1', {
        to: 'observing',
        note: 'Two sprints of observation',
        version: 2,
      }),
    );
  });

  it('hides the status change from someone who may not make it', async () => {
    await renderCard(AuthorizeResult.DENY);
    expect(
      await screen.findByText('Automated environment bootstrap', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Change status' }),
    ).not.toBeInTheDocument();
  });
});
