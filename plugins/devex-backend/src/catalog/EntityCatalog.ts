import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { principalKey } from '../permissions/caller';

const REF_FIELDS = ['kind', 'metadata.name', 'metadata.namespace'];

/** How long what the catalog shows a caller is reused. */
export const VISIBILITY_TTL_MS = 30_000;
const MAX_CACHED_ANSWERS = 100_000;

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

  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

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
   * Which of the entities the catalog shows to the holder of the credentials. Answers are kept
   * per caller and entity for {@link VISIBILITY_TTL_MS}, so the tab's requests do not repeat the
   * catalog request; a change of what the catalog shows someone takes effect within that time.
   */
  async visibleTo(
    credentials: BackstageCredentials,
    entityRefs: string[],
  ): Promise<Set<string>> {
    const refs = [...new Set(entityRefs)];
    if (!refs.length) return new Set();
    // whose view of the catalog an answer is: a user's, or a service's
    const caller = principalKey(credentials) ?? 'none';
    const now = Date.now();
    const known = this.visibility.get(caller) ?? new Map();
    const unknown = refs.filter(ref => !((known.get(ref)?.until ?? 0) > now));
    if (unknown.length) {
      const { items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: unknown, fields: REF_FIELDS },
        { credentials },
      );
      if (this.cached >= MAX_CACHED_ANSWERS) {
        this.visibility.clear();
        this.cached = 0;
      }
      items.forEach((entity, i) => {
        known.set(unknown[i], {
          visible: Boolean(
            entity &&
              stringifyEntityRef(entity).toLocaleLowerCase('en-US') ===
                unknown[i].toLocaleLowerCase('en-US'),
          ),
          until: now + VISIBILITY_TTL_MS,
        });
      });
      this.cached += unknown.length;
      this.visibility.set(caller, known);
    }
    return new Set(refs.filter(ref => known.get(ref)?.visible));
  }

  /**
   * The records the holder of the credentials may see: those of no entity (portal-wide) and those
   * of at least one entity the catalog shows them, with the entities it hides left out.
   */
  async visibleRecords<T>(
    credentials: BackstageCredentials,
    records: T[],
    entityRefsOf: (record: T) => Array<string | null | undefined>,
  ): Promise<T[]> {
    const visible = await this.visibleTo(
      credentials,
      records.flatMap(r => entityRefsOf(r).filter((x): x is string => !!x)),
    );
    return records.filter(r => {
      const refs = entityRefsOf(r).filter((x): x is string => !!x);
      return !refs.length || refs.some(ref => visible.has(ref));
    });
  }
}
