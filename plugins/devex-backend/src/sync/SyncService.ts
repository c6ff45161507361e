import { SyncRatios } from './SyncRatios';
import { randomUUID } from 'node:crypto';
import {
  AuditorService,
  AuthService,
  BackstageCredentials,
  LoggerService,
  PermissionsService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  devexComplianceWritePermission,
  devexGovernanceReadPermission,
  devexRemediationItemWritePermission,
  devexSyncRunPermission,
  EvidenceRecord,
  RemediationItem,
  RemediationSyncStatus,
  SyncOverview,
  SyncRatio,
  SyncRun,
  Waiver,
} from '@devex-governance/backstage-plugin-devex-common';
import { EvidenceProvider } from '@devex-governance/backstage-plugin-devex-node';
import { DateTime } from 'luxon';
import { auditTaskChange, outboundSignal } from '../tasks/systemActor';
import { EntityRecordAuthorizer } from '../permissions/entityRecords';
import { authorizeOrThrow } from '../permissions/authorize';
import { actorOf, Caller } from '../permissions/caller';
import { normalizeEntityRef } from '../shared/validation';
import {
  parseRemediationBacklog,
  REMEDIATION_BACKLOG_ANNOTATION,
  validateRemediationItem,
} from './backlogFile';
import {
  ProviderEvidence,
  reconcileItem,
  reconciliationInputHash,
  remediationContentHash,
} from './reconcile';
import { RemediationConflict, remediationSourceOf } from './remediationSources';
import { EvidenceStore } from './EvidenceStore';
import { SyncScope } from './remediationRows';
import {
  RemediationItemStore,
  StoredSyncState,
  SyncStateWrite,
} from './RemediationItemStore';
import { SyncRunStore } from './SyncRunStore';
import { SyncStatusStore } from './SyncStatusStore';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { GroupHierarchy } from '../catalog/GroupHierarchy';

const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

/** The scheduled sync's task id, which "Sync now" triggers. */
export const EVIDENCE_SYNC_TASK_ID = 'devex-evidence-sync';

/**
 * Reconciles the remediation backlog with the evidence catalogs and reports the share synced
 * automatically against the target.
 */
export class SyncService {
  constructor(
    private readonly options: {
      items: RemediationItemStore;
      status: SyncStatusStore;
      runs: SyncRunStore;
      evidence: EvidenceStore;
      /** The catalog's group tree: a group's views include its descendants. */
      groups: GroupHierarchy;
      /** What the catalog shows each caller: the overview follows it. */
      entities: EntityCatalog;
      providers: EvidenceProvider[];
      permissions: PermissionsService;
      records: EntityRecordAuthorizer;
      auditor: AuditorService;
      catalog: CatalogService;
      auth: AuthService;
      urlReader: UrlReaderService;
      logger: LoggerService;
      target: number;
      ratios: SyncRatios;
      /**
       * The waivers requested or in force today of remediation items, by item id (the waivers
       * domain answers: it sits above the sync, whose items it waives).
       */
      waivers: {
        openOnRemediationItems(itemIds: string[]): Promise<Map<string, Waiver>>;
      };
      scheduler: SchedulerService;
      schedule: SchedulerServiceTaskScheduleDefinition;
      clock: () => DateTime;
    },
  ) {}

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

