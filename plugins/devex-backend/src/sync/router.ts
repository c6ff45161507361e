import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { sendViews } from '../http/sharedJson';
import { InputError } from '@backstage/errors';
import { EvidenceRecord } from '@devex-governance/backstage-plugin-devex-common';
import { RoutesOptions } from '../http/caller';
import { DevexApiRouter } from '../http/apiRouter';
import { audited } from '../http/audit';
import { EvidenceCatalogService } from './EvidenceCatalogService';
import { SyncOverviewService } from './SyncOverviewService';
import { SyncService } from './SyncService';

/** HTTP for the remediation-to-evidence sync, its ratio and the portal's evidence records. */
export function registerSyncRoutes(
  router: DevexApiRouter,
  options: RoutesOptions<{
    sync: SyncService;
    syncOverview: SyncOverviewService;
    evidenceCatalog: EvidenceCatalogService;
    httpAuth: HttpAuthService;
    auditor: AuditorService;
  }>,
) {
  const { sync, syncOverview, evidenceCatalog, httpAuth, callerOf, auditor } =
    options;

  router.get('/sync/overview', async (req, res) => {
    res.json(
      await syncOverview.overview(
        { entityRef: req.query.entityRef, group: req.query.group },
        await callerOf(req),
      ),
    );
  });

  router.get('/sync/portfolio', async (req, res) => {
    const groups = await syncOverview.portfolio(await callerOf(req));
    sendViews(res, { groups });
  });

  router.get('/sync/runs', async (req, res) => {
    res.json({ items: await syncOverview.runs(await callerOf(req)) });
  });

  router.post('/sync/runs', async (req, res) => {
    await audited(
      auditor,
      { eventId: 'sync-trigger', request: req },
      async () => sync.triggerRun(await callerOf(req)),
    );
    res.status(202).json({ status: 'triggered' });
  });

  router.post('/remediation-items', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const result = await audited(
      auditor,
      {
        eventId: 'remediation-items-upsert',
        request: req,
        meta: { count: req.body.items.length },
      },
      () => sync.upsertItems(req.body.items, credentials),
      r => ({
        written: r.written,
        unchanged: r.unchanged,
        conflicts: r.conflicts.length,
      }),
    );
    res.json(result);
  });

  router.get('/evidence', async (req, res) => {
    res.json({
      items: await evidenceCatalog.listEvidence(await callerOf(req)),
    });
  });

  router.put('/evidence/:evidenceId', async (req, res) => {
    if (req.body.id !== req.params.evidenceId)
      throw new InputError(
        'The body id must match the evidence id in the path',
      );
    const record = await audited(
      auditor,
      {
        eventId: 'evidence-put',
        request: req,
        meta: { evidenceId: req.params.evidenceId },
      },
      async () =>
        evidenceCatalog.putEvidence(
          req.body as EvidenceRecord,
          await callerOf(req),
        ),
    );
    res.json(record);
  });

  router.delete('/evidence/:evidenceId', async (req, res) => {
    await audited(
      auditor,
      {
        eventId: 'evidence-delete',
        request: req,
        meta: { evidenceId: req.params.evidenceId },
      },
      async () =>
        evidenceCatalog.deleteEvidence(
          req.params.evidenceId,
          await callerOf(req),
        ),
    );
    res.status(204).end();
  });
}
