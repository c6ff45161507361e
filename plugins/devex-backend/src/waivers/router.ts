import { AuditorService } from '@backstage/backend-plugin-api';
import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { audited } from '../http/audit';
import { WaiverService } from './WaiverService';

/** HTTP for waivers: list, request, and an admin's decision. */
export function registerWaiverRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{ waivers: WaiverService; auditor: AuditorService }>,
) {
  const { waivers, callerOf, auditor } = options;
  router.get('/waivers', async (req, res) => {
    const q = req.query as Record<string, any>;
    res.json(
      await waivers.list(
        {
          subjectType: q.subjectType,
          status: q.status,
          entityRef: q.entityRef,
          limit: q.limit,
          cursor: q.cursor,
        },
        await callerOf(req),
      ),
    );
  });
  router.post('/waivers', async (req, res) => {
    const waiver = await audited(
      auditor,
      {
        eventId: 'waiver-request',
        request: req,
        meta: {
          subjectType: req.body.subjectType,
          subjectId: req.body.subjectId,
          expiresOn: req.body.expiresOn,
        },
      },
      async () => waivers.request(req.body, await callerOf(req)),
      w => ({ waiverId: w.id }),
    );
    res.status(201).json(waiver);
  });
  router.post('/waivers/:id/decision', async (req, res) => {
    const waiver = await audited(
      auditor,
      {
        eventId: 'waiver-decision',
        request: req,
        meta: { waiverId: req.params.id, decision: req.body.decision },
      },
      async () => waivers.decide(req.params.id, req.body, await callerOf(req)),
      w => ({ status: w.status }),
    );
    res.json(waiver);
  });
}
