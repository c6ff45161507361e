import { EntityCatalog } from '../catalog/EntityCatalog';
import { auditTaskChange } from '../tasks/systemActor';
import { EntityRecordAuthorizer } from '../permissions/entityRecords';
import { randomUUID } from 'node:crypto';
import {
  AuditorService,
  AuthService,
  LoggerService,
  PermissionsService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
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
import { NextStepsLimits } from './nextSteps';
import { AuditPlan } from '../audit/DevexAudit';

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

export interface EscalationServiceOptions {
  store: BlockerStore;
  auditor: AuditorService;
  permissions: PermissionsService;
  records: EntityRecordAuthorizer;
  entities: EntityCatalog;
  catalog: CatalogService;
  auth: AuthService;
  /** Where the owners' and the steering committee's notifications go out from. */
  outbox: Outbox;
  logger: LoggerService;
  settings: EscalationSettings;
  clock: () => DateTime;
}

/**
 * The owners of an entity as the catalog lists them, or why they cannot be read (`notFound`: the
 * entity is not in the catalog).
 */
export type OwnerLookup =
  | { owners: string[] }
  | { error: string; notFound?: true };

/**
 * The escalation path: (1) record a blocker on an entity, (2) notify its owners, (3) after N
 * working days unresolved, escalate to the steering committee and its chair.
 */
export class EscalationService {
  constructor(private readonly options: EscalationServiceOptions) {}

  /** The owners of an entity, read from the catalog; an empty list is an error, not nobody. */
  async lookUpOwners(entityRef: string): Promise<OwnerLookup> {
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

  /**
   * A blocker read from a source (a Next_Steps bullet): raised, or re-opened when its bullet is
   * back, and its owners notified; undefined when it is open already.
   */
  async raiseOrReopenFromSource(
    fields: Pick<
      Blocker,
      'entityRef' | 'title' | 'description' | 'raisedBy' | 'source'
    > & { sourceKey: string },
    owners: OwnerLookup,
  ) {
    const recorded = await this.options.store.raiseOrReopen({
      id: randomUUID(),
      ...fields,
      ...this.timing(),
    });
    if (recorded) await this.notifyOwners(recorded.blocker, owners);
    return recorded;
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

  /** Registers step 3 (escalation), run once across replicas. */
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
