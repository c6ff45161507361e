import { AuthService, UrlReaderService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  EvidenceProvider,
  EvidenceRecordRef,
} from '@devex-governance/backstage-plugin-devex-node';
import YAML from 'yaml';
import { ReportedEvidence } from '../reconcile';
import { EvidenceStore } from '../EvidenceStore';
import {
  isTrustedEvidenceSource,
  TrustedEvidenceSource,
} from '../trustedEvidenceSources';

/** The annotation linking an evidence entity to the remediation items it covers. */
export const REMEDIATION_IDS_ANNOTATION = 'devex.io/remediation-ids';

const list = (value?: string) =>
  (value ?? '')
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);

/** Evidence records kept in the portal database and managed through the API. */
export class PortalDatabaseEvidenceProvider implements EvidenceProvider {
  readonly id = 'portal-database';
  constructor(private readonly store: EvidenceStore) {}

  async listEvidence(): Promise<EvidenceRecordRef[]> {
    return (await this.store.listEvidence()).map(e => ({
      id: e.id,
      title: e.title,
      remediationIds: e.remediationIds,
      location: e.location,
      collection: e.collection,
      collectedAt: e.collectedAt,
      retentionDays: e.retentionDays,
      url: e.url,
    }));
  }
}

/**
 * Evidence as catalog entities: any entity annotated with `devex.io/remediation-ids` (typically a
 * Resource of type evidence), with `devex.io/evidence-collection`, `-collected-at` and
 * `-retention-days` annotations. Whoever can register an entity can annotate it, so only entities
 * matching `devex.sync.trustedEvidenceSources` count; the others are reported untrusted.
 */
export class CatalogEvidenceProvider implements EvidenceProvider {
  readonly id = 'catalog';
  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly trusted: TrustedEvidenceSource[],
  ) {}

  async listEvidence(): Promise<ReportedEvidence[]> {
    const { items } = await this.catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${REMEDIATION_IDS_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        fields: ['kind', 'metadata', 'spec.owner'],
      },
      { credentials: await this.auth.getOwnServiceCredentials() },
    );
    return items.map(entity => {
      const a = entity.metadata.annotations ?? {};
      const ref = `${entity.kind.toLocaleLowerCase('en-US')}:${
        entity.metadata.namespace ?? 'default'
      }/${entity.metadata.name}`;
      return {
        id: ref,
        title: entity.metadata.title ?? entity.metadata.name,
        remediationIds: list(a[REMEDIATION_IDS_ANNOTATION]),
        location:
          a['backstage.io/source-location']?.replace(/^url:/, '') ?? ref,
        collection:
          a['devex.io/evidence-collection'] === 'automated'
            ? 'automated'
            : 'manual',
        collectedAt: a['devex.io/evidence-collected-at'] ?? null,
        retentionDays: a['devex.io/evidence-retention-days']
          ? Number(a['devex.io/evidence-retention-days'])
          : null,
        url: `/catalog/${
          entity.metadata.namespace ?? 'default'
        }/${entity.kind.toLocaleLowerCase('en-US')}/${entity.metadata.name}`,
        ...(isTrustedEvidenceSource(entity, this.trusted)
          ? {}
          : { untrusted: true }),
      };
    });
  }
}

/** An evidence index (JSON or YAML list, or `{ evidence: [...] }`) at a URL, read through the urlReader. */
export class UrlIndexEvidenceProvider implements EvidenceProvider {
  readonly id = 'url-index';
  constructor(
    private readonly urlReader: UrlReaderService,
    private readonly url: string,
  ) {}

  async listEvidence(
    options: { signal?: AbortSignal } = {},
  ): Promise<EvidenceRecordRef[]> {
    const text = (
      await (
        await this.urlReader.readUrl(this.url, { signal: options.signal })
      ).buffer()
    ).toString('utf8');
    const parsed = YAML.parse(text);
    const records = Array.isArray(parsed) ? parsed : parsed?.evidence;
    if (!Array.isArray(records)) {
      throw new Error(
        `${this.url} is not an evidence index: expected a list, or an object with an evidence list`,
      );
    }
    return records.map((r: any, i: number) => {
      if (!r || typeof r.id !== 'string' || !Array.isArray(r.remediationIds)) {
        throw new Error(
          `${this.url}: evidence ${i} needs an id and a remediationIds list`,
        );
      }
      return {
        id: r.id,
        title: String(r.title ?? r.id),
        remediationIds: r.remediationIds.map(String),
        location: String(r.location ?? this.url),
        collection: r.collection === 'automated' ? 'automated' : 'manual',
        collectedAt: r.collectedAt ?? null,
        retentionDays:
          typeof r.retentionDays === 'number' ? r.retentionDays : null,
        url: r.url ?? null,
      };
    });
  }
}
