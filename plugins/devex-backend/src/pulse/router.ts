import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { PulseService } from './PulseService';
import { toSpreadsheetCsv } from '../shared/csv';

/** HTTP for the pulse survey. */
export function registerPulseRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{ pulse: PulseService }>,
) {
  const { pulse, callerOf } = options;

  router.get('/pulse/current', async (req, res) => {
    res.json(await pulse.current(await callerOf(req)));
  });

  router.post('/pulse/campaigns', async (req, res) => {
    res.status(201).json(await pulse.open(await callerOf(req)));
  });

  // Not audited per answer: an event would name who answered and when. The service audits each
  // written batch under the scheduler's name, with its size only.
  router.post('/pulse/campaigns/:campaignId/responses', async (req, res) => {
    res
      .status(201)
      .json(
        await pulse.answer(
          req.params.campaignId,
          req.body,
          await callerOf(req),
        ),
      );
  });

  router.get('/pulse/campaigns/:campaignId/results.csv', async (req, res) => {
    const results = await pulse.results(
      req.params.campaignId,
      req.query.group,
      await callerOf(req),
    );
    const rows = results.questions.map(q => ({
      campaign: results.campaignId,
      group: results.group ?? 'portal',
      question: q.id,
      text: q.text,
      dimension: q.dimension ?? '',
      mean: q.mean,
      share_at_or_below_2: q.shareAtOrBelow2,
      responses: results.responses,
    }));
    res
      .type('text/csv')
      .setHeader(
        'Content-Disposition',
        'attachment; filename="devex-pulse.csv"',
      )
      .send(
        toSpreadsheetCsv(rows, {
          header: true,
          columns: [
            'campaign',
            'group',
            'question',
            'text',
            'dimension',
            'mean',
            'share_at_or_below_2',
            'responses',
          ],
        }),
      );
  });

  router.get('/pulse/trend', async (req, res) => {
    res.json({
      campaigns: await pulse.trend(req.query.group, await callerOf(req)),
    });
  });

  router.get('/pulse/campaigns/:campaignId/results', async (req, res) => {
    res.json(
      await pulse.results(
        req.params.campaignId,
        req.query.group,
        await callerOf(req),
      ),
    );
  });
}
