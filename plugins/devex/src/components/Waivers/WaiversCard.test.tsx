import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { Waiver } from '@devex-governance/backstage-plugin-devex-common';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SWRConfig } from 'swr';
import { devexApiRef } from '../../api';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { WaiversCard } from './WaiversCard';

const requested: Waiver = {
  id: 'w1',
  subjectType: 'remediation_item',
  subjectId: 'POPIA-002',
  subjectTitle: 'Enrichment minimisation checklists',
  entityRef: 'component:default/compliance-evidence',
  justification: 'Stays a manual review',
  requestedBy: 'user:default/amara',
  requestedAt: '2026-12-01T08:00:00.000Z',
  status: 'requested',
  expiresOn: '2027-03-31',
  inForce: false,
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
  version: 1,
};

function renderCard(authorize: AuthorizeResult.ALLOW | AuthorizeResult.DENY) {
  const api = mockDevexApi({
    listWaivers: jest.fn().mockResolvedValue({ items: [requested] }),
    decideWaiver: jest.fn().mockResolvedValue({
      ...requested,
      status: 'approved',
      inForce: true,
      version: 2,
    }),
  });
  const onChanged = jest.fn();
  const view = renderInTestApp(
    <TestApiProvider
      apis={[
        [devexApiRef, api],
        [permissionApiRef, mockApis.permission({ authorize })],
      ]}
    >
      <SWRConfig value={{ provider: () => new Map() }}>
        <WaiversCard entityRef={requested.entityRef!} onChanged={onChanged} />
      </SWRConfig>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return { api, onChanged, view };
}

describe('WaiversCard', () => {
  it('lists the waivers once (no reload loop) and lets an admin approve one', async () => {
    const { api, onChanged } = renderCard(AuthorizeResult.ALLOW);
    expect(await screen.findByText('POPIA-002')).toBeInTheDocument();
    expect(screen.getByText('Waiver requested')).toBeInTheDocument();
    // settled: one read for one render of the card
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(api.listWaivers).toHaveBeenCalledTimes(1);
    expect(api.listWaivers).toHaveBeenCalledWith({
      entityRef: 'component:default/compliance-evidence',
      status: ['requested', 'approved'],
      limit: 100,
    });

    await userEvent.click(
      screen.getByRole('button', { name: 'Approve the waiver for POPIA-002' }),
    );
    await waitFor(() =>
      expect(api.decideWaiver).toHaveBeenCalledWith('w1', {
        decision: 'approve',
        version: 1,
      }),
    );
    await waitFor(() => expect(api.listWaivers).toHaveBeenCalledTimes(2));
    expect(onChanged).toHaveBeenCalled();
  });

  it('offers no decision to someone who may not approve', async () => {
    renderCard(AuthorizeResult.DENY);
    expect(await screen.findByText('POPIA-002')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Approve/ })).toBeNull();
  });
});
