import { HttpAuthService } from '@backstage/backend-plugin-api';
import { callerOf } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { AnomalyService } from './AnomalyService';

/** HTTP for telemetry anomalies: the open ones, and dismissing one with a note. */
export function registerAnomalyRoutes(
  router: DevexApiRouter,
  options: { anomalies: AnomalyService; httpAuth: HttpAuthService },
) {
  const { anomalies, httpAuth } = options;

  router.get('/anomalies', async (req, res) => {
    res.json({
      anomalies: await anomalies.list(
        req.query.entityRef,
        await callerOf(httpAuth, req),
      ),
    });
  });

  router.post('/anomalies/:id/dismiss', async (req, res) => {
    res.json(
      await anomalies.dismiss(
        req.params.id,
        req.body.note,
        await callerOf(httpAuth, req),
      ),
    );
  });
}
