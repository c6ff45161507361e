import { randomBytes, randomUUID } from 'node:crypto';
import { AuthService, PermissionsService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  Cadence,
  CadenceType,
  CalendarFeed,
  devexCalendarFeedAdminPermission,
  devexCalendarReadPermission,
  devexOccurrenceRecordPermission,
  devexVerificationRunCreatePermission,
  IssueCalendarFeedRequest,
  IssuedCalendarFeed,
  Occurrence,
  OccurrenceRecord,
  RecordVerificationRunRequest,
  UpsertOccurrenceRecordRequest,
  VerificationRun,
  VerificationWindow,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { ActionItemReads } from '../actionItems/interfaces';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import { normalizeEntityRef } from '../shared/validation';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { CalendarSettings } from './cadences';
import { TtlCache } from '../shared/TtlCache';
import { CalendarStore } from './CalendarStore';
import { FeedToken, FeedTokenStore } from './FeedTokenStore';
import { FeedSealer } from './FeedSealer';
import { occurrencesToICalendar } from './icalendar';
import {
  ComputedOccurrence,
  forumOccurrences,
  ruleOccurrences,
  verificationOccurrences,
  verificationWindows,
} from './occurrences';

const MAX_RANGE_DAYS = 400;
const MAX_FEED_DAYS = 3650;

/** A feed token: `<id>.<secret>`, 16 and 32 random bytes in base64url. */
const FEED_TOKEN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;
/** One answer for every token that does not serve a feed, so none tells more than another. */
const INVALID_FEED =
  'This calendar feed link is not valid or was revoked; copy a new one from the DevEx page';

const publicFeed = ({
  userRef,
  secretHash,
  keyId,
  confirmedAt,
  ...feed
}: FeedToken): CalendarFeed => feed;
/** How long a user's calendar access, once confirmed, is not written again by this replica. */
const CONFIRMATION_REFRESH_MINUTES = 10;

export interface CalendarServiceOptions {
  settings: CalendarSettings;
  store: CalendarStore;
  feeds: FeedTokenStore;
  /** Seals feed link secrets with `devex.calendar.feedSigningKeys`. */
  sealer: FeedSealer;
  /** `devex.calendar.feedConfirmationDays`: how long a link serves after its user's access was last confirmed. */
  feedConfirmationDays: number;
  actionItems: ActionItemReads;
  permissions: PermissionsService;
  catalog: CatalogService;
  /** What the catalog shows a caller, for the entity links among their feed links. */
  entities: EntityCatalog;
  auth: AuthService;
  clock: () => DateTime;
  /** The app's base URL, for links back into the portal from calendar apps. */
  portalUrl: string;
}

/** The governance calendar: cadences, verification windows, occurrences, records and the feeds. */
export class CalendarService {
  private readonly ruleSpans = new Map<string, ComputedOccurrence[]>();
  /** The cadences of an entity, from its catalog relations, reused for a minute (two, stale). */
  private readonly entityCadences = new TtlCache<Cadence[]>({
    ttlMs: 60_000,
    serveStaleMs: 60_000,
  });

  constructor(private readonly options: CalendarServiceOptions) {}

  private parseRange(
    from?: string,
    to?: string,
  ): { from: DateTime; to: DateTime } {
    const now = this.options.clock();
    const start = from
      ? DateTime.fromISO(from, { zone: this.options.settings.timeZone })
      : now;
    const end = to
      ? DateTime.fromISO(to, { zone: this.options.settings.timeZone })
      : start.plus({ days: 90 });
    if (!start.isValid)
      throw new InputError(
        `from must be an ISO 8601 date or date-time, got ${from}`,
      );
    if (!end.isValid)
      throw new InputError(
        `to must be an ISO 8601 date or date-time, got ${to}`,
      );
    if (end <= start) throw new InputError('to must be after from');
    if (end.diff(start, 'days').days > MAX_RANGE_DAYS) {
      throw new InputError(`A range may span at most ${MAX_RANGE_DAYS} days`);
    }
    return { from: start, to: end };
  }

  async windows(caller: Caller): Promise<VerificationWindow[]> {
    await this.authorizeRead(caller);
    return this.currentWindows();
  }

  private async currentWindows(): Promise<VerificationWindow[]> {
    const { verification } = this.options.settings;
    return verificationWindows({
      frameworks: verification.frameworks,
      cadenceDays: verification.cadenceDays,
      latestRuns: await this.options.store.latestRuns(),
      now: this.options.clock(),
    });
  }

  /** Cadences that concern an entity: all of them for the governance resource and its dependents, else those its owners take part in. */
  private cadencesFor(entityRef?: string): Promise<Cadence[]> {
    return this.entityCadences.get(entityRef ?? '', () =>
      this.lookUpCadences(entityRef),
    );
  }

  private async lookUpCadences(entityRef?: string): Promise<Cadence[]> {
    const { cadences, governanceEntityRef } = this.options.settings;
    if (!entityRef || entityRef === governanceEntityRef) return cadences;
    const entity = await this.options.catalog.getEntityByRef(entityRef, {
      credentials: await this.options.auth.getOwnServiceCredentials(),
    });
    if (!entity)
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    const relations = entity.relations ?? [];
    if (
      relations.some(
        r => r.type === 'dependsOn' && r.targetRef === governanceEntityRef,
      )
    )
      return cadences;
    const owners = new Set([
      entityRef,
      ...relations.filter(r => r.type === 'ownedBy').map(r => r.targetRef),
    ]);
    return cadences.filter(c =>
      c.participants.some(p => owners.has(p.toLocaleLowerCase('en-US'))),
    );
  }

  /**
   * A rule's occurrences from a year back to two years ahead of today, computed once per cadence
   * and day (rules change only with the config), then cut to the range; ranges outside that span
   * are computed as asked.
   */
  private ruleOccurrencesIn(
    cadence: Cadence,
    from: DateTime,
    to: DateTime,
  ): ComputedOccurrence[] {
    const today = this.options.clock().startOf('day');
    const spanFrom = today.minus({ days: 400 });
    const spanTo = today.plus({ days: 800 });
    if (from < spanFrom || to > spanTo)
      return ruleOccurrences(cadence, from, to);
    const key = `${cadence.id}:${today.toISODate()}`;
    let span = this.ruleSpans.get(key);
    if (!span) {
      if (this.ruleSpans.size > 100) this.ruleSpans.clear();
      span = ruleOccurrences(cadence, spanFrom, spanTo);
      this.ruleSpans.set(key, span);
    }
    return span.filter(o => o.start >= from && o.start < to);
  }

  private compute(
    cadences: Cadence[],
    windows: VerificationWindow[],
    from: DateTime,
    to: DateTime,
  ): ComputedOccurrence[] {
    const { settings } = this.options;
    const forumWindow = windows.find(
      w => w.framework === settings.forum.framework,
    );
    return cadences
      .flatMap(cadence => {
        if (cadence.type === 'quarterly_forum' && !cadence.rrule) {
          return forumOccurrences(
            cadence,
            forumWindow,
            settings.workingCalendar,
            from,
            to,
          );
        }
        if (cadence.type === 'compliance_verification' && !cadence.rrule) {
          return verificationOccurrences(cadence, windows, from, to);
        }
        return this.ruleOccurrencesIn(cadence, from, to);
      })
      .sort(
        (a, b) =>
          a.start.toMillis() - b.start.toMillis() || a.id.localeCompare(b.id),
      );
  }

  /** Occurrences in a range, with their records and action item counts: two queries for the joins. */
  private async occurrencesIn(
    range: { from: DateTime; to: DateTime },
    entityRef?: string,
  ): Promise<Occurrence[]> {
    const [cadences, windows] = await Promise.all([
      this.cadencesFor(entityRef),
      this.currentWindows(),
    ]);
    const computed = this.compute(cadences, windows, range.from, range.to);
    const ids = computed.map(o => o.id);
    const [records, counts] = await Promise.all([
      this.options.store.recordsFor(ids),
      this.options.actionItems.countBySourceIds(ids),
    ]);
    return computed.map(o => ({
      id: o.id,
      cadenceId: o.cadence.id,
      type: o.cadence.type,
      title: o.cadence.title,
      start: o.start.toISO()!,
      end: o.end.toISO()!,
      allDay: o.allDay,
      timeZone: o.cadence.timeZone,
      participants: o.cadence.participants,
      agenda: o.cadence.agenda,
      inputs: o.cadence.inputs,
      outputs: o.cadence.outputs,
      runbookUrl: o.cadence.runbookUrl ?? null,
      framework: o.framework,
      record: records.get(o.id) ?? null,
      actionItemCount: counts.get(o.id) ?? 0,
    }));
  }

  async occurrences(
    query: { from?: string; to?: string; entityRef?: string },
    caller: Caller,
  ): Promise<Occurrence[]> {
    const range = this.parseRange(query.from, query.to);
    const entityRef =
      query.entityRef && normalizeEntityRef('entityRef', query.entityRef);
    await this.authorizeRead(caller);
    // an entity the catalog hides from the caller has no calendar for them
    if (
      entityRef &&
      !(await this.options.catalog.getEntityByRef(entityRef, {
        credentials: caller.credentials,
      }))
    )
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    return this.occurrencesIn(range, entityRef);
  }

  /**
   * The latest occurrence of the portal's cadences of a type (those with a rule, such as the
   * runbook-update ritual) that had ended by `at`, looking back up to a year; undefined if none.
   */
  lastEndedOccurrence(
    type: CadenceType,
    at: DateTime,
  ): { id: string; start: DateTime; end: DateTime } | undefined {
    const from = at.minus({ days: 366 });
    const [last] = this.options.settings.cadences
      .filter(c => c.type === type)
      .flatMap(c => this.ruleOccurrencesIn(c, from, at))
      .filter(o => o.end <= at)
      .sort((a, b) => b.end.toMillis() - a.end.toMillis());
    return last && { id: last.id, start: last.start, end: last.end };
  }

  /** The occurrences of the next `days` days (of an entity, or the portal's), for the digest and summaries. */
  upcoming(days: number, entityRef?: string): Promise<Occurrence[]> {
    const now = this.options.clock();
    return this.occurrencesIn({ from: now, to: now.plus({ days }) }, entityRef);
  }

  async recordRun(
    request: RecordVerificationRunRequest,
    caller: Caller,
  ): Promise<VerificationRun> {
    const { frameworks } = this.options.settings.verification;
    if (!frameworks.includes(request.framework)) {
      throw new InputError(
        `framework must be one of ${frameworks.join(', ')}, got ${
          request.framework
        }`,
      );
    }
    const runAt = DateTime.fromISO(request.runAt, { setZone: true });
    if (!runAt.isValid)
      throw new InputError(
        `runAt must be an ISO 8601 date-time, got ${request.runAt}`,
      );
    if (runAt > this.options.clock().plus({ minutes: 5 }))
      throw new InputError('runAt must not be in the future');
    await authorizeOrThrow(
      this.options.permissions,
      devexVerificationRunCreatePermission,
      caller,
    );
    return this.options.store.insertRun({
      id: randomUUID(),
      framework: request.framework,
      runAt: runAt.toUTC().toISO()!,
      reviewers: request.reviewers ?? [],
      findings: request.findings ?? [],
      notes: request.notes ?? '',
      recordedBy: caller.userEntityRef,
    });
  }

  async recordOccurrence(
    occurrenceId: string,
    request: UpsertOccurrenceRecordRequest,
    caller: Caller,
  ): Promise<OccurrenceRecord> {
    const cadenceId = occurrenceId.split(':')[0];
    const cadence = this.options.settings.cadences.find(
      c => c.id === cadenceId,
    );
    const date = occurrenceId.slice(-10);
    if (!cadence || !DateTime.fromISO(date).isValid) {
      throw new InputError(
        `occurrenceId ${occurrenceId} does not name a cadence and a date (<cadence>:<YYYY-MM-DD>)`,
      );
    }
    await authorizeOrThrow(
      this.options.permissions,
      devexOccurrenceRecordPermission,
      caller,
    );
    const result = await this.options.store.upsertRecord(
      {
        occurrenceId,
        cadenceId,
        status: request.status,
        minutesUrl: request.minutesUrl ?? null,
        decisions: (request.decisions ?? []).map(d => d.trim()).filter(Boolean),
        notes: request.notes ?? '',
        updatedBy: caller.userEntityRef,
      },
      request.version,
      this.options.clock().toJSDate(),
    );
    if (result.outcome === 'stale') {
      throw new ConflictError(
        result.current
          ? `The record of ${occurrenceId} was changed by someone else: you edited version ${
              request.version ?? 'none (new record)'
            }, the current version is ${result.current.version}`
          : `There is no record of ${occurrenceId} yet; create it without a version`,
      );
    }
    return result.record;
  }

  /**
   * Seals, under the newest signing key, the links issued while no key was configured; once keys
   * are, an unsealed hash opens nothing. Safe on every replica at once. How many were sealed.
   */
  async sealUnkeyedFeedLinks(): Promise<number> {
    const { sealer, feeds } = this.options;
    if (!sealer.keyed) return 0;
    let sealed = 0;
    let afterId = '';
    for (;;) {
      const page = await feeds.listUnkeyed(afterId, 500);
      for (const link of page) {
        await feeds.seal(
          link.id,
          link.secretHash,
          sealer.sealHash(link.secretHash),
        );
      }
      sealed += page.length;
      if (page.length < 500) return sealed;
      afterId = page[page.length - 1].id;
    }
  }

  /** Issues a feed link for the caller: only the sealed hash of its secret is kept, the path is shown once. */
  async issueFeed(
    request: IssueCalendarFeedRequest,
    caller: Caller,
  ): Promise<IssuedCalendarFeed> {
    const entityRef =
      request.entityRef === undefined
        ? null
        : normalizeEntityRef('entityRef', request.entityRef);
    const { expiresInDays } = request;
    if (
      expiresInDays !== undefined &&
      (!Number.isInteger(expiresInDays) ||
        expiresInDays < 1 ||
        expiresInDays > MAX_FEED_DAYS)
    ) {
      throw new InputError(
        `expiresInDays must be a whole number of days from 1 to ${MAX_FEED_DAYS}, got ${expiresInDays}`,
      );
    }
    await this.authorizeRead(caller);
    // Seen with the caller's own credentials: a link must not reveal an entity they cannot see.
    if (
      entityRef &&
      !(await this.options.catalog.getEntityByRef(entityRef, {
        credentials: caller.credentials,
      }))
    ) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const id = randomBytes(16).toString('base64url');
    const secret = randomBytes(32).toString('base64url');
    const now = this.options.clock();
    const feed = await this.options.feeds.insert({
      id,
      ...this.options.sealer.seal(secret),
      userRef: normalizeEntityRef('userRef', caller.userEntityRef),
      entityRef,
      createdAt: now.toJSDate(),
      expiresAt: expiresInDays
        ? now.plus({ days: expiresInDays }).toJSDate()
        : null,
    });
    return {
      id: feed.id,
      path: `/calendar/feed/${id}.${secret}/devex.ics`,
      entityRef: feed.entityRef,
      createdAt: feed.createdAt,
      expiresAt: feed.expiresAt,
    };
  }

  /** The caller's own feed links, newest first. */
  async listFeeds(caller: Caller): Promise<CalendarFeed[]> {
    const userRef = normalizeEntityRef('userRef', caller.userEntityRef);
    await this.authorizeRead(caller);
    return (await this.options.feeds.listByUser(userRef)).map(publicFeed);
  }

  /** Revokes one feed link: the caller's own, or anyone's for a feed admin; others' look unknown. */
  async revokeFeed(id: string, caller: Caller): Promise<{ userRef: string }> {
    const feed = await this.options.feeds.get(id);
    const mine =
      feed?.userRef === normalizeEntityRef('userRef', caller.userEntityRef);
    // one decision: one's own links need calendar access, others' the feed admin permission
    if (mine) await this.authorizeRead(caller);
    if (!feed || (!mine && !(await this.isFeedAdmin(caller)))) {
      throw new NotFoundError(`No calendar feed ${id} of yours`);
    }
    await this.options.feeds.revoke(id, this.options.clock().toJSDate());
    return { userRef: feed.userRef };
  }

  /** Revokes every feed link of a user: one's own, or anyone's with the feed admin permission. */
  async revokeFeedsOf(userRef: string, caller: Caller): Promise<number> {
    const user = normalizeEntityRef('userRef', userRef, ['user']);
    await authorizeOrThrow(
      this.options.permissions,
      user === normalizeEntityRef('userRef', caller.userEntityRef)
        ? devexCalendarReadPermission
        : devexCalendarFeedAdminPermission,
      caller,
    );
    return this.options.feeds.revokeAllOfUser(
      user,
      this.options.clock().toJSDate(),
    );
  }

  /** Decides the caller's calendar access (one decision), notes it for their feed links, throws when refused. */
  private authorizeRead(caller: Caller): Promise<void> {
    return authorizeOrThrow(
      this.options.permissions,
      devexCalendarReadPermission,
      caller,
      allowed => this.noteCalendarAccess(caller, allowed),
    );
  }

  private readonly confirmed = new Map<
    string,
    { allowed: boolean; until: number }
  >();

  /**
   * What a request says of the caller's feed links, which carry no credentials of their own:
   * with calendar access they serve on for `feedConfirmationDays` (an entity's link only while
   * the catalog still shows the caller that entity); refused, they stop serving until access is
   * confirmed again. Written at most once per {@link CONFIRMATION_REFRESH_MINUTES} per user and
   * replica unless the answer changed; every read of the calendar, the summary included, notes it.
   */
  async noteCalendarAccess(caller: Caller, allowed: boolean): Promise<void> {
    const userRef = caller.userEntityRef;
    if (!userRef.startsWith('user:')) return;
    const now = this.options.clock();
    const known = this.confirmed.get(userRef);
    if (known && known.allowed === allowed && known.until > now.toMillis())
      return;
    const entityRefs = allowed
      ? [
          ...new Set(
            (await this.options.feeds.listByUser(userRef)).flatMap(f =>
              f.entityRef && !f.revokedAt ? [f.entityRef] : [],
            ),
          ),
        ]
      : [];
    const seen = await this.options.entities.visibleTo(
      caller.credentials,
      entityRefs,
    );
    await this.options.feeds.confirmUser(userRef, now.toJSDate(), {
      refused: !allowed,
      hiddenEntityRefs: entityRefs.filter(ref => !seen.has(ref)),
    });
    this.confirmed.set(userRef, {
      allowed,
      until: now.plus({ minutes: CONFIRMATION_REFRESH_MINUTES }).toMillis(),
    });
  }

  private async isFeedAdmin(caller: Caller): Promise<boolean> {
    const [decision] = await this.options.permissions.authorize(
      [{ permission: devexCalendarFeedAdminPermission }],
      { credentials: caller.credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** The link a token names, if it serves a feed now: known, secret right, live, its user in the catalog. */
  private async liveFeed(token: string): Promise<FeedToken> {
    const match = FEED_TOKEN.exec(token);
    const feed = match ? await this.options.feeds.get(match[1]) : undefined;
    if (
      !match ||
      !feed ||
      !this.options.sealer.opens(match[2], feed) ||
      feed.revokedAt ||
      (feed.expiresAt &&
        DateTime.fromISO(feed.expiresAt) <= this.options.clock()) ||
      !feed.confirmedAt ||
      DateTime.fromISO(feed.confirmedAt).plus({
        days: this.options.feedConfirmationDays,
      }) <= this.options.clock()
    ) {
      throw new NotFoundError(INVALID_FEED);
    }
    const user = await this.options.catalog.getEntityByRef(feed.userRef, {
      credentials: await this.options.auth.getOwnServiceCredentials(),
    });
    if (!user) throw new NotFoundError(INVALID_FEED);
    return feed;
  }

  /** The iCalendar text of a feed link: a month back and a year ahead. */
  async feed(token: string): Promise<string> {
    const { id, entityRef } = await this.liveFeed(token);
    const now = this.options.clock();
    await this.options.feeds.markUsed(id, now.toJSDate());
    const occurrences = await this.occurrencesIn(
      { from: now.minus({ days: 31 }), to: now.plus({ days: 365 }) },
      entityRef ?? undefined,
    );
    return occurrencesToICalendar({
      name: entityRef ? `DevEx governance: ${entityRef}` : 'DevEx governance',
      occurrences,
      portalUrl: this.options.portalUrl,
    });
  }
}
