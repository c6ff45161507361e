import { AuditorService } from '@backstage/backend-plugin-api';
import { CallerOf } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { audited } from '../http/audit';
import { CalendarService } from './CalendarService';
import { FeedLinkService } from './FeedLinkService';

export interface CalendarRoutesOptions {
  calendar: CalendarService;
  feedLinks: FeedLinkService;
  callerOf: CallerOf;
  auditor: AuditorService;
}

/** HTTP for the governance calendar, verification windows and the iCalendar feeds. */
export function registerCalendarRoutes(
  router: DevexApiRouter,
  options: CalendarRoutesOptions,
) {
  const { calendar, feedLinks, callerOf, auditor } = options;

  router.get('/calendar/occurrences', async (req, res) => {
    const caller = await callerOf(req);
    res.json({
      occurrences: await calendar.occurrences(
        {
          from: req.query.from,
          to: req.query.to,
          entityRef: req.query.entityRef,
        },
        caller,
      ),
    });
  });

  router.put('/calendar/occurrences/:occurrenceId/record', async (req, res) => {
    const record = await audited(
      auditor,
      {
        eventId: 'occurrence-record',
        request: req,
        meta: {
          occurrenceId: req.params.occurrenceId,
          status: req.body.status,
        },
      },
      async () =>
        calendar.recordOccurrence(
          req.params.occurrenceId,
          req.body,
          await callerOf(req),
        ),
      written => ({ version: written.version }),
    );
    res.json(record);
  });

  router.get('/calendar/verification-windows', async (req, res) => {
    res.json({
      windows: await calendar.windows(await callerOf(req)),
    });
  });

  router.post('/calendar/verification-runs', async (req, res) => {
    const run = await audited(
      auditor,
      {
        eventId: 'verification-run-record',
        request: req,
        meta: { framework: req.body.framework, runAt: req.body.runAt },
      },
      async () => calendar.recordRun(req.body, await callerOf(req)),
      recorded => ({ verificationRunId: recorded.id }),
    );
    res.status(201).json(run);
  });

  // Issues a new link per call; kept for clients that only want a path.
  router.get('/calendar/feed-url', async (req, res) => {
    const issued = await audited(
      auditor,
      {
        eventId: 'calendar-feed-issue',
        request: req,
        meta: { entityRef: req.query.entityRef ?? null, expiresInDays: null },
      },
      async () =>
        feedLinks.issueFeed(
          { entityRef: req.query.entityRef },
          await callerOf(req),
        ),
      feed => ({ feedId: feed.id }),
    );
    res.json({ path: issued.path });
  });

  router.post('/calendar/feeds', async (req, res) => {
    const issued = await audited(
      auditor,
      {
        eventId: 'calendar-feed-issue',
        request: req,
        meta: {
          entityRef: req.body.entityRef ?? null,
          expiresInDays: req.body.expiresInDays ?? null,
        },
      },
      async () => feedLinks.issueFeed(req.body, await callerOf(req)),
      feed => ({ feedId: feed.id, expiresAt: feed.expiresAt }),
    );
    res.status(201).json(issued);
  });

  router.get('/calendar/feeds', async (req, res) => {
    res.json({
      feeds: await feedLinks.listFeeds(await callerOf(req)),
    });
  });

  router.delete('/calendar/feeds/:id', async (req, res) => {
    await audited(
      auditor,
      {
        eventId: 'calendar-feed-revoke',
        request: req,
        meta: { feedId: req.params.id },
      },
      async () => feedLinks.revokeFeed(req.params.id, await callerOf(req)),
      revoked => ({ userRef: revoked.userRef }),
    );
    res.status(204).end();
  });

  router.delete('/calendar/feeds', async (req, res) => {
    const revoked = await audited(
      auditor,
      {
        eventId: 'calendar-feed-revoke',
        request: req,
        meta: { userRef: req.query.userRef },
      },
      async () =>
        feedLinks.revokeFeedsOf(req.query.userRef, await callerOf(req)),
      count => ({ revoked: count }),
    );
    res.json({ revoked });
  });

  router.get('/calendar/feed/:token/devex.ics', async (req, res) => {
    const body = await feedLinks.feed(req.params.token);
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', 'inline; filename="devex.ics"')
      .send(body);
  });
}
