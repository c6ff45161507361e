import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { MetricCollector } from './MetricCollector';

/** HTTP for the metric sources' status. */
export function registerMetricSourceRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{ collector: MetricCollector }>,
) {
  router.get('/metric-sources', async (req, res) => {
    res.json({
      sources: await options.collector.statuses(await options.callerOf(req)),
    });
  });
}
