import { HttpAuthService } from '@backstage/backend-plugin-api';
import { callerOf } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { SuccessMeasureService } from './SuccessMeasureService';

/** HTTP for the success measures. */
export function registerSuccessMeasureRoutes(
  router: DevexApiRouter,
  options: {
    successMeasures: SuccessMeasureService;
    httpAuth: HttpAuthService;
  },
) {
  router.get('/success-measures', async (req, res) => {
    const measures = await options.successMeasures.list(
      await callerOf(options.httpAuth, req),
    );
    res.json({ measures });
  });
}
