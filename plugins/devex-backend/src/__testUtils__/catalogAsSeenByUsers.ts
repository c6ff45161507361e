import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  catalogEntityReadPermission,
  RESOURCE_TYPE_CATALOG_ENTITY,
} from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';

const userOf = (credentials: BackstageCredentials): string | undefined =>
  (credentials.principal as { type?: string; userEntityRef?: string }).type ===
  'user'
    ? (credentials.principal as { userEntityRef: string }).userEntityRef
    : undefined;

/** The service with some of its methods replaced; the others its own, bound to it. */
function overriding<S extends object>(service: S, overrides: Partial<S>): S {
  return new Proxy(service, {
    get: (target, property) => {
      if (property in overrides) return (overrides as any)[property];
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

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
 * those hidden from them (entities the test did not describe exist, with no owner). Asked for
 * entities by ref, the plugin's own service credentials see them all; asked for one, exactly the
 * described entities (an entity's calendar and runbooks need its description).
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
      const { items } = await catalog.getEntitiesByRefs(request, options);
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
  return overriding(catalog, seen);
}

/**
 * The permissions service with the catalog's read decision as a policy behind
 * {@link catalogAsSeenByUsers} would give it: conditional for users the catalog hides entities
 * from (the catalog applies the conditions), an allowance for everyone else; every other
 * permission as `permissions` decides it.
 */
export function catalogReadAsSeenByUsers(
  permissions: PermissionsService,
  hidden: Record<string, string[]>,
): PermissionsService {
  const authorizeConditional: PermissionsService['authorizeConditional'] =
    async (requests, options) => {
      const isCatalogRead = (request: (typeof requests)[number]) =>
        isPermission(request.permission, catalogEntityReadPermission);
      const others = requests.filter(r => !isCatalogRead(r));
      const decided = others.length
        ? [...(await permissions.authorizeConditional(others, options))]
        : [];
      const user = userOf(options.credentials);
      // a policy that hides some entities from a user leaves the catalog to apply its conditions
      const catalogRead =
        user && hidden[user]?.length
          ? {
              result: AuthorizeResult.CONDITIONAL,
              pluginId: 'catalog',
              resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
              conditions: {
                not: {
                  rule: 'HAS_LABEL',
                  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
                  params: { label: 'hidden-from-user' },
                },
              },
            }
          : { result: AuthorizeResult.ALLOW };
      return requests.map(request =>
        isCatalogRead(request) ? catalogRead : decided.shift()!,
      ) as any;
    };
  return overriding(permissions, { authorizeConditional });
}
