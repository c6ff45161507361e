import {
  AuditorService,
  HttpAuthService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { devexSyncRunPermission, EvidenceRecord } from '@internal/backstage-plugin-devex-common';
import { PermissionsService } from '@backstage/backend-plugin-api';
import { callerOf } from '../service/caller';
import { DevexApiRouter } from '../service/apiRouter';
import { audited } from '../service/audit';
import { SyncService } from './SyncService';

export const EVIDENCE_SYNC_TASK_ID = 'devex-evidence-sync';

/** HTTP for the remediation-to-evidence sync, its ratio and the portal's evidence records. */
export function registerSyncRoutes(
  router: DevexApiRouter,
  options: { sync: SyncService; httpAuth: HttpAuthService; auditor: AuditorService; scheduler: SchedulerService; permissions: PermissionsService },
) {
  const { sync, httpAuth, auditor, scheduler, permissions } = options;

  router.get('/sync/overview', async (req, res) => {
    const overview = await sync.overview({ entityRef: req.query.entityRef, group: req.query.group }, await callerOf(httpAuth, req));
    // The spec describes the nested rows loosely (see SyncOverview in the common package).
    res.json(overview as unknown as Parameters<typeof res.json>[0]);
  });

  router.get('/sync/portfolio', async (req, res) => {
    res.json({ groups: await sync.portfolio(await callerOf(httpAuth, req)) });
  });

  router.get('/sync/runs', async (req, res) => {
    res.json({ items: await sync.runs(await callerOf(httpAuth, req)) });
  });

  router.post('/sync/runs', async (req, res) => {
    await audited(auditor, { eventId: 'sync-trigger', request: req }, async () => {
      const caller = await callerOf(httpAuth, req);
      const [decision] = await permissions.authorize([{ permission: devexSyncRunPermission }], { credentials: caller.credentials });
      if (decision.result !== AuthorizeResult.ALLOW) throw new NotAllowedError(`${caller.userEntityRef} may not start a sync run (${devexSyncRunPermission.name})`);
      try {
        await scheduler.triggerTask(EVIDENCE_SYNC_TASK_ID);
      } catch (error) {
        if ((error as Error).name === 'ConflictError') throw new ConflictError('A sync run is already in progress');
        throw error;
      }
    });
    res.status(202).json({ status: 'triggered' });
  });

  router.post('/remediation-items', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const result = await audited(
      auditor,
      { eventId: 'remediation-items-upsert', request: req, meta: { count: req.body.items.length } },
      () => sync.upsertItems(req.body.items, credentials),
      r => ({ written: r.written, unchanged: r.unchanged }),
    );
    res.json(result);
  });

  router.get('/evidence', async (req, res) => {
    res.json({ items: await sync.listEvidence(await callerOf(httpAuth, req)) });
  });

  router.put('/evidence/:evidenceId', async (req, res) => {
    if (req.body.id !== req.params.evidenceId) throw new InputError('The body id must match the evidence id in the path');
    const record = await audited(
      auditor,
      { eventId: 'evidence-put', request: req, meta: { evidenceId: req.params.evidenceId } },
      async () => sync.putEvidence(req.body as EvidenceRecord, await callerOf(httpAuth, req)),
    );
    res.json(record);
  });

  router.delete('/evidence/:evidenceId', async (req, res) => {
    await audited(auditor, { eventId: 'evidence-delete', request: req, meta: { evidenceId: req.params.evidenceId } }, async () =>
      sync.deleteEvidence(req.params.evidenceId, await callerOf(httpAuth, req)),
    );
    res.status(204).end();
  });
}
