import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { callerOf } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { audited } from '../http/audit';
import { ForumService } from './ForumService';

/** HTTP for forum mode: start, follow, record outputs, finish, minutes. */
export function registerForumRoutes(
  router: DevexApiRouter,
  options: {
    forums: ForumService;
    httpAuth: HttpAuthService;
    auditor: AuditorService;
  },
) {
  const { forums, httpAuth, auditor } = options;

  router.post('/forums', async (req, res) => {
    const { started, session } = await audited(
      auditor,
      {
        eventId: 'forum-start',
        request: req,
        meta: { occurrenceId: req.body.occurrenceId },
      },
      async () =>
        forums.start(req.body.occurrenceId, await callerOf(httpAuth, req)),
      result => ({ started: result.started }),
    );
    res.status(started ? 201 : 200).json(session);
  });

  router.get('/forums/:occurrenceId', async (req, res) => {
    res.json(
      await forums.get(req.params.occurrenceId, await callerOf(httpAuth, req)),
    );
  });

  router.get('/forums/:occurrenceId/minutes.md', async (req, res) => {
    const minutes = await forums.minutes(
      req.params.occurrenceId,
      await callerOf(httpAuth, req),
    );
    res
      .type('text/markdown; charset=utf-8')
      .attachment(`${req.params.occurrenceId.replace(/:/g, '-')}-minutes.md`)
      .send(minutes);
  });

  const outputMeta = (output: {
    id: string;
    record: { id: string } | null;
  }) => ({
    outputId: output.id,
    recordId: output.record?.id ?? null,
  });

  // each kind of output: its route, audit event, what the event names, and the service's method
  const outputs = [
    {
      path: '/forums/:occurrenceId/decisions',
      eventId: 'forum-decision',
      meta: (body: any) => ({ experimentId: body.experimentId, to: body.to }),
      record: forums.recordDecision.bind(forums),
    },
    {
      path: '/forums/:occurrenceId/flag-decisions',
      eventId: 'forum-flag-decision',
      meta: (body: any) => ({
        experimentId: body.experimentId,
        flagKey: body.flagKey,
        environment: body.environment,
        to: body.to,
      }),
      record: forums.recordFlagDecision.bind(forums),
    },
    {
      path: '/forums/:occurrenceId/action-items',
      eventId: 'forum-action-item',
      meta: (body: any) => ({ entityRef: body.entityRef }),
      record: forums.recordActionItem.bind(forums),
    },
    {
      path: '/forums/:occurrenceId/backlog-moves',
      eventId: 'forum-backlog-move',
      meta: (body: any) => ({ itemId: body.itemId, toRank: body.toRank }),
      record: forums.recordBacklogMove.bind(forums),
    },
    {
      path: '/forums/:occurrenceId/risk-changes',
      eventId: 'forum-risk-change',
      meta: (body: any) => ({ riskId: body.riskId }),
      record: forums.recordRiskChange.bind(forums),
    },
    {
      path: '/forums/:occurrenceId/notes',
      eventId: 'forum-note',
      meta: () => ({}),
      record: forums.recordNote.bind(forums),
    },
  ] as const;
  for (const output of outputs) {
    router.post(output.path, async (req, res) => {
      const recorded = await audited(
        auditor,
        {
          eventId: output.eventId,
          request: req,
          meta: {
            occurrenceId: req.params.occurrenceId,
            ...output.meta(req.body),
          },
        },
        async () =>
          output.record(
            req.params.occurrenceId,
            req.body as any,
            await callerOf(httpAuth, req),
          ),
        outputMeta,
      );
      res.status(201).json(recorded);
    });
  }

  router.put('/forums/:occurrenceId/attendees', async (req, res) => {
    const session = await audited(
      auditor,
      {
        eventId: 'forum-attendees',
        request: req,
        meta: {
          occurrenceId: req.params.occurrenceId,
          attendees: req.body.attendees.length,
        },
      },
      async () =>
        forums.setAttendees(
          req.params.occurrenceId,
          req.body.attendees,
          await callerOf(httpAuth, req),
        ),
      s => ({ version: s.version }),
    );
    res.json(session);
  });

  router.post('/forums/:occurrenceId/finish', async (req, res) => {
    const session = await audited(
      auditor,
      {
        eventId: 'forum-finish',
        request: req,
        meta: { occurrenceId: req.params.occurrenceId },
      },
      async () =>
        forums.finish(req.params.occurrenceId, await callerOf(httpAuth, req)),
      s => ({ outputs: s.outputs.length }),
    );
    res.json(session);
  });
}
