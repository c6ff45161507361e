import { HttpAuthService } from '@backstage/backend-plugin-api';
import { callerOf } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { MetricCollector } from './MetricCollector';

/** HTTP for the metric sources' status. */
export function registerMetricSourceRoutes(
  router: DevexApiRouter,
  options: { collector: MetricCollector; httpAuth: HttpAuthService },
) {
  router.get('/metric-sources', async (req, res) => {
    res.json({
      sources: await options.collector.statuses(
        await callerOf(options.httpAuth, req),
      ),
    });
  });
}
