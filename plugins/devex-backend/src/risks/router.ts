import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { RiskService } from './RiskService';

/** HTTP for the risk register. */
export function registerRiskRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{ risks: RiskService }>,
) {
  const { risks, callerOf } = options;

  router.get('/risks', async (req, res) => {
    res.json(await risks.list(req.query, await callerOf(req)));
  });

  router.post('/risks', async (req, res) => {
    res.status(201).json(await risks.create(req.body, await callerOf(req)));
  });

  router.patch('/risks/:id', async (req, res) => {
    res.json(await risks.update(req.params.id, req.body, await callerOf(req)));
  });
}
