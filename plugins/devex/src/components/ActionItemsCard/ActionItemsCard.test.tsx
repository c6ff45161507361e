import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  ActionItem,
  devexActionItemCreatePermission,
} from '@devex-governance/backstage-plugin-devex-common';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { SWRConfig } from 'swr';
import { DevexApi, devexApiRef } from '../../api';
import { ActionItemsCard } from './ActionItemsCard';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';

const today = DateTime.local().startOf('day');
const item = (overrides: Partial<ActionItem>): ActionItem => ({
  id: 'a1',
  title: 'Validate Prefect backfill guardrails in staging',
  description: 'Staging access pending',
  entityRef: 'component:default/prefect-pipelines',
  owner: 'group:default/platform-eng',
  dueDate: today.minus({ days: 2 }).toISODate()!,
  status: 'blocked',
  source: 'escalation',
  sourceId: null,
  createdBy: 'user:default/guest',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  version: 3,
  ...overrides,
});

function mockApiWith(items: ActionItem[]): jest.Mocked<DevexApi> {
  return mockDevexApi({
    listActionItems: jest.fn().mockResolvedValue({ items }),
    createActionItem: jest.fn(async req =>
      item({ ...req, id: 'new', version: 1 } as Partial<ActionItem>),
    ),
    updateActionItem: jest.fn(async (id, req) =>
      item({ id, ...req, version: req.version + 1 } as Partial<ActionItem>),
    ),
  });
}

function renderCard(
  api: DevexApi,
  authorize:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY
    | ((r: any) => any) = AuthorizeResult.ALLOW,
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [devexApiRef, api],
        [
          catalogApiRef,
          catalogApiMock({
            entities: [
              {
                apiVersion: 'backstage.io/v1alpha1',
                kind: 'Group',
                metadata: { name: 'qa', title: 'QA' },
                spec: {},
              },
            ],
          }),
        ],
        [permissionApiRef, mockApis.permission({ authorize })],
      ]}
    >
      {/* usePermission caches decisions in SWR; a fresh cache per test keeps them apart */}
      <SWRConfig value={{ provider: () => new Map() }}>
        <ActionItemsCard
          query={{ entityRef: 'component:default/prefect-pipelines' }}
          entityRef="component:default/prefect-pipelines"
        />
      </SWRConfig>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('ActionItemsCard', () => {
  it("lists the entity's items with the overdue one highlighted", async () => {
    const api = mockApiWith([item({})]);
    await renderCard(api);
    expect(
      await screen.findByText(
        'Validate Prefect backfill guardrails in staging',
      ),
    ).toBeInTheDocument();
    expect(api.listActionItems).toHaveBeenCalledWith({
      entityRef: 'component:default/prefect-pipelines',
    });
    expect(screen.getByText('overdue by 2 days')).toBeInTheDocument();
    expect(screen.getByText('Escalation')).toBeInTheDocument();
  });

  it('changes the status in place, naming the version it was read at', async () => {
    const api = mockApiWith([item({})]);
    await renderCard(api);
    const select = await screen.findByLabelText(
      'Status of Validate Prefect backfill guardrails in staging',
    );
    fireEvent.change(select, { target: { value: 'in_progress' } });
    await waitFor(() =>
      expect(api.updateActionItem).toHaveBeenCalledWith('a1', {
        version: 3,
        status: 'in_progress',
      }),
    );
    await waitFor(() => expect(api.listActionItems).toHaveBeenCalledTimes(2));
  });

  it('adds an item for the entity through the dialog', async () => {
    const api = mockApiWith([]);
    await renderCard(api);
    expect(await screen.findByText('No action items')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: /Add action item/ }),
    );
    await userEvent.type(
      screen.getByLabelText(/Title/),
      'Book the staging access review',
    );
    await waitFor(() =>
      expect(
        screen.getByRole('option', { name: 'QA (qa)' }),
      ).toBeInTheDocument(),
    );
    fireEvent.change(screen.getByLabelText(/Owner/), {
      target: { value: 'group:default/qa' },
    });
    fireEvent.change(screen.getByLabelText(/Due date/), {
      target: { value: '2026-12-24' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(api.createActionItem).toHaveBeenCalledWith(
        expect.objectContaining({
          title: 'Book the staging access review',
          entityRef: 'component:default/prefect-pipelines',
          owner: 'group:default/qa',
          dueDate: '2026-12-24',
          status: 'open',
          source: 'manual',
        }),
      ),
    );
  });

  it("shows the server's message in the dialog when a save is refused", async () => {
    const api = mockApiWith([item({})]);
    api.updateActionItem.mockRejectedValue(
      new Error('Action item a1 was changed by someone else'),
    );
    await renderCard(api);
    await userEvent.click(
      await screen.findByRole('button', { name: /Edit Validate Prefect/ }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'changed by someone else',
    );
  });

  it('hides what the user may not do', async () => {
    const api = mockApiWith([item({})]);
    await renderCard(api, req =>
      req.permission.name === devexActionItemCreatePermission.name
        ? AuthorizeResult.DENY
        : AuthorizeResult.ALLOW,
    );
    expect(
      await screen.findByText(
        'Validate Prefect backfill guardrails in staging',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Add action item/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Edit Validate Prefect/ }),
    ).toBeInTheDocument();
  });

  it('shows no edit controls to a reader', async () => {
    const api = mockApiWith([item({})]);
    await renderCard(api, AuthorizeResult.DENY);
    expect(
      await screen.findByText(
        'Validate Prefect backfill guardrails in staging',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Edit/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Status of/)).not.toBeInTheDocument();
    expect(screen.getByText('Blocked')).toBeInTheDocument();
  });
});
