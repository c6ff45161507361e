import { HttpAuthService } from '@backstage/backend-plugin-api';
import { DevexApiRouter } from '../http/apiRouter';
import { callerOf } from '../http/caller';
import { ActionItemService } from './ActionItemService';

export interface ActionItemRoutesOptions {
  service: ActionItemService;
  httpAuth: HttpAuthService;
}

/** HTTP for action items: translate requests to service calls, audit every write. */
export function registerActionItemRoutes(
  router: DevexApiRouter,
  options: ActionItemRoutesOptions,
) {
  const { service, httpAuth } = options;

  router.get('/action-items', async (req, res) => {
    const caller = await callerOf(httpAuth, req);
    const q = req.query;
    res.json(
      await service.list(
        {
          entityRef: q.entityRef,
          owner: q.owner,
          mine: q.mine,
          status: q.status,
          overdue: q.overdue,
          sort: q.sort,
          limit: q.limit,
          cursor: q.cursor,
        },
        caller,
      ),
    );
  });

  router.get('/action-items/:id', async (req, res) => {
    const caller = await callerOf(httpAuth, req);
    res.json(await service.get(req.params.id, caller));
  });

  router.post('/action-items', async (req, res) => {
    const item = await service.create(req.body, await callerOf(httpAuth, req));
    res.status(201).json(item);
  });

  router.patch('/action-items/:id', async (req, res) => {
    const item = await service.update(
      req.params.id,
      req.body,
      await callerOf(httpAuth, req),
    );
    res.json(item);
  });

  router.delete('/action-items/:id', async (req, res) => {
    await service.delete(req.params.id, await callerOf(httpAuth, req));
    res.status(204).end();
  });
}
