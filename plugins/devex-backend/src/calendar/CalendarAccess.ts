import { PermissionsService } from '@backstage/backend-plugin-api';
import { devexCalendarReadPermission } from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import { FeedTokenStore } from './FeedTokenStore';

/** How long a user's calendar access, once confirmed, is not written again by this replica. */
const CONFIRMATION_REFRESH_MINUTES = 10;

export interface CalendarAccessOptions {
  feeds: FeedTokenStore;
  permissions: PermissionsService;
  /** What the catalog shows a caller, for the entity links among their feed links. */
  entities: EntityCatalog;
  clock: () => DateTime;
}

/**
 * A caller's access to the calendar, decided once per request and noted for their feed links,
 * which carry no credentials of their own: the calendar's reads, the feed links' own routes and
 * the summary all tell it what they decided.
 */
export class CalendarAccess {
  private readonly confirmed = new Map<
    string,
    { allowed: boolean; until: number }
  >();

  constructor(private readonly options: CalendarAccessOptions) {}

  /** Decides the caller's calendar access (one decision), notes it for their feed links, throws when refused. */
  authorizeRead(caller: Caller): Promise<void> {
    return authorizeOrThrow(
      this.options.permissions,
      devexCalendarReadPermission,
      caller,
      allowed => this.note(caller, allowed),
    );
  }

  /**
   * What a request says of the caller's feed links: with calendar access they serve on for
   * `feedConfirmationDays` (an entity's link only while the catalog still shows the caller that
   * entity); refused, they stop serving until access is confirmed again. Written at most once per
   * {@link CONFIRMATION_REFRESH_MINUTES} per user and replica unless the answer changed.
   */
  async note(caller: Caller, allowed: boolean): Promise<void> {
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
}
