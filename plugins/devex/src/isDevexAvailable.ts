import { Entity } from '@backstage/catalog-model';

/** The kinds that get a DevEx tab unless the app configures otherwise. */
export const DEVEX_ENTITY_KINDS = ['component', 'system', 'resource', 'group'];

/** Whether an entity shows the DevEx tab; use it with `EntitySwitch` in legacy apps. */
export function isDevexAvailable(entity: Entity): boolean {
  return DEVEX_ENTITY_KINDS.includes(entity.kind.toLocaleLowerCase('en-US'));
}
