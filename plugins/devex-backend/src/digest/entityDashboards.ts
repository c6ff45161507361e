import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { httpUrlOf } from '../shared/links';
import { DigestLink } from './DigestService';

/** The annotation naming an entity's dashboards: `Title=https://...`, comma separated. */
export const DASHBOARDS_ANNOTATION = 'devex.io/dashboards';

/** Reads `Title=url` pairs from the annotation's value; a pair without `=` is left out. */
export function parseDashboards(
  value: string,
  entityTitle: string,
): DigestLink[] {
  return value.split(',').flatMap(pair => {
    const [title, ...url] = pair.split('=');
    return url.length
      ? [
          {
            title: `${entityTitle}: ${title.trim()}`,
            url: url.join('=').trim(),
          },
        ]
      : [];
  });
}

/**
 * Keeps the dashboards the digest may link to: absolute http(s) URLs, on one of `allowedHosts`
 * when it is given; the others are returned as ignored, with why.
 */
export function safeDashboards(
  links: DigestLink[],
  allowedHosts?: string[],
): { safe: DigestLink[]; ignored: Array<DigestLink & { why: string }> } {
  const safe: DigestLink[] = [];
  const ignored: Array<DigestLink & { why: string }> = [];
  for (const link of links) {
    const url = httpUrlOf(link.url);
    if (!url) ignored.push({ ...link, why: 'not an http(s) URL' });
    else if (allowedHosts && !allowedHosts.includes(url.hostname))
      ignored.push({
        ...link,
        why: `${url.hostname} is not in devex.digest.dashboardHosts`,
      });
    else safe.push(link);
  }
  return { safe, ignored };
}

/**
 * The dashboards that catalog entities name in their `devex.io/dashboards` annotation, restricted
 * by {@link safeDashboards}; ignored ones are logged.
 */
export function catalogDashboards(
  catalog: CatalogService,
  auth: AuthService,
  options: { logger: LoggerService; allowedHosts?: string[] },
) {
  return async (): Promise<DigestLink[]> => {
    const { items } = await catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${DASHBOARDS_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        fields: ['kind', 'metadata'],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    return items.flatMap(e => {
      const { safe, ignored } = safeDashboards(
        parseDashboards(
          e.metadata.annotations?.[DASHBOARDS_ANNOTATION] ?? '',
          e.metadata.title ?? e.metadata.name,
        ),
        options.allowedHosts,
      );
      for (const link of ignored) {
        options.logger.warn(
          `Dashboard "${link.title}" of ${stringifyEntityRef(
            e,
          )} left out of the digest: ${link.why}`,
        );
      }
      return safe;
    });
  };
}
