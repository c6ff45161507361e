import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { RunbookService } from './RunbookService';

/** HTTP for runbooks in the portal: reads only, so nothing to audit. */
export function registerRunbookRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{ runbooks: RunbookService }>,
) {
  const { runbooks, callerOf } = options;

  router.get('/runbooks/content', async (req, res) => {
    res.json(
      await runbooks.content(
        { entityRef: req.query.entityRef, url: req.query.url },
        await callerOf(req),
      ),
    );
  });

  router.get('/runbooks/status', async (req, res) => {
    res.json(
      await runbooks.status(
        { entityRef: req.query.entityRef },
        await callerOf(req),
      ),
    );
  });
}
