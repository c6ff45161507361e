import { HttpAuthService } from '@backstage/backend-plugin-api';
import { callerOf } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { BacklogService } from './BacklogService';

/** HTTP for the IDP backlog and its review mode. */
export function registerBacklogRoutes(
  router: DevexApiRouter,
  options: {
    backlog: BacklogService;
    httpAuth: HttpAuthService;
  },
) {
  const { backlog, httpAuth } = options;

  router.get('/backlog', async (req, res) => {
    res.json(
      await backlog.list(req.query.entityRef, await callerOf(httpAuth, req)),
    );
  });

  router.post('/backlog', async (req, res) => {
    const item = await backlog.create(req.body, await callerOf(httpAuth, req));
    res.status(201).json(item);
  });

  router.patch('/backlog/:id', async (req, res) => {
    const item = await backlog.update(
      req.params.id,
      req.body,
      await callerOf(httpAuth, req),
    );
    res.json(item);
  });

  router.post('/backlog/reorder', async (req, res) => {
    const item = await backlog.reorder(req.body, await callerOf(httpAuth, req));
    res.json(item);
  });
}
