import { randomBytes } from 'node:crypto';
import { AuthService, PermissionsService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { InputError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  CalendarFeed,
  devexCalendarFeedAdminPermission,
  devexCalendarReadPermission,
  IssueCalendarFeedRequest,
  IssuedCalendarFeed,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import { normalizeEntityRef } from '../shared/validation';
import { CalendarAccess } from './CalendarAccess';
import { CalendarService } from './CalendarService';
import { FeedToken, FeedTokenStore } from './FeedTokenStore';
import { FeedSealer } from './FeedSealer';
import { occurrencesToICalendar } from './icalendar';

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

export interface FeedLinkServiceOptions {
  feeds: FeedTokenStore;
  /** Seals feed link secrets with `devex.calendar.feedSigningKeys`. */
  sealer: FeedSealer;
  /** `devex.calendar.feedConfirmationDays`: how long a link serves after its user's access was last confirmed. */
  feedConfirmationDays: number;
  access: CalendarAccess;
  /** The occurrences a feed serves. */
  calendar: CalendarService;
  permissions: PermissionsService;
  catalog: CatalogService;
  auth: AuthService;
  clock: () => DateTime;
  /** The app's base URL, for links back into the portal from calendar apps. */
  portalUrl: string;
}

/**
 * The calendar's feed links: issued to a user (only the sealed hash of the secret kept), listed,
 * revoked, and served as iCalendar text to calendar apps while the user's access is confirmed.
 */
export class FeedLinkService {
  constructor(private readonly options: FeedLinkServiceOptions) {}

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
    await this.options.access.authorizeRead(caller);
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
    await this.options.access.authorizeRead(caller);
    return (await this.options.feeds.listByUser(userRef)).map(publicFeed);
  }

  /** Revokes one feed link: the caller's own, or anyone's for a feed admin; others' look unknown. */
  async revokeFeed(id: string, caller: Caller): Promise<{ userRef: string }> {
    const feed = await this.options.feeds.get(id);
    const mine =
      feed?.userRef === normalizeEntityRef('userRef', caller.userEntityRef);
    // one decision: one's own links need calendar access, others' the feed admin permission
    if (mine) await this.options.access.authorizeRead(caller);
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
    const occurrences = await this.options.calendar.occurrencesIn(
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
