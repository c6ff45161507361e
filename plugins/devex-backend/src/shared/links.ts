import { parseEntityRef } from '@backstage/catalog-model';

/** The portal path of an entity's DevEx tab, for notifications and the digest. */
export function devexTabPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${namespace}/${kind.toLocaleLowerCase(
    'en-US',
  )}/${name}/devex`;
}

/** Where the app shows an occurrence's minutes, under the DevEx page's path. */
export function minutesPath(pagePath: string, occurrenceId: string): string {
  return `${pagePath}/forum/${encodeURIComponent(occurrenceId)}/minutes`;
}

/** The URL if the value is an absolute http(s) URL, else undefined (javascript:, data:, relative...). */
export function httpUrlOf(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}
