import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { RiskStatus } from '@devex-governance/backstage-plugin-devex-common';
import { callerOf } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { audited } from '../http/audit';
import { RiskService } from './RiskService';

/** HTTP for the risk register. */
export function registerRiskRoutes(
  router: DevexApiRouter,
  options: {
    risks: RiskService;
    httpAuth: HttpAuthService;
    auditor: AuditorService;
  },
) {
  const { risks, httpAuth, auditor } = options;

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
    const risk = await audited(
      auditor,
      { eventId: 'risk-create', request: req, meta: { key: req.body.key } },
      async () => risks.create(req.body, await callerOf(httpAuth, req)),
      created => ({ riskId: created.id, exposure: created.exposure }),
    );
    res.status(201).json(risk);
  });

  router.patch('/risks/:id', async (req, res) => {
    const risk = await audited(
      auditor,
      {
        eventId: 'risk-update',
        request: req,
        meta: {
          riskId: req.params.id,
          fields: Object.keys(req.body).filter(k => k !== 'version'),
        },
      },
      async () =>
        risks.update(req.params.id, req.body, await callerOf(httpAuth, req)),
      updated => ({ version: updated.version, exposure: updated.exposure }),
    );
    res.json(risk);
  });
}
