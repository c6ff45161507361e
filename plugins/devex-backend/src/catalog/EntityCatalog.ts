import {
  AuthService,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { principalKey } from '../shared/principals';
import { TtlCache } from '../shared/TtlCache';

const REF_FIELDS = ['kind', 'metadata.name', 'metadata.namespace'];

/** How long what the catalog shows a caller is reused. */
export const VISIBILITY_TTL_MS = 30_000;
/** How long an entity as the plugin reads it (relations, annotations) is reused; one more, stale. */
export const ENTITY_TTL_MS = 60_000;
const MAX_CACHED_ANSWERS = 100_000;
/**
 * How many entities one catalog question names: the catalog usually answers in this process,
 * where 500 entities took 50-90 ms of its event loop at the large data set's size.
 */
const LOOKUP_BATCH = 250;
/** Whose answers say which entities the catalog holds, for callers it shows every entity. */
const EVERY_CALLER = '\0every caller';

const isRef = (ref: string | null | undefined): ref is string => Boolean(ref);

/**
 * What the plugin asks the catalog about the entities its records belong to, one batched request
 * per question: who owns them (as the plugin sees them), and which of them a user may see.
 */
export class EntityCatalog {
  private readonly visibility = new Map<
    string,
    Map<string, { visible: boolean; until: number }>
  >();
  private cached = 0;
  /** Callers whose stale answers are being renewed in the background. */
  private readonly renewing = new Set<string>();

  /** Entities as the plugin reads them (its own credentials), renewed in the background. */
  private readonly entities = new TtlCache<Entity | undefined>({
    ttlMs: ENTITY_TTL_MS,
    serveStaleMs: ENTITY_TTL_MS,
  });

  /** The catalog's read decision per caller (allow, deny or conditional), renewed in the background. */
  private readonly readDecisions = new TtlCache<AuthorizeResult>({
    ttlMs: VISIBILITY_TTL_MS,
    serveStaleMs: VISIBILITY_TTL_MS,
  });

  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly permissions: PermissionsService,
  ) {}

  /**
   * An entity as the plugin reads it, for what it says of itself (relations, annotations): reused
   * for {@link ENTITY_TTL_MS} and served one period more while it is read again, so a change in the
   * catalog shows within two periods. Not a caller's view: ask `visibleTo` first.
   */
  entity(entityRef: string): Promise<Entity | undefined> {
    return this.entities.get(entityRef, async () =>
      this.catalog.getEntityByRef(entityRef, {
        credentials: await this.auth.getOwnServiceCredentials(),
      }),
    );
  }

  /** The owners (`ownedBy` targets) of each entity; an entity missing from the catalog has none. */
  async ownersOf(entityRefs: string[]): Promise<Map<string, string[]>> {
    const refs = [...new Set(entityRefs)];
    const owners = new Map<string, string[]>();
    if (!refs.length) return owners;
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: [...REF_FIELDS, 'relations'] },
      { credentials: await this.auth.getOwnServiceCredentials() },
    );
    items.forEach((entity, i) => {
      owners.set(
        refs[i],
        (entity?.relations ?? [])
          .filter(r => r.type === 'ownedBy')
          .map(r => r.targetRef),
      );
    });
    return owners;
  }

  /**
   * Which of the entities the catalog shows to the holder of the credentials. The catalog's read
   * decision for the caller settles it when it is unconditional (as the catalog's own queries
   * do): a denial shows none, an allowance every entity the catalog holds, which is asked once for
   * all such callers. A conditional decision is the catalog's to apply: it is asked about the
   * entities with the caller's credentials. Decisions and answers are kept per caller and entity
   * for {@link VISIBILITY_TTL_MS} (which entities exist, {@link ENTITY_TTL_MS}); for one period more
   * an answer still serves while one background request per caller renews it, so the tab's
   * requests neither repeat the catalog request nor wait for its renewal. A change of what the
   * catalog shows someone takes effect within two periods.
   */
  async visibleTo(
    credentials: BackstageCredentials,
    entityRefs: string[],
  ): Promise<Set<string>> {
    const refs = [...new Set(entityRefs)];
    if (!refs.length) return new Set();
    // whose view of the catalog an answer is: a user's, or a service's
    const caller = principalKey(credentials) ?? 'none';
    const decision = await this.readDecisions.get(caller, async () => {
      const [answer] = await this.permissions.authorizeConditional(
        [{ permission: catalogEntityReadPermission }],
        { credentials },
      );
      return answer.result;
    });
    if (decision === AuthorizeResult.DENY) return new Set();
    if (decision === AuthorizeResult.ALLOW) {
      return this.answered(EVERY_CALLER, ENTITY_TTL_MS, refs, () =>
        this.auth.getOwnServiceCredentials(),
      );
    }
    return this.answered(
      caller,
      VISIBILITY_TTL_MS,
      refs,
      async () => credentials,
    );
  }

  /** The entities among `refs` the catalog shows `caller`, from kept answers or asked now. */
  private async answered(
    caller: string,
    ttlMs: number,
    refs: string[],
    credentialsOf: () => Promise<BackstageCredentials>,
  ): Promise<Set<string>> {
    const now = Date.now();
    const known = this.visibility.get(caller);
    const until = (ref: string) => known?.get(ref)?.until ?? 0;
    const missing = refs.filter(ref => until(ref) + ttlMs <= now);
    const stale = refs.filter(
      ref => until(ref) <= now && until(ref) + ttlMs > now,
    );
    if (stale.length && !this.renewing.has(caller)) {
      this.renewing.add(caller);
      credentialsOf()
        .then(credentials => this.lookUp(credentials, caller, ttlMs, stale))
        .catch(() => undefined) // the stale answers serve on; the next request tries again
        .finally(() => this.renewing.delete(caller));
    }
    // the answers looked up now, and those kept before: a look-up that starts the cache over
    // (MAX_CACHED_ANSWERS) must not lose the kept answers of this request
    const looked = missing.length
      ? await this.lookUp(await credentialsOf(), caller, ttlMs, missing)
      : undefined;
    return new Set(
      refs.filter(ref => (looked?.get(ref) ?? known?.get(ref))?.visible),
    );
  }

  /** Asks the catalog which of the entities it shows the caller, and keeps the answers. */
  private async lookUp(
    credentials: BackstageCredentials,
    caller: string,
    ttlMs: number,
    entityRefs: string[],
  ): Promise<Map<string, { visible: boolean; until: number }>> {
    // in batches, so that a large caller's thousands of entities never hold the event loop long
    const items = [];
    for (let i = 0; i < entityRefs.length; i += LOOKUP_BATCH) {
      const batch = await this.catalog.getEntitiesByRefs(
        {
          entityRefs: entityRefs.slice(i, i + LOOKUP_BATCH),
          fields: REF_FIELDS,
        },
        { credentials },
      );
      items.push(...batch.items);
    }
    if (this.cached >= MAX_CACHED_ANSWERS) {
      this.visibility.clear();
      this.cached = 0;
    }
    const known = this.visibility.get(caller) ?? new Map();
    const until = Date.now() + ttlMs;
    items.forEach((entity, i) => {
      known.set(entityRefs[i], {
        visible: Boolean(
          entity &&
            stringifyEntityRef(entity).toLocaleLowerCase('en-US') ===
              entityRefs[i].toLocaleLowerCase('en-US'),
        ),
        until,
      });
    });
    this.cached += entityRefs.length;
    this.visibility.set(caller, known);
    return known;
  }

  /**
   * Whether the holder of the credentials may see a record of the given entities: a record of no
   * entity (portal-wide) or of at least one entity the catalog shows them. One batched question
   * for every entity the records to judge name.
   */
  async recordFilter(
    credentials: BackstageCredentials,
    entityRefs: Array<string | null | undefined>,
  ): Promise<(recordEntityRefs: Array<string | null | undefined>) => boolean> {
    const visible = await this.visibleTo(credentials, entityRefs.filter(isRef));
    return recordEntityRefs => {
      const refs = recordEntityRefs.filter(isRef);
      return !refs.length || refs.some(ref => visible.has(ref));
    };
  }

  /**
   * The records the holder of the credentials may see: those of no entity (portal-wide) and those
   * of at least one entity the catalog shows them, with the entities it hides left out. When it
   * hides none, the list given itself.
   */
  async visibleRecords<T>(
    credentials: BackstageCredentials,
    records: T[],
    entityRefsOf: (record: T) => Array<string | null | undefined>,
  ): Promise<T[]> {
    const shows = await this.recordFilter(
      credentials,
      records.flatMap(entityRefsOf),
    );
    const seen = records.filter(r => shows(entityRefsOf(r)));
    // the same list when nothing is hidden, so a view computed once is sent as it was serialized
    return seen.length === records.length ? records : seen;
  }
}
