import type { SyncServiceOptions } from './SyncServiceOptions';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  devexComplianceWritePermission,
  devexGovernanceReadPermission,
  EvidenceRecord,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import { normalizeEntityRef } from '../shared/validation';

/** The portal database's evidence catalog, as people keep it through the API. */
export class EvidenceCatalogService {
  constructor(
    private readonly options: Pick<
      SyncServiceOptions,
      'evidence' | 'permissions'
    >,
  ) {}

  async listEvidence(caller: Caller): Promise<EvidenceRecord[]> {
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    return this.options.evidence.listEvidence();
  }

  async putEvidence(
    record: EvidenceRecord,
    caller: Caller,
  ): Promise<EvidenceRecord> {
    const owner = normalizeEntityRef('owner', record.owner, ['user', 'group']);
    if (record.collectedAt && !DateTime.fromISO(record.collectedAt).isValid)
      throw new InputError(`collectedAt must be an ISO 8601 date-time`);
    await authorizeOrThrow(
      this.options.permissions,
      devexComplianceWritePermission,
      caller,
    );
    const stored = { ...record, owner };
    await this.options.evidence.putEvidence(stored);
    return stored;
  }

  async deleteEvidence(id: string, caller: Caller): Promise<void> {
    await authorizeOrThrow(
      this.options.permissions,
      devexComplianceWritePermission,
      caller,
    );
    if (!(await this.options.evidence.deleteEvidence(id)))
      throw new NotFoundError(`No evidence record ${id}`);
  }
}
