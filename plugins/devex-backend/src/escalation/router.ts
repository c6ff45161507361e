import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { EscalationService } from './EscalationService';

/** HTTP for blockers on the escalation path. */
export function registerEscalationRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{ escalation: EscalationService }>,
) {
  const { escalation, callerOf } = options;

  router.get('/blockers', async (req, res) => {
    res.json(
      await escalation.listWithSourceErrors(req.query, await callerOf(req)),
    );
  });

  router.post('/blockers', async (req, res) => {
    res.status(201).json(await escalation.raise(req.body, await callerOf(req)));
  });

  router.post('/blockers/:id/resolve', async (req, res) => {
    res.json(
      await escalation.resolve(req.params.id, req.body, await callerOf(req)),
    );
  });
}
