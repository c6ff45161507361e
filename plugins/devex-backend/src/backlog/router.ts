import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { callerOf } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { audited } from '../http/audit';
import { BacklogService } from './BacklogService';

/** HTTP for the IDP backlog and its review mode. */
export function registerBacklogRoutes(
  router: DevexApiRouter,
  options: {
    backlog: BacklogService;
    httpAuth: HttpAuthService;
    auditor: AuditorService;
  },
) {
  const { backlog, httpAuth, auditor } = options;

  router.get('/backlog', async (req, res) => {
    res.json(
      await backlog.list(req.query.entityRef, await callerOf(httpAuth, req)),
    );
  });

  router.post('/backlog', async (req, res) => {
    const item = await audited(
      auditor,
      {
        eventId: 'backlog-item-create',
        request: req,
        meta: { initiative: req.body.initiative },
      },
      async () => backlog.create(req.body, await callerOf(httpAuth, req)),
      created => ({ backlogItemId: created.id, rank: created.rank }),
    );
    res.status(201).json(item);
  });

  router.patch('/backlog/:id', async (req, res) => {
    const item = await audited(
      auditor,
      {
        eventId: 'backlog-item-update',
        request: req,
        meta: {
          backlogItemId: req.params.id,
          fields: Object.keys(req.body).filter(k => k !== 'version'),
        },
      },
      async () =>
        backlog.update(req.params.id, req.body, await callerOf(httpAuth, req)),
      updated => ({ version: updated.version }),
    );
    res.json(item);
  });

  router.post('/backlog/reorder', async (req, res) => {
    const item = await audited(
      auditor,
      {
        eventId: 'backlog-reorder',
        request: req,
        meta: {
          backlogItemId: req.body.itemId,
          toRank: req.body.toRank,
          note: req.body.note,
        },
      },
      async () => backlog.reorder(req.body, await callerOf(httpAuth, req)),
      moved => ({ rank: moved.rank }),
    );
    res.json(item);
  });
}
