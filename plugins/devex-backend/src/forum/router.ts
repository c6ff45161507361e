import { Request, Response } from 'express';
import { Caller } from '../permissions/caller';
import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { ForumService } from './ForumService';

/** HTTP for forum mode: start, follow, record outputs, finish, minutes. */
export function registerForumRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{ forums: ForumService }>,
) {
  const { forums, callerOf } = options;

  router.post('/forums', async (req, res) => {
    const { started, session } = await forums.start(
      req.body.occurrenceId,
      await callerOf(req),
    );
    res.status(started ? 201 : 200).json(session);
  });

  router.get('/forums/:occurrenceId', async (req, res) => {
    res.json(await forums.get(req.params.occurrenceId, await callerOf(req)));
  });

  router.get('/forums/:occurrenceId/minutes.md', async (req, res) => {
    const minutes = await forums.minutes(
      req.params.occurrenceId,
      await callerOf(req),
    );
    res
      .type('text/markdown; charset=utf-8')
      .attachment(`${req.params.occurrenceId.replace(/:/g, '-')}-minutes.md`)
      .send(minutes);
  });

  // each kind of output: its route and the service's method (audited there, see FORUM_AUDIT)
  const recording =
    <B, R>(
      record: (occurrenceId: string, body: B, caller: Caller) => Promise<R>,
    ) =>
    async (req: Request<{ occurrenceId: string }, R, B>, res: Response<R>) => {
      const caller = await callerOf(req);
      res
        .status(201)
        .json(await record(req.params.occurrenceId, req.body, caller));
    };
  router.post(
    '/forums/:occurrenceId/decisions',
    recording(forums.recordDecision.bind(forums)),
  );
  router.post(
    '/forums/:occurrenceId/flag-decisions',
    recording(forums.recordFlagDecision.bind(forums)),
  );
  router.post(
    '/forums/:occurrenceId/action-items',
    recording(forums.recordActionItem.bind(forums)),
  );
  router.post(
    '/forums/:occurrenceId/backlog-moves',
    recording(forums.recordBacklogMove.bind(forums)),
  );
  router.post(
    '/forums/:occurrenceId/risk-changes',
    recording(forums.recordRiskChange.bind(forums)),
  );
  router.post(
    '/forums/:occurrenceId/notes',
    recording(forums.recordNote.bind(forums)),
  );
  router.post(
    '/forums/:occurrenceId/anomaly-dismissals',
    recording(forums.recordAnomalyDismissal.bind(forums)),
  );

  router.put('/forums/:occurrenceId/attendees', async (req, res) => {
    res.json(
      await forums.setAttendees(
        req.params.occurrenceId,
        req.body.attendees,
        await callerOf(req),
      ),
    );
  });

  router.post('/forums/:occurrenceId/finish', async (req, res) => {
    res.json(await forums.finish(req.params.occurrenceId, await callerOf(req)));
  });
}
