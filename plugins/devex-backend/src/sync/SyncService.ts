import { SyncServiceOptions } from './SyncServiceOptions';
import { BacklogFileReader } from './BacklogFileReader';
import { randomUUID } from 'node:crypto';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import {
  devexRemediationItemWritePermission,
  devexSyncRunPermission,
  RemediationItem,
  SyncRun,
} from '@devex-governance/backstage-plugin-devex-common';
import { auditTaskChange, outboundSignal } from '../tasks/systemActor';
import { authorizeOrThrow } from '../permissions/authorize';
import { actorOf, Caller } from '../permissions/caller';
import { normalizeEntityRef } from '../shared/validation';
import { validateRemediationItem } from './backlogFile';
import {
  ProviderEvidence,
  reconcileItem,
  reconciliationInputHash,
  remediationContentHash,
} from './reconcile';
import { RemediationConflict } from './remediationSources';
import { StoredSyncState, SyncStateWrite } from './RemediationItemStore';

const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

/** The scheduled sync's task id, which "Sync now" triggers. */
export const EVIDENCE_SYNC_TASK_ID = 'devex-evidence-sync';

/**
 * Reconciles the remediation backlog with the evidence catalogs and reports the share synced
 * automatically against the target.
 */
export class SyncService {
  private readonly backlogFiles: BacklogFileReader;

  constructor(private readonly options: SyncServiceOptions) {
    this.backlogFiles = new BacklogFileReader(options);
  }

  /**
   * Registers the scheduled sync with global scope: one run per interval across replicas (a
   * replica starting later keeps the next run time already set in the shared database).
   */
  async scheduleRuns(): Promise<void> {
    await this.options.scheduler.scheduleTask({
      id: EVIDENCE_SYNC_TASK_ID,
      ...this.options.schedule,
      scope: 'global',
      fn: async (signal?: AbortSignal) => {
        const run = await this.run('schedule', signal);
        this.options.logger.info(
          `Evidence sync: ${run.syncedAutomatically}/${run.total} synced automatically, ${run.skipped} unchanged skipped`,
        );
      },
    });
  }

  /** Starts the scheduled sync now, on whichever replica is free to run it. */
  async startScheduledRun(): Promise<void> {
    try {
      await this.options.scheduler.triggerTask(EVIDENCE_SYNC_TASK_ID);
    } catch (error) {
      if ((error as Error).name === 'ConflictError')
        throw new ConflictError('A sync run is already in progress');
      throw error;
    }
  }

  /** "Sync now", for a user allowed to start sync runs. */
  async triggerRun(caller: Caller): Promise<void> {
    await authorizeOrThrow(
      this.options.permissions,
      devexSyncRunPermission,
      caller,
    );
    await this.startScheduledRun();
  }