  /** Reads every entity's backlog file; a bad file is recorded and changes nothing. */
  private async readBacklogFiles(
    errors: string[],
    signal?: AbortSignal,
  ): Promise<void> {
    const { catalog, auth, urlReader, runs } = this.options;
    const itemStore = this.options.items;
    const { items } = await catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${REMEDIATION_BACKLOG_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        fields: ['kind', 'metadata'],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    for (const entity of items) {
      signal?.throwIfAborted();
      const location =
        entity.metadata.annotations![REMEDIATION_BACKLOG_ANNOTATION];
      const entityRef = `${entity.kind.toLocaleLowerCase('en-US')}:${
        entity.metadata.namespace ?? 'default'
      }/${entity.metadata.name}`;
      const now = this.options.clock().toJSDate();
      try {
        const text = (
          await (
            await urlReader.readUrl(location, {
              signal: outboundSignal(signal),
            })
          ).buffer()
        ).toString('utf8');
        const parsed = parseRemediationBacklog(text, location, entityRef);
        const { conflicts } = await itemStore.upsertItems(
          parsed.map(i => ({ ...i, contentHash: remediationContentHash(i) })),
          now,
        );
        await itemStore.settleFileConflicts(
          entityRef,
          remediationSourceOf({ entityRef, sourceLocation: location }),
          conflicts.map(c => c.id),
        );
        if (conflicts.length)
          this.options.logger.warn(
            `Remediation backlog file of ${entityRef} claims items other sources hold: ${conflicts
              .map(c => `${c.id} (${c.heldBy})`)
              .join(', ')}`,
          );
        await runs.recordSource(entityRef, location, null, now);
      } catch (error) {
        const message = `${entityRef}: ${(error as Error).message}`;
        errors.push(message);
        await runs.recordSource(
          entityRef,
          location,
          (error as Error).message,
          now,
        );
        this.options.logger.warn(
          `Remediation backlog file not read: ${message}`,
        );
      }
    }
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

    await this.readBacklogFiles(errors, signal).catch(e => {
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

  private async scopeOf(query: {
    entityRef?: string;
    group?: string;
  }): Promise<{
    scope: SyncScope;
    ratioScope: SyncRatio['scope'];
  }> {
    if (query.entityRef && query.group)
      throw new InputError('Give entityRef or group, not both');
    if (query.entityRef) {
      const entityRef = normalizeEntityRef('entityRef', query.entityRef);
      return {
        scope: { entityRef },
        ratioScope: { type: 'entity', entityRef },
      };
    }
    if (query.group) {
      const groupRef = normalizeEntityRef('group', query.group, ['group']);
      return {
        // a group's items are its own and its descendants' (the catalog's hierarchy)
        scope: {
          ownerRefs: await this.options.groups.withDescendants(groupRef),
        },
        ratioScope: { type: 'group', groupRef },
      };
    }
    return { scope: {}, ratioScope: { type: 'portal' } };
  }

  async overview(
    query: { entityRef?: string; group?: string },
    caller: Caller,
  ): Promise<SyncOverview> {
    const { scope, ratioScope } = await this.scopeOf(query);
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    const { entities } = this.options;
    // an entity the catalog hides from the caller has no overview for them, as in the catalog
    if (
      scope.entityRef &&
      !(await entities.visibleTo(caller.credentials, [scope.entityRef])).has(
        scope.entityRef,
      )
    ) {
      throw new NotFoundError(`No entity ${scope.entityRef} in the catalog`);
    }
    const [counts, runs, notSynced, fileErrors, conflicts, children] =
      await Promise.all([
        this.options.ratios.counts(scope),
        this.options.runs.listRuns(30),
        this.options.status.notSyncedAutomatically(scope, 200),
        this.options.runs.sourceErrors(scope.entityRef),
        this.options.items.conflicts(scope, 200),
        ratioScope.type === 'group'
          ? this.childRatios(ratioScope.groupRef)
          : [],
      ]);
    // at group and portal scope, the records of the entities the caller can see only
    const visible = <T>(records: T[], refsOf: (r: T) => Array<string | null>) =>
      entities.visibleRecords(caller.credentials, records, refsOf);
    return {
      ratio: this.options.ratios.toRatio(ratioScope, counts),
      history: runs
        .filter(r => r.finishedAt)
        .reverse()
        .map(r => ({ runId: r.id, finishedAt: r.finishedAt!, ratio: r.ratio })),
      notSyncedAutomatically: await this.withWaivers(
        await visible(notSynced, s => [s.item.entityRef]),
      ),
      fileErrors: await visible(fileErrors, e => [e.entityRef]),
      conflicts: await visible(conflicts, c => [
        c.holderEntityRef,
        c.claimantEntityRef,
      ]),
      children,
    };
  }

  /** The drill-down's items with their waiver requested or in force, in one query. */
  private async withWaivers(
    statuses: RemediationSyncStatus[],
  ): Promise<RemediationSyncStatus[]> {
    const waivers = await this.options.waivers.openOnRemediationItems(
      statuses.map(s => s.item.id),
    );
    return statuses.map(s => ({
      ...s,
      waiver: waivers.get(s.item.id) ?? null,
    }));
  }

  /** Each child group's ratio, its own descendants included: the drill-down of a group. */
  private async childRatios(groupRef: string): Promise<SyncRatio[]> {
    const children = await this.options.groups.childrenOf(groupRef);
    return Promise.all(
      children.map(async child =>
        this.options.ratios.toRatio(
          { type: 'group', groupRef: child },
          await this.options.ratios.counts({
            ownerRefs: await this.options.groups.withDescendants(child),
          }),
        ),
      ),
    );
  }

  async portfolio(caller: Caller): Promise<SyncRatio[]> {
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    // each group with its descendants' items rolled up, from the per-owner counts: one query
    const direct = await this.options.ratios.byOwner();
    const owners = new Set(direct.map(r => r.owner));
    for (const r of direct) {
      for (const ancestor of await this.options.groups.ancestorsOf(r.owner)) {
        owners.add(ancestor);
      }
    }
    const ratios = [];
    for (const owner of [...owners].sort()) {
      const below = new Set(await this.options.groups.withDescendants(owner));
      const rows = direct.filter(r => below.has(r.owner));
      ratios.push(
        this.options.ratios.toRatio(
          { type: 'group', groupRef: owner },
          {
            total: rows.reduce((n, r) => n + r.total, 0),
            syncedAutomatically: rows.reduce(
              (n, r) => n + r.syncedAutomatically,
              0,
            ),
            waived: rows.reduce((n, r) => n + r.waived, 0),
          },
        ),
      );
    }
    return ratios;
  }

  async runs(caller: Caller): Promise<SyncRun[]> {
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    return this.options.runs.listRuns(50);
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

  async listEvidence(caller: Caller): Promise<EvidenceRecord[]> {
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    return this.options.evidence.listEvidence();
  }

  async putEvidence(
    record: EvidenceRecord,
    caller: Caller,
  ): Promise<EvidenceRecord> {
    const owner = normalizeEntityRef('owner', record.owner, ['user', 'group']);
    if (record.collectedAt && !DateTime.fromISO(record.collectedAt).isValid)
      throw new InputError(`collectedAt must be an ISO 8601 date-time`);
    await authorizeOrThrow(
      this.options.permissions,
      devexComplianceWritePermission,
      caller,
    );
    const stored = { ...record, owner };
    await this.options.evidence.putEvidence(stored);
    return stored;
  }

  async deleteEvidence(id: string, caller: Caller): Promise<void> {
    await authorizeOrThrow(
      this.options.permissions,
      devexComplianceWritePermission,
      caller,
    );
    if (!(await this.options.evidence.deleteEvidence(id)))
      throw new NotFoundError(`No evidence record ${id}`);
  }
}
