import { HttpAuthService } from '@backstage/backend-plugin-api';
import { RiskStatus } from '@devex-governance/backstage-plugin-devex-common';
import { callerOf } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { RiskService } from './RiskService';

/** HTTP for the risk register. */
export function registerRiskRoutes(
  router: DevexApiRouter,
  options: {
    risks: RiskService;
    httpAuth: HttpAuthService;
  },
) {
  const { risks, httpAuth } = options;

  router.get('/risks', async (req, res) => {
    res.json(
      await risks.list(
        {
          entityRef: req.query.entityRef,
          status: req.query.status as RiskStatus[] | undefined,
        },
        await callerOf(httpAuth, req),
      ),
    );
  });

  router.post('/risks', async (req, res) => {
    const risk = await risks.create(req.body, await callerOf(httpAuth, req));
    res.status(201).json(risk);
  });

  router.patch('/risks/:id', async (req, res) => {
    const risk = await risks.update(
      req.params.id,
      req.body,
      await callerOf(httpAuth, req),
    );
    res.json(risk);
  });
}
