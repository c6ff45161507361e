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
  ForumOutput,
  ForumSession,
} from '@devex-governance/backstage-plugin-devex-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SWRConfig } from 'swr';
import { DevexApi, devexApiRef } from '../../api';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { ForumMode } from './ForumMode';

const occurrenceId = 'quarterly-forum:2026-12-08';
const session = (overrides: Partial<ForumSession> = {}): ForumSession => ({
  occurrenceId,
  cadenceId: 'quarterly-forum',
  title: 'Quarterly governance forum',
  date: '2026-12-08',
  status: 'running',
  agenda: [
    'SPACE/DORA metrics review',
    'Experiment status',
    'Backlog reprioritisation',
    'Risk assessment',
  ],
  attendees: [],
  outputs: [],
  minutes: null,
  startedBy: 'user:default/guest',
  startedAt: '2026-12-08T08:00:00.000Z',
  finishedBy: null,
  finishedAt: null,
  version: 1,
  ...overrides,
});
const output = (overrides: Partial<ForumOutput> = {}): ForumOutput => ({
  id: 'o1',
  kind: 'action_item',
  step: 'SPACE/DORA metrics review',
  summary:
    'Action item: Chase the lead-time exporter (platform-eng, 2026-12-22)',
  record: {
    type: 'action_item',
    id: 'ai-9',
    title: 'Chase the lead-time exporter',
    link: '/devex/action-items?item=ai-9',
    entityRefs: ['component:default/hotpass'],
  },
  recordedBy: 'user:default/someone-else',
  recordedAt: '2026-12-08T08:10:00.000Z',
  ...overrides,
});

function renderForum(api: DevexApi) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [devexApiRef, api],
        [catalogApiRef, catalogApiMock({ entities: [] })],
        [
          permissionApiRef,
          mockApis.permission({ authorize: AuthorizeResult.ALLOW }),
        ],
      ]}
    >
      <SWRConfig value={{ provider: () => new Map() }}>
        <ForumMode
          occurrenceId={occurrenceId}
          forumBase="/devex/forum"
          pollMs={50}
        />
      </SWRConfig>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('ForumMode', () => {
  it('walks the agenda as steps, ending with attendees and finish', async () => {
    const api = mockDevexApi({
      getForum: jest.fn().mockResolvedValue(session()),
    });
    await renderForum(api);
    expect(
      await screen.findByRole('heading', {
        name: 'Step 1 of 5: SPACE/DORA metrics review',
      }),
    ).toBeInTheDocument();
    for (const step of [
      'Experiment status',
      'Backlog reprioritisation',
      'Risk assessment',
      'Attendees and finish',
    ]) {
      expect(screen.getByRole('button', { name: step })).toBeInTheDocument();
    }
    fireEvent.click(screen.getByRole('button', { name: 'Risk assessment' }));
    expect(
      await screen.findByRole('heading', {
        name: 'Step 4 of 5: Risk assessment',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Record risk change' }),
    ).toBeDisabled();
  });

  it('shows what someone else records once the next poll answers a newer version', async () => {
    const getForum = jest
      .fn()
      .mockResolvedValueOnce(session())
      .mockResolvedValue(session({ version: 2, outputs: [output()] }));
    await renderForum(mockDevexApi({ getForum }));
    const list = await screen.findByRole('list', {
      name: 'Recorded in this forum',
    });
    expect(
      within(list).getByText(/Chase the lead-time exporter \(platform-eng/),
    ).toBeInTheDocument();
    expect(
      within(list).getByRole('link', {
        name: 'Open Chase the lead-time exporter',
      }),
    ).toHaveAttribute('href', '/devex/action-items?item=ai-9');
  });

  it('records a note in the step it is made in', async () => {
    const api = mockDevexApi({
      getForum: jest.fn().mockResolvedValue(session()),
      recordForumNote: jest
        .fn()
        .mockResolvedValue(output({ kind: 'note', record: null })),
    });
    await renderForum(api);
    const note = await screen.findByLabelText(/^Note/);
    fireEvent.change(note, {
      target: { value: 'Move the DORA review to the monthly sync' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Record note' }));
    await waitFor(() =>
      expect(api.recordForumNote).toHaveBeenCalledWith(occurrenceId, {
        step: 'SPACE/DORA metrics review',
        text: 'Move the DORA review to the monthly sync',
      }),
    );
  });

  it('offers to run a forum not started yet, and opens it once started', async () => {
    let started = false;
    const api = mockDevexApi({
      getForum: jest.fn(async () => {
        if (started) return session();
        throw Object.assign(new Error('not started'), { statusCode: 404 });
      }),
      startForum: jest.fn(async () => {
        started = true;
        return session();
      }),
    });
    await renderForum(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Run forum' }));
    expect(
      await screen.findByRole('heading', {
        name: 'Step 1 of 5: SPACE/DORA metrics review',
      }),
    ).toBeInTheDocument();
    expect(api.startForum).toHaveBeenCalledWith(occurrenceId);
  });

  it('shows the minutes of a held forum, each output linking to its record', async () => {
    const api = mockDevexApi({
      getForum: jest.fn().mockResolvedValue(
        session({
          status: 'held',
          outputs: [output()],
          minutes:
            '# Quarterly governance forum\n\n- [Chase the lead-time exporter](/devex/action-items?item=ai-9)\n',
          finishedAt: '2026-12-08T09:30:00.000Z',
          version: 5,
        }),
      ),
    });
    await renderForum(api);
    expect(
      await screen.findByText('Minutes: Quarterly governance forum'),
    ).toBeInTheDocument();
    const minutes = screen.getByRole('article', { name: 'Minutes' });
    expect(
      await within(minutes).findByRole('link', {
        name: 'Chase the lead-time exporter',
      }),
    ).toHaveAttribute('href', '/devex/action-items?item=ai-9');
    expect(
      screen.getByRole('button', { name: 'Download Markdown' }),
    ).toBeInTheDocument();
  });
});
