import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { DevexApiRouter } from '../http/apiRouter';
import { callerOf } from '../http/caller';
import { audited } from '../http/audit';
import { ActionItemService } from './ActionItemService';

export interface ActionItemRoutesOptions {
  service: ActionItemService;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
}

/** HTTP for action items: translate requests to service calls, audit every write. */
export function registerActionItemRoutes(
  router: DevexApiRouter,
  options: ActionItemRoutesOptions,
) {
  const { service, httpAuth, auditor } = options;

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
    const item = await audited(
      auditor,
      {
        eventId: 'action-item-create',
        request: req,
        meta: { entityRef: req.body.entityRef, owner: req.body.owner },
      },
      async () => service.create(req.body, await callerOf(httpAuth, req)),
      created => ({ actionItemId: created.id }),
    );
    res.status(201).json(item);
  });

  router.patch('/action-items/:id', async (req, res) => {
    const item = await audited(
      auditor,
      {
        eventId: 'action-item-update',
        request: req,
        meta: {
          actionItemId: req.params.id,
          version: req.body.version,
          fields: Object.keys(req.body).filter(k => k !== 'version'),
        },
      },
      async () =>
        service.update(req.params.id, req.body, await callerOf(httpAuth, req)),
      updated => ({ version: updated.version, status: updated.status }),
    );
    res.json(item);
  });

  router.delete('/action-items/:id', async (req, res) => {
    await audited(
      auditor,
      {
        eventId: 'action-item-delete',
        request: req,
        meta: { actionItemId: req.params.id },
      },
      async () => service.delete(req.params.id, await callerOf(httpAuth, req)),
      deleted => ({ title: deleted.title, entityRef: deleted.entityRef }),
    );
    res.status(204).end();
  });
}
