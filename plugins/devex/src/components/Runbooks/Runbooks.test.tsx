import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  Occurrence,
  RunbookEntity,
  RunbookStatus,
} from '@devex-governance/backstage-plugin-devex-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { SWRConfig } from 'swr';
import { DevexApi, devexApiRef } from '../../api';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { EntityCalendarSection } from '../Governance';
import { formatRunbookDate, runbookUriResolver } from './presentation';

const ENTITY_REF = 'component:default/hotpass';
const SOURCE = 'https://github.com/acme/hotpass/tree/main/';
const AUDIT = `${SOURCE}docs/metrics/devex-audit.md`;
const REVIEW_LOOP = `${SOURCE}docs/devex/review-loop.md`;
const CALENDAR = '/catalog/default/component/hotpass/devex/calendar';
const SCRIPT_URL = 'javascript:alert(1)'; // eslint-disable-line no-script-url

const entity: RunbookEntity = {
  kind: 'Component',
  metadata: {
    name: 'hotpass',
    namespace: 'default',
    annotations: {
      'backstage.io/source-location': `url:${SOURCE}`,
      'devex.io/runbooks':
        'docs/metrics/devex-audit.md, docs/devex/review-loop.md',
    },
  },
};

const ritual: Occurrence = {
  id: 'runbook-update:2026-12-25',
  cadenceId: 'runbook-update',
  type: 'runbook_update',
  title: 'Runbook updates',
  start: '2026-12-25T00:00:00.000Z',
  end: '2026-12-26T00:00:00.000Z',
  allDay: true,
  timeZone: 'UTC',
  participants: ['group:default/developer-productivity-guild'],
  agenda: [],
  inputs: [],
  outputs: ['docs/metrics/devex-audit.md updated and cross-linked'],
  runbookUrl: 'https://github.com/acme/hotpass/blob/main/docs/audit.md',
  framework: null,
  record: null,
  actionItemCount: 0,
};

const status = (overrides: Partial<RunbookStatus>): RunbookStatus => ({
  title: 'devex-audit',
  url: AUDIT,
  readable: true,
  changedSinceLastRitual: false,
  lastChangedAt: null,
  lastModified: null,
  checkedAt: '2026-11-26T08:00:00.000Z',
  baselineAt: '2026-10-31T00:30:00.000Z',
  error: null,
  ...overrides,
});

function apiWithRunbooks(): jest.Mocked<DevexApi> {
  return mockDevexApi({
    listOccurrences: jest.fn().mockResolvedValue({ occurrences: [ritual] }),
    listRunbookStatus: jest.fn().mockResolvedValue({
      entityRef: ENTITY_REF,
      lastRitual: {
        occurrenceId: 'runbook-update:2026-10-30',
        start: '2026-10-30T00:00:00.000Z',
        end: '2026-10-31T00:00:00.000Z',
      },
      runbooks: [
        status({}),
        status({
          title: 'review-loop',
          url: REVIEW_LOOP,
          changedSinceLastRitual: true,
          lastChangedAt: '2026-11-26T08:00:00.000Z',
          lastModified: '2026-11-24T15:00:00.000Z',
        }),
      ],
    }),
    getRunbookContent: jest.fn(async (_entityRef: string, url: string) => ({
      url,
      markdown:
        '# DevEx audit\n\nRun the [review loop](../devex/review-loop.md) first.',
      etag: '"abc"',
      fetchedAt: '2026-11-26T08:00:00.000Z',
    })),
  });
}

function renderSection(api: DevexApi, at: string = CALENDAR) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [devexApiRef, api],
        [
          permissionApiRef,
          mockApis.permission({ authorize: AuthorizeResult.ALLOW }),
        ],
      ]}
    >
      <SWRConfig value={{ provider: () => new Map() }}>
        <Routes>
          <Route
            path={`${CALENDAR}/*`}
            element={
              <EntityCalendarSection
                entity={entity}
                entityRef={ENTITY_REF}
                path={CALENDAR}
              />
            }
          />
        </Routes>
      </SWRConfig>
    </TestApiProvider>,
    { routeEntries: [at] },
  );
}

describe('runbooks in the portal', () => {
  it('shows at the runbook-update ritual which runbooks are unchanged since the last ritual and which were updated', async () => {
    const api = apiWithRunbooks();
    await renderSection(api);
    const checks = await screen.findByRole('region', {
      name: 'Runbooks since the last ritual',
    });
    expect(api.listRunbookStatus).toHaveBeenCalledWith(ENTITY_REF);
    // the baseline was read half an hour after the ritual ended: unchanged since the ritual
    expect(
      await within(checks).findByText(
        `unchanged since ${formatRunbookDate('2026-10-30T00:00:00.000Z')}`,
      ),
    ).toBeInTheDocument();
    expect(
      within(checks).getByText(
        `updated ${formatRunbookDate('2026-11-24T15:00:00.000Z')}`,
      ),
    ).toBeInTheDocument();
    // each runbook opens in the portal, not at its source
    expect(
      within(checks).getByRole('link', { name: 'devex-audit' }),
    ).toHaveAttribute(
      'href',
      `${CALENDAR}/runbook?url=${encodeURIComponent(AUDIT)}`,
    );
  });

  it('opens a runbook rendered in the portal, with a link to its source', async () => {
    const api = apiWithRunbooks();
    await renderSection(api);
    await userEvent.click(
      await screen.findByRole('link', { name: 'Runbook: devex-audit' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'DevEx audit' }),
    ).toBeInTheDocument();
    expect(api.getRunbookContent).toHaveBeenCalledWith(ENTITY_REF, AUDIT);
    expect(screen.getByRole('link', { name: /View source/ })).toHaveAttribute(
      'href',
      AUDIT,
    );
    // a relative link of the runbook leads to the repository
    expect(screen.getByRole('link', { name: /^review loop/ })).toHaveAttribute(
      'href',
      REVIEW_LOOP,
    );
    await userEvent.click(
      screen.getByRole('link', { name: /Back to the calendar/ }),
    );
    expect(
      await screen.findByRole('link', { name: 'Runbook: devex-audit' }),
    ).toBeInTheDocument();
  });

  it('asks for nothing when the URL is not a runbook of the entity', async () => {
    const api = apiWithRunbooks();
    await renderSection(
      api,
      `${CALENDAR}/runbook?url=${encodeURIComponent(SCRIPT_URL)}`,
    );
    expect(
      await screen.findByText('Not a runbook of this entity'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /View source/ })).toBeNull();
    await waitFor(() => expect(api.getRunbookContent).not.toHaveBeenCalled());
  });

  it('keeps only http(s), mailto and in-page links of a runbook', () => {
    const resolve = runbookUriResolver(AUDIT);
    expect(resolve('#steps')).toBe('#steps');
    expect(resolve('./checklist.md')).toBe(
      `${SOURCE}docs/metrics/checklist.md`,
    );
    expect(resolve('mailto:dx@example.com')).toBe('mailto:dx@example.com');
    expect(resolve(SCRIPT_URL)).toBe('');
  });
});
