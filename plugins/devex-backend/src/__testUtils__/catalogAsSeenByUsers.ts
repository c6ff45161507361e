import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

const userOf = (credentials: BackstageCredentials): string | undefined =>
  (credentials.principal as { type?: string; userEntityRef?: string }).type ===
  'user'
    ? (credentials.principal as { userEntityRef: string }).userEntityRef
    : undefined;

/** A bare entity for a ref the test did not describe: it exists, with no owner. */
const stubOf = (ref: string): Entity => {
  const { kind, namespace, name } = parseEntityRef(ref);
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace },
  };
};

/**
 * The test catalog as the permission framework would filter it: users see every entity except
 * those hidden from them (entities the test did not describe exist, with no owner), while the
 * plugin's own service credentials see exactly the described entities.
 */
export function catalogAsSeenByUsers(
  catalog: CatalogService,
  hidden: Record<string, string[]>,
): CatalogService {
  const hiddenFrom = (credentials: BackstageCredentials) =>
    new Set(
      (hidden[userOf(credentials) ?? ''] ?? []).map(r =>
        r.toLocaleLowerCase('en-US'),
      ),
    );
  const seen: Partial<CatalogService> = {
    async getEntitiesByRefs(request, options) {
      const user = userOf(options.credentials);
      const { items } = await catalog.getEntitiesByRefs(request, options);
      if (!user) return { items };
      const hide = hiddenFrom(options.credentials);
      return {
        items: request.entityRefs.map((ref, i) =>
          hide.has(ref.toLocaleLowerCase('en-US'))
            ? undefined
            : items[i] ?? stubOf(ref),
        ),
      };
    },
    async getEntityByRef(ref, options) {
      const refString = typeof ref === 'string' ? ref : JSON.stringify(ref);
      const entity = await catalog.getEntityByRef(ref, options);
      if (!userOf(options.credentials)) return entity;
      if (
        hiddenFrom(options.credentials).has(
          refString.toLocaleLowerCase('en-US'),
        )
      )
        return undefined;
      return entity ?? (typeof ref === 'string' ? stubOf(ref) : undefined);
    },
  };
  return new Proxy(catalog, {
    get: (target, property) => {
      if (property in seen) return (seen as any)[property];
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
