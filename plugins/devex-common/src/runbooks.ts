import { WireSchemas } from './wire';

/** The annotation listing an entity's runbooks: URLs or document paths, comma separated. */
export const RUNBOOK_ANNOTATION = 'devex.io/runbooks';

/** The parts of a catalog entity its runbooks are resolved from (a catalog `Entity` is one). */
export interface RunbookEntity {
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    annotations?: Record<string, string>;
  };
}

/** A runbook an entity names: its title and where it is. */
export interface RunbookLink {
  title: string;
  url: string;
}

/** A runbook as the portal read it, to render it. */
export type RunbookContent = WireSchemas['RunbookContent'];
/** An occurrence of the runbook-update ritual. */
export type RunbookRitual = WireSchemas['RunbookRitual'];
/** One runbook of an entity with what the runbook checks last saw of it. */
export type RunbookStatus = WireSchemas['RunbookStatus'];
/** An entity's runbooks and the last runbook-update ritual. */
export type RunbookStatusList = WireSchemas['RunbookStatusList'];

/**
 * Where a runbook is: an absolute URL as is; a relative document path in the entity's TechDocs
 * when it has them, else next to its source location.
 */
export function resolveRunbookUrl(
  entity: RunbookEntity,
  value: string,
): string {
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

/** The entity's runbooks from its annotation, each resolved by {@link resolveRunbookUrl}. */
export function entityRunbooks(entity: RunbookEntity): RunbookLink[] {
  return (entity.metadata.annotations?.[RUNBOOK_ANNOTATION] ?? '')
    .split(',')
    .map(v => v.trim())
    .filter(Boolean)
    .map(v => ({
      title: v.split('/').pop()!.replace(/\.md$/, ''),
      url: resolveRunbookUrl(entity, v),
    }));
}

/**
 * Whether the portal reads the runbook itself (an http(s) URL, through the backend's URL reader);
 * the others are TechDocs pages of the portal, or paths that resolve nowhere.
 */
export const isReadableRunbookUrl = (url: string): boolean =>
  /^https?:\/\/\S+$/.test(url);
