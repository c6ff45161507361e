import { AuditorService } from '@backstage/backend-plugin-api';
import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { audited } from '../http/audit';
import { FlagDecisionService } from './FlagDecisionService';

/** HTTP for an experiment's feature-flag decisions. */
export function registerFlagDecisionRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{
    flagDecisions: FlagDecisionService;
    auditor: AuditorService;
  }>,
) {
  const { flagDecisions, callerOf, auditor } = options;
  router.get('/experiments/:id/flag-decisions', async (req, res) => {
    res.json({
      items: await flagDecisions.list(req.params.id, await callerOf(req)),
    });
  });
  router.post('/experiments/:id/flag-decisions', async (req, res) => {
    const { decision } = await audited(
      auditor,
      {
        eventId: 'flag-decision',
        request: req,
        meta: {
          experimentId: req.params.id,
          flagKey: req.body.flagKey,
          environment: req.body.environment,
          to: req.body.to,
        },
      },
      async () =>
        flagDecisions.record(req.params.id, req.body, await callerOf(req)),
      r => ({ decisionId: r.decision.id }),
    );
    res.status(201).json(decision);
  });
}
