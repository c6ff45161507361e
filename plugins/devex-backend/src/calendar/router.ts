import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { callerOf } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { audited } from '../http/audit';
import { CalendarService } from './CalendarService';

export interface CalendarRoutesOptions {
  calendar: CalendarService;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
}

/** HTTP for the governance calendar, verification windows and the iCalendar feed. */
export function registerCalendarRoutes(
  router: DevexApiRouter,
  options: CalendarRoutesOptions,
) {
  const { calendar, httpAuth, auditor } = options;

  router.get('/calendar/occurrences', async (req, res) => {
    const caller = await callerOf(httpAuth, req);
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
          await callerOf(httpAuth, req),
        ),
      written => ({ version: written.version }),
    );
    res.json(record);
  });

  router.get('/calendar/verification-windows', async (req, res) => {
    res.json({
      windows: await calendar.windows(await callerOf(httpAuth, req)),
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
      async () => calendar.recordRun(req.body, await callerOf(httpAuth, req)),
      recorded => ({ verificationRunId: recorded.id }),
    );
    res.status(201).json(run);
  });

  router.get('/calendar/feed-url', async (req, res) => {
    res.json({
      path: await calendar.feedPath(
        req.query.entityRef,
        await callerOf(httpAuth, req),
      ),
    });
  });

  router.get('/calendar/feed/:token/devex.ics', async (req, res) => {
    const body = await calendar.feed(req.params.token);
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', 'inline; filename="devex.ics"')
      .send(body);
  });
}
