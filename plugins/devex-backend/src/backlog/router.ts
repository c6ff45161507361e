import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { BacklogService } from './BacklogService';

/** HTTP for the IDP backlog and its review mode. */
export function registerBacklogRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{ backlog: BacklogService }>,
) {
  const { backlog, callerOf } = options;

  router.get('/backlog', async (req, res) => {
    res.json(await backlog.list(req.query.entityRef, await callerOf(req)));
  });

  router.post('/backlog', async (req, res) => {
    res.status(201).json(await backlog.create(req.body, await callerOf(req)));
  });

  router.patch('/backlog/:id', async (req, res) => {
    res.json(
      await backlog.update(req.params.id, req.body, await callerOf(req)),
    );
  });

  router.post('/backlog/reorder', async (req, res) => {
    res.json(await backlog.reorder(req.body, await callerOf(req)));
  });
}
