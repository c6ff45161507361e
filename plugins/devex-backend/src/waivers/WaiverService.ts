import {
  AuditorService,
  LoggerService,
  PermissionsService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  DecideWaiverRequest,
  devexGovernanceReadPermission,
  devexWaiverApprovePermission,
  devexWaiverRequestPermission,
  RequestWaiverRequest,
  SuccessMeasure,
  Waiver,
  WaiverStatus,
  WaiverSubjectType,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { decodeCursor, encodeCursor } from '../database/keyset';
import { Outbox } from '../outbox/Outbox';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import { EntityRecordAuthorizer } from '../permissions/entityRecords';
import { devexTabPath } from '../shared/links';
import { normalizeEntityRef } from '../shared/validation';
import { RemediationItemReads } from '../sync/interfaces';
import { auditTaskChange } from '../tasks/systemActor';
import { presentWaiver } from './presentWaiver';
import { WaiverRow, WaiverStore } from './WaiverStore';

/** The longest a waiver may hold: a year, so every exception is looked at again. */
const MAX_DAYS = 366;

const MOVES: Record<
  DecideWaiverRequest['decision'],
  { from: WaiverStatus; to: WaiverStatus }
> = {
  approve: { from: 'requested', to: 'approved' },
  reject: { from: 'requested', to: 'rejected' },
  revoke: { from: 'approved', to: 'revoked' },
};

/**
 * Waivers: a remediation item deliberately not automated, or a success measure's target paused.
 * The owners of an item's entity request one (admins for a success measure); an admin approves,
 * rejects or revokes it; it holds to the end of its expiry date, and its owners are notified
 * before it expires. The sync ratio and the success measures read the waivers in force.
 */
export class WaiverService {
  constructor(
    private readonly options: {
      store: WaiverStore;
      sync: RemediationItemReads;
      measures: SuccessMeasure[];
      permissions: PermissionsService;
      records: EntityRecordAuthorizer;
      entities: EntityCatalog;
      outbox: Outbox;
      logger: LoggerService;
      auditor: AuditorService;
      clock: () => DateTime;
      /** How many days before its expiry the owners hear of it. */
      noticeDays: number;
      pagePath: string;
    },
  ) {}

  private today(): string {
    return this.options.clock().toISODate()!;
  }

  async list(
    query: {
      subjectType?: WaiverSubjectType;
      status?: WaiverStatus[];
      entityRef?: string;
      limit?: number;
      cursor?: string;
    },
    caller: Caller,
  ): Promise<{ items: Waiver[]; nextCursor?: string }> {
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    const limit = query.limit ?? 50;
    const before = query.cursor
      ? decodeCursor(query.cursor, 'requestedAt', v => !isNaN(Date.parse(v)))
      : undefined;
    const rows = await this.options.store.list(
      {
        subjectType: query.subjectType,
        statuses: query.status,
        entityRef:
          query.entityRef && normalizeEntityRef('entityRef', query.entityRef),
      },
      {
        limit: limit + 1,
        before: before && { requestedAt: before.value, id: before.id },
      },
    );
    const page = rows.slice(0, limit);
    const visible = await this.options.entities.visibleRecords(
      caller.credentials,
      page,
      w => [w.entityRef ?? undefined],
    );
    const last = page[page.length - 1];
    const today = this.today();
    return {
      items: visible.map(w => presentWaiver(w, today)),
      ...(rows.length > limit && last
        ? {
            nextCursor: encodeCursor({
              sort: 'requestedAt',
              value: last.requestedAt,
              id: last.id,
            }),
          }
        : {}),
    };
  }

  /**
   * The waivers requested or in force today of these remediation items, by item id: what the
   * sync's drill-down shows beside each item (one query).
   */
  async openOnRemediationItems(
    itemIds: string[],
  ): Promise<Map<string, Waiver>> {
    const today = this.today();
    const rows = await this.options.store.openFor(
      'remediation_item',
      itemIds,
      today,
    );
    return new Map(rows.map(r => [r.subjectId, presentWaiver(r, today)]));
  }

  /** The approved waivers of success measures in force today, by measure id. */
  async measuresInForce(): Promise<Map<string, Waiver>> {
    const today = this.today();
    const rows = await this.options.store.openFor(
      'success_measure',
      this.options.measures.map(m => m.id),
      today,
    );
    return new Map(
      rows
        .map(r => presentWaiver(r, today))
        .filter(w => w.inForce)
        .map(w => [w.subjectId, w]),
    );
  }

  async request(
    request: RequestWaiverRequest,
    caller: Caller,
  ): Promise<Waiver> {
    const justification = request.justification.trim();
    if (!justification) throw new InputError('justification must not be blank');
    const today = this.options.clock().startOf('day');
    const expires = DateTime.fromISO(request.expiresOn, {
      zone: today.zone,
    });
    if (!expires.isValid || expires <= today) {
      throw new InputError(
        `expiresOn must be a date after today (${today.toISODate()}), got ${
          request.expiresOn
        }`,
      );
    }
    if (expires > today.plus({ days: MAX_DAYS })) {
      throw new InputError(
        `expiresOn must be within ${MAX_DAYS} days; a longer exception is requested again`,
      );
    }
    const subject = await this.subjectOf(
      request.subjectType,
      request.subjectId,
    );
    await this.options.records.authorize(devexWaiverRequestPermission, caller, [
      {
        entityRefs: [subject.entityRef ?? undefined],
        label: subject.entityRef
          ? `a waiver for ${subject.entityRef}`
          : 'a waiver of a portal-wide success measure',
      },
    ]);
    const row = await this.options.store.request(
      {
        id: randomUUID(),
        subjectType: request.subjectType,
        subjectId: request.subjectId,
        subjectTitle: subject.title,
        entityRef: subject.entityRef,
        ownerRef: subject.ownerRef,
        justification,
        requestedBy: caller.userEntityRef,
        requestedAt: this.options.clock().toUTC().toISO()!,
        expiresOn: expires.toISODate()!,
      },
      this.today(),
    );
    if (!row) {
      throw new ConflictError(
        `${request.subjectId} already has a waiver requested or in force`,
      );
    }
    return presentWaiver(row, this.today());
  }

  async decide(
    id: string,
    request: DecideWaiverRequest,
    caller: Caller,
  ): Promise<Waiver> {
    await authorizeOrThrow(
      this.options.permissions,
      devexWaiverApprovePermission,
      caller,
    );
    const current = await this.getOrThrow(id);
    const move = MOVES[request.decision];
    if (current.version !== request.version) {
      throw new ConflictError(
        `Waiver ${id} was changed by someone else: you read version ${request.version}, the current version is ${current.version} (${current.status})`,
      );
    }
    if (current.status !== move.from) {
      throw new ConflictError(
        `A ${current.status} waiver cannot be ${move.to}; only a ${move.from} one can`,
      );
    }
    const done = await this.options.store.decide({
      id,
      version: request.version,
      from: move.from,
      to: move.to,
      decidedBy: caller.userEntityRef,
      decidedAt: this.options.clock().toJSDate(),
      note: request.note?.trim() || null,
    });
    if (!done) {
      throw new ConflictError(
        `Waiver ${id} was changed by someone else; reload it and try again`,
      );
    }
    return presentWaiver((await this.getOrThrow(id))!, this.today());
  }

  /** Registers the daily expiry notices, one run across replicas. */
  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: 'devex-waiver-expiry',
      frequency: { hours: 6 },
      timeout: { minutes: 5 },
      scope: 'global',
      fn: async () => {
        await this.notifyExpiring();
      },
    });
  }

  /**
   * Tells the owners and the requester of each approved waiver that expires within the notice
   * period, once per waiver and expiry date (the outbox's key), through the notifications outbox.
   */
  async notifyExpiring(): Promise<number> {
    const today = this.options.clock();
    const expiring = await this.options.store.expiring(
      today.toISODate()!,
      today.plus({ days: this.options.noticeDays }).toISODate()!,
    );
    let sent = 0;
    for (const w of expiring) {
      const recipients = [
        ...new Set([w.requestedBy, ...(w.ownerRef ? [w.ownerRef] : [])]),
      ];
      const added = await this.options.outbox.enqueue(
        `waiver-expiry:${w.id}:${w.expiresOn}`,
        {
          recipients: { type: 'entity', entityRef: recipients },
          payload: {
            title: `Waiver for ${w.subjectId} expires on ${w.expiresOn}`,
            description: `${
              w.subjectTitle
            }: the waiver (${w.justification.slice(0, 200)}) ends on ${
              w.expiresOn
            }; after that the ${
              w.subjectType === 'remediation_item'
                ? 'item counts in the sync ratio as before'
                : 'measure is judged against its target again'
            }. Automate it, or request a new waiver.`,
            link: w.entityRef
              ? `${devexTabPath(w.entityRef)}/compliance`
              : `${this.options.pagePath}/compliance`,
            severity: 'normal',
            topic: 'devex-waiver-expiry',
          },
        },
      );
      if (added) sent += 1;
    }
    await auditTaskChange(this.options.auditor, this.options.logger, {
      eventId: 'waiver-expiry-notices',
      meta: { expiring: expiring.length, notified: sent },
    });
    return sent;
  }

  private async getOrThrow(id: string): Promise<WaiverRow> {
    const row = await this.options.store.get(id);
    if (!row) throw new NotFoundError(`No waiver with id ${id}`);
    return row;
  }

  private async subjectOf(
    type: WaiverSubjectType,
    id: string,
  ): Promise<{
    title: string;
    entityRef: string | null;
    ownerRef: string | null;
  }> {
    if (type === 'remediation_item') {
      const item = await this.options.sync.getItem(id);
      if (!item) throw new NotFoundError(`No remediation item ${id}`);
      return {
        title: item.title,
        entityRef: item.entityRef,
        ownerRef: item.owner,
      };
    }
    const measure = this.options.measures.find(m => m.id === id);
    if (!measure) throw new NotFoundError(`No success measure ${id}`);
    return { title: measure.title, entityRef: null, ownerRef: null };
  }
}
