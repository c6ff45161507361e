import { HttpAuthService } from '@backstage/backend-plugin-api';
import { callerOf } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { EscalationService } from './EscalationService';

/** HTTP for blockers on the escalation path. */
export function registerEscalationRoutes(
  router: DevexApiRouter,
  options: {
    escalation: EscalationService;
    httpAuth: HttpAuthService;
  },
) {
  const { escalation, httpAuth } = options;

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
    const blocker = await escalation.raise(
      req.body,
      await callerOf(httpAuth, req),
    );
    res.status(201).json(blocker);
  });

  router.post('/blockers/:id/resolve', async (req, res) => {
    const blocker = await escalation.resolve(
      req.params.id,
      req.body,
      await callerOf(httpAuth, req),
    );
    res.json(blocker);
  });
}
