import { DevexApiRouter } from '../http/apiRouter';
import { sendViews } from '../http/sharedJson';
import { CallerOf } from '../http/caller';
import { ActionItemService } from './ActionItemService';

export interface ActionItemRoutesOptions {
  service: ActionItemService;
  callerOf: CallerOf;
}

/** HTTP for action items: translate requests to service calls, audit every write. */
export function registerActionItemRoutes(
  router: DevexApiRouter,
  options: ActionItemRoutesOptions,
) {
  const { service, callerOf } = options;

  router.get('/action-items', async (req, res) => {
    const caller = await callerOf(req);
    const q = req.query;
    // a page the same for every caller asking it is serialized once per computation
    sendViews(
      res,
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
    const caller = await callerOf(req);
    res.json(await service.get(req.params.id, caller));
  });

  router.post('/action-items', async (req, res) => {
    res.status(201).json(await service.create(req.body, await callerOf(req)));
  });

  router.patch('/action-items/:id', async (req, res) => {
    res.json(
      await service.update(req.params.id, req.body, await callerOf(req)),
    );
  });

  router.delete('/action-items/:id', async (req, res) => {
    await service.delete(req.params.id, await callerOf(req));
    res.status(204).end();
  });
}
