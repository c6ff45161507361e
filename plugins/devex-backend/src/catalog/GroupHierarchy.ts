import { AuthService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { TtlCache } from '../shared/TtlCache';

/** How long the catalog's group tree is reused before it is read again. */
export const GROUP_TREE_TTL_MS = 60_000;

/** Each group's children, and each group's parents, as the catalog read them. */
interface Tree {
  children: Map<string, Set<string>>;
  parents: Map<string, string[]>;
}

/**
 * The catalog's group hierarchy, read in one request for every group and reused for a minute, so
 * that a group's views roll up its descendants without a catalog call per group. Parents come
 * from `spec.parent`, `spec.children` and the `childOf`/`parentOf` relations, whichever the
 * catalog has; a cycle in the data ends the walk instead of looping.
 */
export class GroupHierarchy {
  private readonly tree = new TtlCache<Tree>({
    ttlMs: GROUP_TREE_TTL_MS,
    maxEntries: 1,
    serveStaleMs: GROUP_TREE_TTL_MS,
  });

  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

  /** The group and every group below it, the group first. */
  async withDescendants(groupRef: string): Promise<string[]> {
    const { children } = await this.load();
    const seen = new Set<string>([groupRef]);
    const queue = [groupRef];
    while (queue.length) {
      for (const child of children.get(queue.shift()!) ?? []) {
        if (!seen.has(child)) {
          seen.add(child);
          queue.push(child);
        }
      }
    }
    return [...seen];
  }

  /** The refs with every group among them widened to its descendants; users stay as they are. */
  async expand(refs: string[]): Promise<string[]> {
    const all = new Set<string>();
    for (const ref of refs) {
      if (ref.startsWith('group:')) {
        for (const g of await this.withDescendants(ref)) all.add(g);
      } else {
        all.add(ref);
      }
    }
    return [...all];
  }

  /** The groups above the group, nearest first. */
  async ancestorsOf(groupRef: string): Promise<string[]> {
    // the parents are indexed once per reading of the tree, not on every call
    const { parents } = await this.load();
    const seen = new Set<string>([groupRef]);
    const found: string[] = [];
    const queue = [groupRef];
    while (queue.length) {
      for (const parent of parents.get(queue.shift()!) ?? []) {
        if (!seen.has(parent)) {
          seen.add(parent);
          found.push(parent);
          queue.push(parent);
        }
      }
    }
    return found;
  }

  /** The groups directly below the group, by ref. */
  async childrenOf(groupRef: string): Promise<string[]> {
    return [...((await this.load()).children.get(groupRef) ?? [])].sort();
  }

  private load(): Promise<Tree> {
    return this.tree.get('groups', async () => {
      const { items } = await this.catalog.getEntities(
        {
          filter: { kind: 'Group' },
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'spec.parent',
            'spec.children',
            'relations',
          ],
        },
        { credentials: await this.auth.getOwnServiceCredentials() },
      );
      const tree: Tree['children'] = new Map();
      const link = (parent: string, child: string) => {
        if (parent === child) return;
        const children = tree.get(parent) ?? new Set<string>();
        children.add(child);
        tree.set(parent, children);
      };
      for (const group of items) {
        const ref = stringifyEntityRef(group);
        const namespace = group.metadata.namespace ?? 'default';
        const groupRefOf = (name: string) =>
          stringifyEntityRef(
            parseEntityRef(name, {
              defaultKind: 'group',
              defaultNamespace: namespace,
            }),
          );
        const spec = (group as Entity).spec ?? {};
        if (typeof spec.parent === 'string') link(groupRefOf(spec.parent), ref);
        for (const child of Array.isArray(spec.children) ? spec.children : []) {
          if (typeof child === 'string') link(ref, groupRefOf(child));
        }
        for (const relation of group.relations ?? []) {
          if (relation.type === 'childOf') link(relation.targetRef, ref);
          if (relation.type === 'parentOf') link(ref, relation.targetRef);
        }
      }
      const parents = new Map<string, string[]>();
      for (const [parent, children] of tree) {
        for (const child of children) {
          const known = parents.get(child);
          if (known) known.push(parent);
          else parents.set(child, [parent]);
        }
      }
      return { children: tree, parents };
    });
  }
}
