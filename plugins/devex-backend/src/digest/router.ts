import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { DigestService } from './DigestService';

/** HTTP for the metrics digest: preview and send now. */
export function registerDigestRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{ digest: DigestService }>,
) {
  const { digest, callerOf } = options;
  router.get('/digest/preview', async (req, res) => {
    res.json(await digest.preview(await callerOf(req)));
  });
  router.post('/digest/send', async (req, res) => {
    res.json(await digest.sendNow(await callerOf(req)));
  });
}
