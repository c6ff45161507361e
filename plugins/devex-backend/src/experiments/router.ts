import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { sendViews } from '../http/sharedJson';
import { ExperimentScorecard } from '@devex-governance/backstage-plugin-devex-common';
import { CallerOf } from '../http/caller';
import { decodeCursor, encodeCursor } from '../database/keyset';
import { MeasurementService } from '../measurements/MeasurementService';
import { DevexApiRouter } from '../http/apiRouter';
import { audited } from '../http/audit';
import { ExperimentListQuery, ExperimentService } from './ExperimentService';
import { toSpreadsheetCsv } from '../shared/csv';

export interface ExperimentRoutesOptions {
  experiments: ExperimentService;
  measurements: MeasurementService;
  httpAuth: HttpAuthService;
  callerOf: CallerOf;
  auditor: AuditorService;
}

const PAGE_DEFAULT = 50;

function listQueryOf(q: Record<string, unknown>): ExperimentListQuery {
  return {
    entityRef: q.entityRef as string | undefined,
    owner: q.owner as string[] | undefined,
    status: q.status as ExperimentListQuery['status'],
    family: q.family as ExperimentListQuery['family'],
  };
}

function pageOf(q: { limit?: number; cursor?: string }) {
  return {
    limit: q.limit ?? PAGE_DEFAULT,
    afterKey: q.cursor ? decodeCursor(q.cursor, 'key').value : undefined,
  };
}

const nextCursorOf = (hasMore: boolean, last?: { key: string; id: string }) =>
  hasMore && last
    ? encodeCursor({ sort: 'key', value: last.key, id: last.id })
    : undefined;

/** One CSV row per experiment metric, for spreadsheets and the forum's pre-reads. */
export function scorecardsToCsv(scorecards: ExperimentScorecard[]): string {
  const rows = scorecards.flatMap(({ experiment, status, metrics }) =>
    (metrics.length ? metrics : [undefined]).map(m => ({
      experiment: experiment.key,
      title: experiment.title,
      owner: experiment.owner,
      experiment_status: experiment.status,
      decision: experiment.decision ?? '',
      scorecard_status: status,
      metric: m?.metric.key ?? '',
      family: m?.metric.family ?? '',
      unit: m?.metric.unit ?? '',
      baseline: m?.baseline ?? '',
      current: m?.current ?? '',
      target: m?.target ?? '',
      comparator: m?.comparator ?? '',
      progress:
        m?.progress === null || m === undefined ? '' : m.progress.toFixed(3),
      metric_status: m?.status ?? '',
      trend: m?.trend ?? '',
      measurements: m?.measurements ?? 0,
    })),
  );
  return toSpreadsheetCsv(rows, {
    header: true,
    columns: rows.length ? undefined : ['experiment'],
  });
}

/** HTTP for experiments, scorecards and measurements. */
export function registerExperimentRoutes(
  router: DevexApiRouter,
  options: ExperimentRoutesOptions,
) {
  const { experiments, measurements, httpAuth, callerOf, auditor } = options;

  router.get('/experiments', async (req, res) => {
    const caller = await callerOf(req);
    const { items, hasMore } = await experiments.list(
      listQueryOf(req.query),
      caller,
      pageOf(req.query),
    );
    sendViews(res, { items, nextCursor: nextCursorOf(hasMore, items.at(-1)) });
  });

  router.post('/experiments', async (req, res) => {
    res
      .status(201)
      .json(await experiments.create(req.body, await callerOf(req)));
  });

  router.get('/experiments/:id', async (req, res) => {
    res.json(await experiments.get(req.params.id, await callerOf(req)));
  });

  router.patch('/experiments/:id', async (req, res) => {
    res.json(
      await experiments.update(req.params.id, req.body, await callerOf(req)),
    );
  });

  router.get('/experiments/:id/transitions', async (req, res) => {
    res.json({
      items: await experiments.history(req.params.id, await callerOf(req)),
    });
  });

  router.post('/experiments/:id/transitions', async (req, res) => {
    res
      .status(201)
      .json(
        await experiments.transition(
          req.params.id,
          req.body,
          await callerOf(req),
        ),
      );
  });

  router.post('/measurements', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const result = await audited(
      auditor,
      {
        eventId: 'measurements-record',
        request: req,
        meta: { count: req.body.measurements.length },
      },
      () => measurements.record(req.body, credentials),
    );
    res.status(201).json(result);
  });

  router.get('/scorecards', async (req, res) => {
    const caller = await callerOf(req);
    const { scorecards, hasMore } = await experiments.scorecards(
      listQueryOf(req.query),
      caller,
      pageOf(req.query),
    );
    sendViews(res, {
      scorecards,
      nextCursor: nextCursorOf(hasMore, scorecards.at(-1)?.experiment),
    });
  });

  router.get('/scorecards/export.csv', async (req, res) => {
    const caller = await callerOf(req);
    const { scorecards } = await experiments.scorecards(
      listQueryOf(req.query),
      caller,
    );
    res
      .status(200)
      .type('text/csv')
      .setHeader(
        'Content-Disposition',
        'attachment; filename="devex-scorecards.csv"',
      )
      .send(scorecardsToCsv(scorecards));
  });
}
