import { createHash, randomUUID } from 'node:crypto';
import {
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
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  Blocker,
  devexBlockerWritePermission,
  devexGovernanceReadPermission,
  RaiseBlockerRequest,
  ResolveBlockerRequest,
} from '@internal/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { WorkingCalendar, workingDaysLater } from '../calendar/workingDays';
import { authorizeOrThrow } from '../permissions/authorize';
import { devexTabPath } from '../shared/links';
import { Caller } from '../permissions/caller';
import { normalizeEntityRef, requireText } from '../shared/validation';
import { BlockerStore } from './BlockerStore';
import { parseRisksNotes } from './nextSteps';

/** The annotation naming an entity's Next_Steps.md-style file, read for blockers. */
export const NEXT_STEPS_ANNOTATION = 'devex.io/next-steps';

export interface EscalationSettings {
  /** Working days a blocker may stay unresolved before it goes to the steering committee. */
  workingDays: number;
  steeringCommittee: string;
  chair: string;
  calendar: WorkingCalendar;
  /** How often the escalation task runs. */
  schedule: SchedulerServiceTaskScheduleDefinition;
}

/**
 * The escalation path: (1) record a blocker on an entity, (2) notify its owners, (3) after N
 * working days unresolved, escalate to the steering committee and its chair.
 */
export class EscalationService {
  constructor(
    private readonly options: {
      store: BlockerStore;
      permissions: PermissionsService;
      catalog: CatalogService;
      auth: AuthService;
      notifications: NotificationService;
      urlReader: UrlReaderService;
      logger: LoggerService;
      settings: EscalationSettings;
      clock: () => DateTime;
    },
  ) {}

  private async ownersOf(entityRef: string): Promise<string[]> {
    const entity = await this.options.catalog.getEntityByRef(entityRef, {
      credentials: await this.options.auth.getOwnServiceCredentials(),
    });
    if (!entity)
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    return (entity.relations ?? [])
      .filter(r => r.type === 'ownedBy')
      .map(r => r.targetRef);
  }

  /** Step 2; a failure is logged and retried by the scheduled task. */
  private async notifyOwners(
    blocker: Blocker,
    owners: string[],
  ): Promise<void> {
    try {
      await this.options.notifications.send({
        recipients: { type: 'entity', entityRef: owners },
        payload: {
          title: `Blocker on ${blocker.entityRef}: ${blocker.title}`,
          description: `${
            blocker.description ? `${blocker.description} ` : ''
          }Escalates to the steering committee on ${DateTime.fromISO(
            blocker.escalationDueAt,
          )
            .setZone(this.options.settings.calendar.timeZone)
            .toFormat('ccc d LLL, HH:mm')} if unresolved.`,
          link: devexTabPath(blocker.entityRef),
          severity: 'high',
          topic: 'devex-blocker',
        },
      });
      await this.options.store.markOwnersNotified(
        blocker.id,
        owners,
        this.options.clock().toJSDate(),
      );
    } catch (error) {
      this.options.logger.warn(
        `Could not notify the owners of blocker ${blocker.id}; will retry: ${error}`,
      );
    }
  }

  private async record(
    entityRef: string,
    title: string,
    description: string,
    raisedBy: string,
    source: Blocker['source'],
    sourceKey?: string,
  ) {
    const owners = await this.ownersOf(entityRef);
    const now = this.options.clock();
    const { workingDays, calendar } = this.options.settings;
    const blocker = await this.options.store.create({
      id: randomUUID(),
      entityRef,
      title,
      description,
      raisedBy,
      raisedAt: now.toJSDate(),
      escalationDueAt: workingDaysLater(now, workingDays, calendar).toJSDate(),
      source,
      sourceKey,
    });
    if (blocker) {
      await this.notifyOwners(blocker, owners);
      return (await this.options.store.get(blocker.id))!;
    }
    return undefined;
  }

