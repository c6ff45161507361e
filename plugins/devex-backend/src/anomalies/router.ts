import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { AnomalyService } from './AnomalyService';

/** HTTP for telemetry anomalies: the open ones, and dismissing one with a note. */
export function registerAnomalyRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{ anomalies: AnomalyService }>,
) {
  const { anomalies, callerOf } = options;

  router.get('/anomalies', async (req, res) => {
    res.json({
      anomalies: await anomalies.list(req.query.entityRef, await callerOf(req)),
    });
  });

  router.post('/anomalies/:id/dismiss', async (req, res) => {
    res.json(
      await anomalies.dismiss(
        req.params.id,
        req.body.note,
        await callerOf(req),
      ),
    );
  });
}
