import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

const REF_FIELDS = ['kind', 'metadata.name', 'metadata.namespace'];

/**
 * What the plugin asks the catalog about the entities its records belong to, one batched request
 * per question: who owns them (as the plugin sees them), and which of them a user may see.
 */
export class EntityCatalog {
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

  /** Which of the entities the catalog shows to the holder of the credentials. */
  async visibleTo(
    credentials: BackstageCredentials,
    entityRefs: string[],
  ): Promise<Set<string>> {
    const refs = [...new Set(entityRefs)];
    if (!refs.length) return new Set();
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: REF_FIELDS },
      { credentials },
    );
    return new Set(
      items.flatMap((entity, i) =>
        entity &&
        stringifyEntityRef(entity).toLocaleLowerCase('en-US') ===
          refs[i].toLocaleLowerCase('en-US')
          ? [refs[i]]
          : [],
      ),
    );
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