  async raise(request: RaiseBlockerRequest, caller: Caller): Promise<Blocker> {
    const entityRef = normalizeEntityRef('entityRef', request.entityRef);
    const title = requireText('title', request.title);
    await authorizeOrThrow(
      this.options.permissions,
      devexBlockerWritePermission,
      caller,
    );
    return (await this.record(
      entityRef,
      title,
      request.description?.trim() ?? '',
      caller.userEntityRef,
      'portal',
    ))!;
  }

  async list(
    query: { entityRef?: string; includeResolved?: boolean },
    caller: Caller,
  ): Promise<Blocker[]> {
    const entityRef =
      query.entityRef && normalizeEntityRef('entityRef', query.entityRef);
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    return this.options.store.list({
      entityRef,
      includeResolved: query.includeResolved,
    });
  }

  async resolve(
    id: string,
    request: ResolveBlockerRequest,
    caller: Caller,
  ): Promise<Blocker> {
    const resolution = requireText('resolution', request.resolution);
    await authorizeOrThrow(
      this.options.permissions,
      devexBlockerWritePermission,
      caller,
    );
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

  /**
   * Step 3 for every blocker whose time has come: each is claimed atomically before its
   * notification goes out, so it escalates exactly once however many runs or replicas overlap.
   */
  /** Registers step 3 (escalation) and the Next_Steps reader, each run once across replicas. */
  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: 'devex-escalate-blockers',
      ...this.options.settings.schedule,
      scope: 'global',
      fn: async () => {
        const escalated = await this.escalateDue();
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
      fn: () => this.syncNextStepsFiles(),
    });
  }

  async escalateDue(): Promise<Blocker[]> {
    const now = this.options.clock().toJSDate();
    const { steeringCommittee, chair } = this.options.settings;
    for (const pending of await this.options.store.pendingOwnerNotifications()) {
      await this.notifyOwners(
        pending,
        await this.ownersOf(pending.entityRef).catch(() => []),
      );
    }
    const escalated: Blocker[] = [];
    for (const blocker of await this.options.store.dueForEscalation(now)) {
      const to = [steeringCommittee, chair];
      if (!(await this.options.store.claimEscalation(blocker.id, to, now)))
        continue;
      await this.options.notifications.send({
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
      });
      escalated.push((await this.options.store.get(blocker.id))!);
    }
    return escalated;
  }

  /**
   * Reads the "Risks/Notes" bullets of every entity's Next_Steps file (annotation
   * `devex.io/next-steps`): new bullets become blockers, bullets gone from the file resolve theirs.
   */
  async syncNextStepsFiles(): Promise<void> {
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
    for (const entity of items) {
      const url = entity.metadata.annotations?.[NEXT_STEPS_ANNOTATION];
      if (!url) continue;
      const entityRef = `${entity.kind.toLocaleLowerCase('en-US')}:${
        entity.metadata.namespace ?? 'default'
      }/${entity.metadata.name}`;
      try {
        const text = (
          await (await this.options.urlReader.readUrl(url)).buffer()
        ).toString('utf8');
        const bullets = parseRisksNotes(text);
        const keyOf = (b: string) =>
          createHash('sha256').update(`${entityRef}\n${b}`).digest('hex');
        const keys = new Set(bullets.map(keyOf));
        for (const bullet of bullets) {
          await this.record(
            entityRef,
            bullet.slice(0, 300),
            `From ${url} (Risks/Notes)`,
            'user:default/next-steps-reader',
            'next-steps',
            keyOf(bullet),
          );
        }
        for (const open of await this.options.store.openFileBlockers(
          entityRef,
        )) {
          if (!keys.has(open.sourceKey)) {
            await this.options.store.resolve(
              open.id,
              open.version,
              `Removed from ${url}`,
              'user:default/next-steps-reader',
              this.options.clock().toJSDate(),
            );
          }
        }
      } catch (error) {
        this.options.logger.warn(
          `Could not read blockers of ${entityRef} from ${url}: ${error}`,
        );
      }
    }
  }
}
