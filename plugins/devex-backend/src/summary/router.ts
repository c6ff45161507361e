import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { SummaryService } from './SummaryService';
import { sendViews } from '../http/sharedJson';

/**
 * HTTP for the first views of the tab and the page. Writes through the audited services drop the
 * computed views wherever they come from (see `DevexAudit`); a REST write of the other domains
 * drops them here.
 */
export function registerSummaryRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{
    summary: SummaryService;
    views: { invalidate(): void };
  }>,
) {
  const { summary, views, callerOf } = options;
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.on('finish', () => {
        if (res.statusCode < 400) views.invalidate();
      });
    }
    next();
  });
  router.get('/summary', async (req, res) => {
    // each section is the caller's view kept with the computed summary: serialized once
    sendViews(
      res,
      await summary.summary(req.query.entityRef, await callerOf(req)),
    );
  });
}
