import { EntityCatalog } from '../catalog/EntityCatalog';
import { auditTaskChange, outboundSignal } from '../tasks/systemActor';
import { EntityRecordAuthorizer } from '../permissions/entityRecords';
import { createHash, randomUUID } from 'node:crypto';
import {
  AuditorService,
  AuthService,
  LoggerService,
  PermissionsService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import {
  Blocker,
  devexBlockerWritePermission,
  devexGovernanceReadPermission,
  RaiseBlockerRequest,
  ResolveBlockerRequest,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { WorkingCalendar, workingDaysLater } from '../calendar/workingDays';
import { authorizeOrThrow } from '../permissions/authorize';
import { Outbox } from '../outbox/Outbox';
import { OutboxMessage } from '../outbox/OutboxStore';
import { devexTabPath } from '../shared/links';
import { Caller } from '../permissions/caller';
import { normalizeEntityRef, requireText } from '../shared/validation';
import { BlockerStore, NextStepsSourceError } from './BlockerStore';
import {
  DEFAULT_NEXT_STEPS_LIMITS,
  NextStepsLimits,
  readNextStepsFile,
} from './nextSteps';
import { AuditPlan } from '../audit/DevexAudit';

/** The annotation naming an entity's Next_Steps.md-style file, read for blockers. */
export const NEXT_STEPS_ANNOTATION = 'devex.io/next-steps';

export interface EscalationSettings {
  /** Working days a blocker may stay unresolved before it goes to the steering committee. */
  workingDays: number;
  /** Who blockers escalate to, with `chair`; when neither is configured, blockers do not escalate. */
  steeringCommittee?: string;
  chair?: string;
  calendar: WorkingCalendar;
  /** How often the escalation task runs. */
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** The most bytes and bullets read from a Next_Steps file; default DEFAULT_NEXT_STEPS_LIMITS. */
  nextSteps?: NextStepsLimits;
}

/** Who resolves and raises the blockers read from Next_Steps files. */
const NEXT_STEPS_READER = 'user:default/next-steps-reader';

/**
 * The owners of an entity as the catalog lists them, or why they cannot be read (`notFound`: the
 * entity is not in the catalog).
 */
type OwnerLookup = { owners: string[] } | { error: string; notFound?: true };

/**
 * The escalation path: (1) record a blocker on an entity, (2) notify its owners, (3) after N
 * working days unresolved, escalate to the steering committee and its chair.
 */
export class EscalationService {
  constructor(
    private readonly options: {
      store: BlockerStore;
      auditor: AuditorService;
      permissions: PermissionsService;
      records: EntityRecordAuthorizer;
      entities: EntityCatalog;
      catalog: CatalogService;
      auth: AuthService;
      /** Where the owners' and the steering committee's notifications go out from. */
      outbox: Outbox;
      urlReader: UrlReaderService;
      logger: LoggerService;
      settings: EscalationSettings;
      clock: () => DateTime;
    },
  ) {}

  /** The owners of an entity, read from the catalog; an empty list is an error, not nobody. */
  private async lookUpOwners(entityRef: string): Promise<OwnerLookup> {
    let entity;
    try {
      entity = await this.options.catalog.getEntityByRef(entityRef, {
        credentials: await this.options.auth.getOwnServiceCredentials(),
      });
    } catch (e) {
      return {
        error: `The owners of ${entityRef} could not be read from the catalog: ${
          e instanceof Error ? e.message : String(e)
        }`,
      };
    }
    if (!entity) {
      return { error: `No entity ${entityRef} in the catalog`, notFound: true };
    }
    const owners = (entity.relations ?? [])
      .filter(r => r.type === 'ownedBy')
      .map(r => r.targetRef);
    if (!owners.length) {
      return { error: `${entityRef} has no owner in the catalog` };
    }
    return { owners };
  }

  /** The owners' notification of a blocker, one per time it is raised (or re-opened). */
  private ownersMessage(blocker: Blocker, owners: string[]): OutboxMessage {
    const escalates = this.escalatesTo().length
      ? `Escalates to the steering committee on ${DateTime.fromISO(
          blocker.escalationDueAt,
        )
          .setZone(this.options.settings.calendar.timeZone)
          .toFormat('ccc d LLL, HH:mm')} if unresolved.`
      : '';
    const notification: NotificationSendOptions = {
      recipients: { type: 'entity', entityRef: owners },
      payload: {
        title: `Blocker on ${blocker.entityRef}: ${blocker.title}`,
        description:
          [blocker.description, escalates].filter(Boolean).join(' ') ||
          blocker.title,
        link: devexTabPath(blocker.entityRef),
        severity: 'high',
        topic: 'devex-blocker',
      },
    };
    return {
      key: `blocker-owners:${blocker.id}:${blocker.raisedAt}`,
      notification,
    };
  }

  /**
   * Step 2: the blocker is marked notified with its notification enqueued, in one transaction.
   * When the owners cannot be read, the blocker shows why and stays pending: the scheduled task
   * tries again.
   */
  private async notifyOwners(
    blocker: Blocker,
    lookup: OwnerLookup,
  ): Promise<void> {
    try {
      if ('error' in lookup) {
        await this.options.store.recordNotifyError(blocker.id, lookup.error);
        this.options.logger.warn(
          `Could not notify the owners of blocker ${blocker.id}; will retry: ${lookup.error}`,
        );
        return;
      }
      const message = this.ownersMessage(blocker, lookup.owners);
      const marked = await this.options.store.markOwnersNotified(
        blocker.id,
        lookup.owners,
        this.options.clock().toJSDate(),
        message,
      );
      if (marked) await this.options.outbox.deliverNow(message.key);
    } catch (error) {
      this.options.logger.warn(
        `Could not notify the owners of blocker ${blocker.id}; will retry: ${error}`,
      );
    }
  }

  /** The timing of a blocker raised now: when it is raised and when it escalates. */
  private timing() {
    const now = this.options.clock();
    const { workingDays, calendar } = this.options.settings;
    return {
      raisedAt: now.toJSDate(),
      escalationDueAt: workingDaysLater(now, workingDays, calendar).toJSDate(),
    };
  }

  private async record(
    entityRef: string,
    title: string,
    description: string,
    raisedBy: string,
    source: Blocker['source'],
  ) {
    const owners = await this.lookUpOwners(entityRef);
    if ('notFound' in owners) throw new NotFoundError(owners.error);
    const blocker = (await this.options.store.create({
      id: randomUUID(),
      entityRef,
      title,
      description,
      raisedBy,
      source,
      ...this.timing(),
    }))!;
    await this.notifyOwners(blocker, owners);
    return (await this.options.store.get(blocker.id))!;
  }

  async raise(request: RaiseBlockerRequest, caller: Caller): Promise<Blocker> {
    const entityRef = normalizeEntityRef('entityRef', request.entityRef);
    const title = requireText('title', request.title);
    await this.options.records.authorize(devexBlockerWritePermission, caller, [
      { entityRefs: [entityRef], label: `a blocker of ${entityRef}` },
    ]);
    return this.record(
      entityRef,
      title,
      request.description?.trim() ?? '',
      caller.userEntityRef,
      'portal',
    );
  }

  async list(
    query: { entityRef?: string; includeResolved?: boolean },
    caller: Caller,
  ): Promise<Blocker[]> {
    return (await this.listWithSourceErrors(query, caller)).items;
  }

  /**
   * The blockers, and the Next_Steps files whose last read failed (of the entity asked for, or of
   * every entity): their blockers stay as they were until a read succeeds, which people must see.
   */
  async listWithSourceErrors(
    query: { entityRef?: string; includeResolved?: boolean },
    caller: Caller,
  ): Promise<{ items: Blocker[]; sourceErrors: NextStepsSourceError[] }> {
    const entityRef =
      query.entityRef && normalizeEntityRef('entityRef', query.entityRef);
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    const [items, sourceErrors] = await Promise.all([
      this.options.store.list({
        entityRef,
        includeResolved: query.includeResolved,
      }),
      this.options.store.fileReadErrors(entityRef),
    ]);
    const { credentials } = caller;
    return {
      items: await this.options.entities.visibleRecords(
        credentials,
        items,
        b => [b.entityRef],
      ),
      sourceErrors: await this.options.entities.visibleRecords(
        credentials,
        sourceErrors,
        e => [e.entityRef],
      ),
    };
  }

  async resolve(
    id: string,
    request: ResolveBlockerRequest,
    caller: Caller,
  ): Promise<Blocker> {
    const resolution = requireText('resolution', request.resolution);
    const blocker = await this.options.store.get(id);
    if (!blocker) throw new NotFoundError(`No blocker with id ${id}`);
    await this.options.records.authorize(devexBlockerWritePermission, caller, [
      { entityRefs: [blocker.entityRef], label: `blocker ${id}` },
    ]);
    const outcome = await this.options.store.resolve(
      id,
      request.version,
      resolution,
      caller.userEntityRef,
      this.options.clock().toJSDate(),
    );
    if (outcome === 'not-found')
      throw new NotFoundError(`No blocker with id ${id}`);
    const current = (await this.options.store.get(id))!;
    if (outcome === 'stale') {
      throw new ConflictError(
        current.resolvedAt
          ? `Blocker ${id} was already resolved by ${current.resolvedBy}`
          : `Blocker ${id} changed (it was escalated): you had version ${request.version}, the current version is ${current.version}`,
      );
    }
    return current;
  }

  /** Registers step 3 (escalation) and the Next_Steps reader, each run once across replicas. */
  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: 'devex-escalate-blockers',
      ...this.options.settings.schedule,
      scope: 'global',
      fn: async () => {
        const escalated = await this.escalateDue();
        if (escalated.length) {
          await auditTaskChange(this.options.auditor, this.options.logger, {
            eventId: 'blocker-escalate',
            meta: { blockerIds: escalated.map(b => b.id) },
          });
        }
        if (escalated.length) {
          this.options.logger.info(
            `Escalated ${escalated.length} blocker(s) to the steering committee`,
          );
        }
      },
    });
    await scheduler.scheduleTask({
      id: 'devex-read-next-steps-files',
      frequency: { minutes: 30 },
      timeout: { minutes: 10 },
      initialDelay: { seconds: 30 },
      scope: 'global',
      fn: (signal?: AbortSignal) => this.syncNextStepsFiles(signal),
    });
  }

  /**
   * The scheduled task: step 2 again for blockers whose owners are not notified yet, and step 3
   * for every blocker whose time has come. Each escalation is claimed with its notification
   * enqueued in one transaction, so it escalates exactly once however many runs or replicas
   * overlap, and its notification survives a failed send or a replica that stops.
   */
  async escalateDue(): Promise<Blocker[]> {
    const now = this.options.clock().toJSDate();
    const to = this.escalatesTo();
    const owners = new Map<string, Promise<OwnerLookup>>();
    for (const pending of await this.options.store.pendingOwnerNotifications()) {
      if (!owners.has(pending.entityRef)) {
        owners.set(pending.entityRef, this.lookUpOwners(pending.entityRef));
      }
      await this.notifyOwners(pending, await owners.get(pending.entityRef)!);
    }
    const escalated: Blocker[] = [];
    // no steering committee or chair configured: blockers stay with their owners
    if (!to.length) return escalated;
    for (const blocker of await this.options.store.dueForEscalation(now)) {
      const message = this.escalationMessage(blocker, to);
      if (
        !(await this.options.store.claimEscalation(
          blocker.id,
          to,
          now,
          message,
        ))
      )
        continue;
      await this.options.outbox.deliverNow(message.key);
      escalated.push((await this.options.store.get(blocker.id))!);
    }
    return escalated;
  }

  /** The configured steering committee and chair: who blockers escalate to, maybe nobody. */
  private escalatesTo(): string[] {
    const { steeringCommittee, chair } = this.options.settings;
    return [steeringCommittee, chair].filter((r): r is string => Boolean(r));
  }

  /** The steering committee's notification of a blocker, one per time it is raised (or re-opened). */
  private escalationMessage(blocker: Blocker, to: string[]): OutboxMessage {
    return {
      key: `blocker-escalation:${blocker.id}:${blocker.raisedAt}`,
      notification: {
        recipients: { type: 'entity', entityRef: to },
        payload: {
          title: `Escalated: ${blocker.title} (${blocker.entityRef})`,
          description: `Unresolved for ${
            this.options.settings.workingDays
          } working days since ${DateTime.fromISO(
            blocker.raisedAt,
          ).toISODate()}; raised by ${blocker.raisedBy}.`,
          link: devexTabPath(blocker.entityRef),
          severity: 'critical',
          topic: 'devex-escalation',
        },
      },
    };
  }

  /**
   * Reads the "Risks/Notes" bullets of every entity's Next_Steps file (annotation
   * `devex.io/next-steps`): new bullets become blockers, bullets back in the file re-open theirs,
   * bullets gone from the file resolve theirs. A file that cannot be used (unreadable, too large,
   * no such section) changes no blocker: the entity shows the error until a read succeeds.
   */
  async syncNextStepsFiles(signal?: AbortSignal): Promise<void> {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const { items } = await this.options.catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${NEXT_STEPS_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        fields: ['kind', 'metadata'],
      },
      { credentials },
    );
    const read: string[] = [];
    for (const entity of items) {
      signal?.throwIfAborted();
      const url = entity.metadata.annotations?.[NEXT_STEPS_ANNOTATION];
      if (!url) continue;
      const entityRef = `${entity.kind.toLocaleLowerCase('en-US')}:${
        entity.metadata.namespace ?? 'default'
      }/${entity.metadata.name}`;
      read.push(entityRef);
      let error: string | null;
      try {
        error = await this.syncNextStepsFile(
          entityRef,
          url,
          outboundSignal(signal),
        );
      } catch (e) {
        error = `The blockers of this file could not be updated: ${
          e instanceof Error ? e.message : String(e)
        }`;
      }
      if (error) {
        this.options.logger.warn(
          `Next_Steps file of ${entityRef} (${url}) left its blockers unchanged: ${error}`,
        );
      }
      try {
        await this.options.store.recordFileRead(
          entityRef,
          url,
          error,
          this.options.clock().toJSDate(),
        );
      } catch (e) {
        this.options.logger.warn(
          `Could not record the read of the Next_Steps file of ${entityRef}: ${e}`,
        );
      }
    }
    await this.options.store.forgetFileReadsExcept(read);
  }

  /** One entity's file; the error that left its blockers unchanged, or null. */
  private async syncNextStepsFile(
    entityRef: string,
    url: string,
    signal?: AbortSignal,
  ): Promise<string | null> {
    const found = await readNextStepsFile(
      this.options.urlReader,
      url,
      this.options.settings.nextSteps ?? DEFAULT_NEXT_STEPS_LIMITS,
      signal,
    );
    const changes = {
      raised: [] as string[],
      reopened: [] as string[],
      resolved: [] as string[],
    };
    if ('error' in found) return found.error;
    const keyOf = (b: string) =>
      createHash('sha256').update(`${entityRef}\n${b}`).digest('hex');
    const keys = found.bullets.map(keyOf);
    let owners: OwnerLookup | undefined;
    for (const [i, bullet] of found.bullets.entries()) {
      owners ??= await this.lookUpOwners(entityRef);
      const recorded = await this.options.store.raiseOrReopen({
        id: randomUUID(),
        entityRef,
        title: bullet.slice(0, 300),
        description: `From ${url} (Risks/Notes)`,
        raisedBy: NEXT_STEPS_READER,
        source: 'next-steps',
        sourceKey: keys[i],
        ...this.timing(),
      });
      if (!recorded) continue;
      (recorded.reopened ? changes.reopened : changes.raised).push(
        recorded.blocker.id,
      );
      if (recorded.reopened) {
        this.options.logger.info(
          `Re-opened blocker ${recorded.blocker.id} of ${entityRef}: its bullet is back in ${url}`,
        );
      }
      await this.notifyOwners(recorded.blocker, owners);
    }
    const listed = new Set(keys);
    for (const open of await this.options.store.openFileBlockers(entityRef)) {
      if (!listed.has(open.sourceKey)) {
        const outcome = await this.options.store.resolve(
          open.id,
          open.version,
          `Removed from ${url}`,
          NEXT_STEPS_READER,
          this.options.clock().toJSDate(),
        );
        if (outcome === 'done') changes.resolved.push(open.id);
      }
    }
    await this.options.store.markListedInSource(entityRef, keys);
    if (
      changes.raised.length ||
      changes.reopened.length ||
      changes.resolved.length
    ) {
      await auditTaskChange(this.options.auditor, this.options.logger, {
        eventId: 'next-steps-read',
        meta: {
          entityRef,
          location: url,
          recordedAs: NEXT_STEPS_READER,
          ...changes,
        },
      });
    }
    return null;
  }
}

/** The writes of {@link EscalationService} that are audit events, whichever door they came through. */
export const BLOCKER_AUDIT: AuditPlan<EscalationService> = {
  raise: {
    eventId: 'blocker-raise',
    meta: request => ({ entityRef: request.entityRef, title: request.title }),
    metaOf: raised => ({
      blockerId: raised.id,
      escalationDueAt: raised.escalationDueAt,
    }),
  },
  resolve: {
    eventId: 'blocker-resolve',
    meta: id => ({ blockerId: id }),
  },
};
