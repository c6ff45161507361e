import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { callerOf } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { audited } from '../http/audit';
import { EscalationService } from './EscalationService';

/** HTTP for blockers on the escalation path. */
export function registerEscalationRoutes(
  router: DevexApiRouter,
  options: {
    escalation: EscalationService;
    httpAuth: HttpAuthService;
    auditor: AuditorService;
  },
) {
  const { escalation, httpAuth, auditor } = options;

  router.get('/blockers', async (req, res) => {
    res.json(
      await escalation.listWithSourceErrors(
        {
          entityRef: req.query.entityRef,
          includeResolved: req.query.includeResolved,
        },
        await callerOf(httpAuth, req),
      ),
    );
  });

  router.post('/blockers', async (req, res) => {
    const blocker = await audited(
      auditor,
      {
        eventId: 'blocker-raise',
        request: req,
        meta: { entityRef: req.body.entityRef, title: req.body.title },
      },
      async () => escalation.raise(req.body, await callerOf(httpAuth, req)),
      raised => ({
        blockerId: raised.id,
        escalationDueAt: raised.escalationDueAt,
      }),
    );
    res.status(201).json(blocker);
  });

  router.post('/blockers/:id/resolve', async (req, res) => {
    const blocker = await audited(
      auditor,
      {
        eventId: 'blocker-resolve',
        request: req,
        meta: { blockerId: req.params.id },
      },
      async () =>
        escalation.resolve(
          req.params.id,
          req.body,
          await callerOf(httpAuth, req),
        ),
    );
    res.json(blocker);
  });
}
