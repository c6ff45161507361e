import { AuthService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';
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

/** The dashboards that catalog entities name in their `devex.io/dashboards` annotation. */
export function catalogDashboards(catalog: CatalogService, auth: AuthService) {
  return async (): Promise<DigestLink[]> => {
    const { items } = await catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${DASHBOARDS_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        fields: ['metadata'],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    return items.flatMap(e =>
      parseDashboards(
        e.metadata.annotations?.[DASHBOARDS_ANNOTATION] ?? '',
        e.metadata.title ?? e.metadata.name,
      ),
    );
  };
}
