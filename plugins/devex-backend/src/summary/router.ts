import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { SummaryService } from './SummaryService';
import { sendViews } from '../http/sharedJson';

/**
 * HTTP for the first views of the tab and the page. Every audited write drops the computed views,
 * whichever door it came through (see `announceChanges`).
 */
export function registerSummaryRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{
    summary: SummaryService;
  }>,
) {
  const { summary, callerOf } = options;
  router.get('/summary', async (req, res) => {
    // each section is the caller's view kept with the computed summary: serialized once
    sendViews(
      res,
      await summary.summary(req.query.entityRef, await callerOf(req)),
    );
  });
}
