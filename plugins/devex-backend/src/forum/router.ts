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

  router.post('/forums/:occurrenceId/decisions', async (req, res) => {
    const output = await audited(
      auditor,
      {
        eventId: 'forum-decision',
        request: req,
        meta: {
          occurrenceId: req.params.occurrenceId,
          experimentId: req.body.experimentId,
          to: req.body.to,
        },
      },
      async () =>
        forums.recordDecision(
          req.params.occurrenceId,
          req.body,
          await callerOf(httpAuth, req),
        ),
      outputMeta,
    );
    res.status(201).json(output);
  });

  router.post('/forums/:occurrenceId/action-items', async (req, res) => {
    const output = await audited(
      auditor,
      {
        eventId: 'forum-action-item',
        request: req,
        meta: {
          occurrenceId: req.params.occurrenceId,
          entityRef: req.body.entityRef,
        },
      },
      async () =>
        forums.recordActionItem(
          req.params.occurrenceId,
          req.body,
          await callerOf(httpAuth, req),
        ),
      outputMeta,
    );
    res.status(201).json(output);
  });

  router.post('/forums/:occurrenceId/backlog-moves', async (req, res) => {
    const output = await audited(
      auditor,
      {
        eventId: 'forum-backlog-move',
        request: req,
        meta: {
          occurrenceId: req.params.occurrenceId,
          itemId: req.body.itemId,
          toRank: req.body.toRank,
        },
      },
      async () =>
        forums.recordBacklogMove(
          req.params.occurrenceId,
          req.body,
          await callerOf(httpAuth, req),
        ),
      outputMeta,
    );
    res.status(201).json(output);
  });

  router.post('/forums/:occurrenceId/risk-changes', async (req, res) => {
    const output = await audited(
      auditor,
      {
        eventId: 'forum-risk-change',
        request: req,
        meta: {
          occurrenceId: req.params.occurrenceId,
          riskId: req.body.riskId,
        },
      },
      async () =>
        forums.recordRiskChange(
          req.params.occurrenceId,
          req.body,
          await callerOf(httpAuth, req),
        ),
      outputMeta,
    );
    res.status(201).json(output);
  });

  router.post('/forums/:occurrenceId/notes', async (req, res) => {
    const output = await audited(
      auditor,
      {
        eventId: 'forum-note',
        request: req,
        meta: { occurrenceId: req.params.occurrenceId },
      },
      async () =>
        forums.recordNote(
          req.params.occurrenceId,
          req.body,
          await callerOf(httpAuth, req),
        ),
      outputMeta,
    );
    res.status(201).json(output);
  });

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
