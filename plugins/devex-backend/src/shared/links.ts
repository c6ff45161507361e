import { parseEntityRef } from '@backstage/catalog-model';

/** The portal path of an entity's DevEx tab, for notifications and the digest. */
export function devexTabPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${namespace}/${kind.toLocaleLowerCase(
    'en-US',
  )}/${name}/devex`;
}
