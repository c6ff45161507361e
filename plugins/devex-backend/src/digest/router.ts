import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { callerOf } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { audited } from '../http/audit';
import { DigestService } from './DigestService';

/** HTTP for the metrics digest: preview and send now. */
export function registerDigestRoutes(
  router: DevexApiRouter,
  options: {
    digest: DigestService;
    httpAuth: HttpAuthService;
    auditor: AuditorService;
  },
) {
  const { digest, httpAuth, auditor } = options;
  router.get('/digest/preview', async (req, res) => {
    res.json(await digest.preview(await callerOf(httpAuth, req)));
  });
  router.post('/digest/send', async (req, res) => {
    const sent = await audited(
      auditor,
      { eventId: 'digest-send', request: req },
      async () => digest.sendNow(await callerOf(httpAuth, req)),
      d => ({ period: d.period, recipients: d.recipients.length }),
    );
    res.json(sent);
  });
}
