import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { SuccessMeasureService } from './SuccessMeasureService';

/** HTTP for the success measures. */
export function registerSuccessMeasureRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{ successMeasures: SuccessMeasureService }>,
) {
  router.get('/success-measures', async (req, res) => {
    const measures = await options.successMeasures.list(
      await options.callerOf(req),
    );
    res.json({ measures });
  });
}
