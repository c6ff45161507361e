import { Entity } from '@backstage/catalog-model';

/** The annotation listing an entity's runbooks: URLs or document paths, comma separated. */
export const RUNBOOK_ANNOTATION = 'devex.io/runbooks';

export interface RunbookLink {
  title: string;
  url: string;
}

/**
 * Where a runbook opens: an absolute URL as is; a relative document path in the entity's TechDocs
 * when it has them, else next to its source location.
 */
export function resolveRunbookUrl(entity: Entity, value: string): string {
  if (/^https?:\/\//.test(value)) return value;
  const annotations = entity.metadata.annotations ?? {};
  const path = value.replace(/^\.?\//, '');
  if (annotations['backstage.io/techdocs-ref']) {
    const page = path.replace(/^docs\//, '').replace(/(index)?\.md$/, '');
    const { namespace = 'default', name } = entity.metadata;
    return `/docs/${namespace}/${entity.kind.toLocaleLowerCase(
      'en-US',
    )}/${name}/${page}`;
  }
  const source = annotations['backstage.io/source-location']?.replace(
    /^url:/,
    '',
  );
  return source
    ? new URL(path, source.endsWith('/') ? source : `${source}/`).toString()
    : value;
}

/** The entity's runbook links from its annotation. */
export function entityRunbooks(entity: Entity): RunbookLink[] {
  return (entity.metadata.annotations?.[RUNBOOK_ANNOTATION] ?? '')
    .split(',')
    .map(v => v.trim())
    .filter(Boolean)
    .map(v => ({
      title: v.split('/').pop()!.replace(/\.md$/, ''),
      url: resolveRunbookUrl(entity, v),
    }));
}
