import { EvidenceRecord } from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { toIsoTimestampOrNull as ts } from '../database/timestamps';
import { EVIDENCE } from './remediationRows';

/** The portal database's evidence catalog: the evidence records people keep in the portal. */
export class EvidenceStore {
  constructor(private readonly knex: Knex) {}

  async listEvidence(): Promise<EvidenceRecord[]> {
    return (await this.knex(EVIDENCE).orderBy('id')).map((r: any) => ({
      id: r.id,
      title: r.title,
      source: r.source,
      location: r.location,
      owner: r.owner_ref,
      retentionDays:
        r.retention_days === null ? null : Number(r.retention_days),
      collection: r.collection,
      collectedAt: ts(r.collected_at),
      remediationIds: JSON.parse(r.remediation_ids),
      url: r.url,
    }));
  }

  async putEvidence(e: EvidenceRecord): Promise<void> {
    await this.knex(EVIDENCE)
      .insert({
        id: e.id,
        title: e.title,
        source: e.source,
        location: e.location,
        owner_ref: e.owner,
        retention_days: e.retentionDays,
        collection: e.collection,
        collected_at: e.collectedAt ? new Date(e.collectedAt) : null,
        remediation_ids: JSON.stringify(e.remediationIds),
        url: e.url,
      })
      .onConflict('id')
      .merge();
  }

  async deleteEvidence(id: string): Promise<boolean> {
    return (await this.knex(EVIDENCE).where({ id }).delete()) > 0;
  }
}
