import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * One entry of `devex.sync.trustedEvidenceSources`: an entity matches when it has every field
 * given (lower-case kind and namespace, the owner as a full entity ref).
 */
export interface TrustedEvidenceSource {
  kind?: string;
  namespace?: string;
  owner?: string;
}

/** An owner as a full, lower-case entity ref; a bare name is a group in `namespace`. */
export function normalizeOwnerRef(owner: string, namespace: string): string {
  return stringifyEntityRef(
    parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: namespace,
    }),
  ).toLocaleLowerCase('en-US');
}

/** Whether a catalog entity's evidence annotations count: it matches one trusted source. */
export function isTrustedEvidenceSource(
  entity: Entity,
  trusted: TrustedEvidenceSource[],
): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const namespace = (entity.metadata.namespace ?? 'default').toLocaleLowerCase(
    'en-US',
  );
  const rawOwner = entity.spec?.owner;
  let owner: string | undefined;
  try {
    owner =
      typeof rawOwner === 'string'
        ? normalizeOwnerRef(rawOwner, namespace)
        : undefined;
  } catch {
    owner = undefined;
  }
  return trusted.some(
    t =>
      (t.kind === undefined || t.kind === kind) &&
      (t.namespace === undefined || t.namespace === namespace) &&
      (t.owner === undefined || t.owner === owner),
  );
}
