import { createHash } from 'node:crypto';
import { EvidenceRecordRef } from '@devex-governance/backstage-plugin-devex-node';
import {
  RemediationItem,
  SyncedEvidence,
  SyncState,
} from '@devex-governance/backstage-plugin-devex-common';

/**
 * Evidence as a provider reports it: a record, possibly marked untrusted (a catalog entity outside
 * `devex.sync.trustedEvidenceSources`), which never counts and is only named in the reason.
 */
export type ReportedEvidence = EvidenceRecordRef & { untrusted?: boolean };

export type ProviderEvidence = ReportedEvidence & { providerId: string };

export interface Reconciliation {
  state: SyncState;
  reason: string | null;
  evidence: SyncedEvidence[];
  /** When the evidence that decided the state expires, if it does. */
  staleAt: Date | null;
}

const expiryOf = (e: ProviderEvidence): Date | null =>
  e.collectedAt && e.retentionDays
    ? new Date(Date.parse(e.collectedAt) + e.retentionDays * 86_400_000)
    : null;

const toSynced = (e: ProviderEvidence): SyncedEvidence => ({
  providerId: e.providerId,
  id: e.id,
  title: e.title,
  collection: e.collection,
  collectedAt: e.collectedAt ?? null,
  url: e.url ?? null,
  location: e.location,
});

/**
 * How one remediation item stands against the evidence the providers report: automatically
 * synced when current automated evidence names it, manually synced with current manual evidence,
 * stale when all its evidence is past retention, failed when a provider could not be read and no
 * other evidence decides, unsynced otherwise (with the reason).
 */
export function reconcileItem(options: {
  item: RemediationItem;
  evidence: ProviderEvidence[];
  failedProviders: Array<{ id: string; error: string }>;
  now: Date;
}): Reconciliation {
  const { item, failedProviders, now } = options;
  const evidence = options.evidence.filter(e => !e.untrusted);
  const untrusted = options.evidence.filter(e => e.untrusted);
  const notCounted = untrusted.length
    ? `; not counted: ${untrusted
        .map(e => `${e.providerId}/${e.id}`)
        .join(', ')} (not a trusted evidence source)`
    : '';
  const current = evidence.filter(e => {
    const expiry = expiryOf(e);
    return !expiry || expiry > now;
  });
  const earliestExpiry = (list: ProviderEvidence[]) => {
    const times = list
      .map(expiryOf)
      .filter((d): d is Date => d !== null)
      .map(d => d.getTime());
    return times.length ? new Date(Math.min(...times)) : null;
  };
  const automated = current.filter(e => e.collection === 'automated');
  if (automated.length) {
    return {
      state: 'synced_automatically',
      reason: null,
      evidence: automated.map(toSynced),
      staleAt: earliestExpiry(automated),
    };
  }
  const manual = current.filter(e => e.collection === 'manual');
  if (manual.length) {
    return {
      state: 'synced_manually',
      reason: 'Evidence is collected by hand, not by automation',
      evidence: manual.map(toSynced),
      staleAt: earliestExpiry(manual),
    };
  }
  if (evidence.length) {
    const latest = evidence
      .map(expiryOf)
      .filter((d): d is Date => d !== null)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    return {
      state: 'stale',
      reason: `Evidence is past its retention${
        latest ? ` since ${latest.toISOString().slice(0, 10)}` : ''
      }`,
      evidence: evidence.map(toSynced),
      staleAt: null,
    };
  }
  if (failedProviders.length) {
    return {
      state: 'failed',
      reason:
        failedProviders.map(p => `${p.id}: ${p.error}`).join('; ') + notCounted,
      evidence: [],
      staleAt: null,
    };
  }
  return {
    state: 'unsynced',
    reason:
      (item.expectedEvidence.length
        ? `No evidence record names ${
            item.id
          }; expected: ${item.expectedEvidence.join(', ')}`
        : `No evidence record names ${item.id}`) + notCounted,
    evidence: [],
    staleAt: null,
  };
}

/** What a reconciliation depends on; equal hashes mean the stored state still holds. */
export function reconciliationInputHash(
  contentHash: string,
  evidence: ProviderEvidence[],
  failedProviders: Array<{ id: string }>,
): string {
  const refs = evidence
    .map(
      e =>
        `${e.providerId}/${e.id}/${e.collection}/${e.collectedAt ?? ''}/${
          e.retentionDays ?? ''
        }/${e.url ?? ''}/${e.title}/${e.location}${
          // only when untrusted, so trusted evidence hashes as before and stays skipped
          e.untrusted ? '/untrusted' : ''
        }`,
    )
    .sort();
  return createHash('sha256')
    .update(contentHash)
    .update('\n')
    .update(refs.join('\n'))
    .update('\n')
    .update(
      failedProviders
        .map(p => p.id)
        .sort()
        .join(','),
    )
    .digest('hex');
}

/** A stable hash of an item's content, so unchanged upserts write nothing. */
export function remediationContentHash(item: RemediationItem): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        item.id,
        item.framework,
        item.title,
        item.riskLevel,
        item.owner,
        item.dueDate,
        item.status,
        item.expectedEvidence,
        item.entityRef,
        item.sourceLocation,
      ]),
    )
    .digest('hex');
}
