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
    // The spec describes the rows loosely; SuccessMeasureResult in the common package is the precise type.
    res.json({ measures } as unknown as Parameters<typeof res.json>[0]);
  });
}