  /**
   * One run: read backlog files, ask every provider for its evidence, then reconcile each item.
   * Items whose inputs are unchanged (same content and evidence, not yet expired, no retry due)
   * are skipped; a failure on one item or provider never stops the others.
   */
  async run(
    trigger: SyncRun['trigger'],
    signal?: AbortSignal,
  ): Promise<SyncRun> {
    const { runs, providers } = this.options;
    const itemStore = this.options.items;
    const runId = randomUUID();
    const startedAt = this.options.clock();
    await runs.startRun(runId, trigger, startedAt.toJSDate());
    const errors: string[] = [];

    await this.backlogFiles.read(errors, signal).catch(e => {
      signal?.throwIfAborted();
      errors.push(`Reading backlog files failed: ${(e as Error).message}`);
    });

    const byItem = new Map<string, ProviderEvidence[]>();
    const failedProviders: Array<{ id: string; error: string }> = [];
    const results = await Promise.allSettled(
      providers.map(p => p.listEvidence({ signal: outboundSignal(signal) })),
    );
    results.forEach((result, i) => {
      if (result.status === 'rejected') {
        failedProviders.push({
          id: providers[i].id,
          error: String(result.reason?.message ?? result.reason),
        });
        errors.push(
          `Evidence provider ${providers[i].id} failed: ${
            result.reason?.message ?? result.reason
          }`,
        );
        return;
      }
      for (const e of result.value) {
        for (const remediationId of e.remediationIds) {
          byItem.set(remediationId, [
            ...(byItem.get(remediationId) ?? []),
            { ...e, providerId: providers[i].id },
          ]);
        }
      }
    });

    const now = this.options.clock().toJSDate();
    let skipped = 0;
    for await (const page of itemStore.itemStates()) {
      // a page at a time: an aborted run stops between pages, its written states kept
      signal?.throwIfAborted();
      const due: Array<{
        id: string;
        evidence: ProviderEvidence[];
        inputHash: string;
        stored: StoredSyncState | null;
      }> = [];
      for (const { id, contentHash, stored } of page) {
        const evidence = byItem.get(id) ?? [];
        const inputHash = reconciliationInputHash(
          contentHash,
          evidence,
          failedProviders,
        );
        const retryDue =
          stored?.state === 'failed' &&
          (!stored.nextAttemptAt || stored.nextAttemptAt <= now);
        const expired = stored?.staleAt && stored.staleAt <= now;
        if (stored && stored.inputHash === inputHash && !retryDue && !expired) {
          skipped++;
          continue;
        }
        due.push({ id, evidence, inputHash, stored });
      }
      // only the items to reconcile are read whole
      const items = due.length
        ? await itemStore.itemsByIds(due.map(d => d.id))
        : new Map<string, RemediationItem>();
      const writes: SyncStateWrite[] = [];
      for (const { id, evidence, inputHash, stored } of due) {
        const item = items.get(id);
        if (!item) continue; // removed since the page was read
        try {
          const r = reconcileItem({ item, evidence, failedProviders, now });
          const attempts =
            r.state === 'failed' ? (stored?.attempts ?? 0) + 1 : 0;
          writes.push({
            remediationId: item.id,
            state: r.state,
            reason: r.reason,
            evidence: r.evidence,
            inputHash,
            attempts,
            nextAttemptAt:
              r.state === 'failed'
                ? new Date(
                    now.getTime() +
                      Math.min(MAX_BACKOFF_MS, 60_000 * 2 ** (attempts - 1)),
                  )
                : null,
            staleAt: r.staleAt,
            lastSyncedAt: r.state.startsWith('synced') ? now : null,
            runId,
          });
        } catch (error) {
          const attempts = (stored?.attempts ?? 0) + 1;
          errors.push(`${item.id}: ${(error as Error).message}`);
          writes.push({
            remediationId: item.id,
            state: 'failed',
            reason: (error as Error).message,
            evidence: [],
            inputHash,
            attempts,
            nextAttemptAt: new Date(
              now.getTime() +
                Math.min(MAX_BACKOFF_MS, 60_000 * 2 ** (attempts - 1)),
            ),
            staleAt: null,
            lastSyncedAt: null,
            runId,
          });
        }
      }
      await itemStore.writeStates(writes);
    }

    const counts = await this.options.status.countsByState();
    const portal = await this.options.ratios.counts({});
    const run: SyncRun = {
      id: runId,
      trigger,
      startedAt: startedAt.toUTC().toISO()!,
      finishedAt: this.options.clock().toUTC().toISO()!,
      total: counts.total,
      syncedAutomatically: counts.synced_automatically,
      syncedManually: counts.synced_manually,
      unsynced: counts.unsynced,
      failed: counts.failed,
      stale: counts.stale,
      skipped,
      ratio: this.options.ratios.value(portal),
      errors: errors.slice(0, 100),
    };
    await runs.finishRun(runId, run);
    await auditTaskChange(this.options.auditor, this.options.logger, {
      eventId: 'evidence-sync-run',
      meta: {
        runId,
        trigger,
        total: run.total,
        skipped,
        syncedAutomatically: run.syncedAutomatically,
        errors: errors.length,
      },
    });
    return run;
  }

  /**
   * The bulk API: an idempotent upsert of items, each of the source `api:<entityRef>`; user or
   * service credentials. Ids another source holds are left as they are and answered as conflicts.
   */
  async upsertItems(
    raw: unknown[],
    credentials: BackstageCredentials,
  ): Promise<{
    written: number;
    unchanged: number;
    conflicts: RemediationConflict[];
  }> {
    const items = raw.map((r: any, i) => {
      try {
        return validateRemediationItem(
          r,
          `items/${i}`,
          normalizeEntityRef(
            `items/${i}/entityRef`,
            String(r?.entityRef ?? ''),
          ),
          null,
        );
      } catch (e) {
        throw new InputError((e as Error).message);
      }
    });
    const ids = new Set(items.map(i => i.id));
    if (ids.size !== items.length)
      throw new InputError('items must not list the same id twice');
    await this.options.records.authorize(
      devexRemediationItemWritePermission,
      actorOf(credentials),
      [...new Set(items.map(i => i.entityRef))].map(entityRef => ({
        entityRefs: [entityRef],
        label: `the remediation items of ${entityRef}`,
      })),
    );
    return this.options.items.upsertItems(
      items.map((i: RemediationItem) => ({
        ...i,
        contentHash: remediationContentHash(i),
      })),
      this.options.clock().toJSDate(),
    );
  }
}
