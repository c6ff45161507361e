/**
 * Extension points of the DevEx backend plugin, for modules that bring their own evidence catalog.
 *
 * @packageDocumentation
 */
import { createExtensionPoint } from '@backstage/backend-plugin-api';

export * from './clock';
export * from './featureFlags';

/** One piece of compliance evidence as an evidence catalog reports it. */
export interface EvidenceRecordRef {
  /** Unique within its provider. */
  id: string;
  /** The remediation backlog items (e.g. `POPIA-003`) this evidence covers. */
  remediationIds: string[];
  title: string;
  location: string;
  /** Whether the evidence is collected by automation or by hand. */
  collection: 'automated' | 'manual';
  /** When it was last collected (ISO 8601); without it the evidence never goes stale. */
  collectedAt?: string | null;
  /** How long it stays valid after collection, in days; absent means until it changes. */
  retentionDays?: number | null;
  /** Where a person can see it. */
  url?: string | null;
}

/** An evidence catalog the sync reconciles the remediation backlog with. */
export interface EvidenceProvider {
  /** A stable id, e.g. `portal-database`, `catalog`, `url-index`. */
  readonly id: string;
  /** Every evidence record the catalog holds; a thrown error marks this provider failed for the run. */
  /**
   * `signal` is aborted when the sync task is, or when the provider takes too long: pass it to
   * fetch or the UrlReader.
   */
  listEvidence(options?: {
    signal?: AbortSignal;
  }): Promise<EvidenceRecordRef[]>;
}

/** Lets backend modules add evidence providers to the DevEx evidence sync. */
export interface DevexEvidenceProvidersExtensionPoint {
  addEvidenceProvider(...providers: EvidenceProvider[]): void;
}

/** @public */
export const devexEvidenceProvidersExtensionPoint =
  createExtensionPoint<DevexEvidenceProvidersExtensionPoint>({
    id: 'devex.evidence-providers',
  });

/** A value a metric source collected; the collector records it as a measurement. */
export interface CollectedMeasurement {
  metricKey: string;
  /** Absent for a portal-wide value. */
  entityRef?: string | null;
  value: number;
  measuredAt: string;
}

/** A system the DevEx collector pulls measurements from (Prefect, Four Keys, supply-chain summaries, ...). */
export interface MetricSource {
  readonly id: string;
  /**
   * Everything it can say now; a thrown error makes the source show as unreachable. `signal` is
   * aborted when the collection task is, or when the source takes too long: pass it to fetch or
   * the UrlReader.
   */
  collect(options: {
    now: Date;
    signal?: AbortSignal;
  }): Promise<CollectedMeasurement[]>;
}

/** Lets backend modules add metric sources to the DevEx collector. */
export interface DevexMetricSourcesExtensionPoint {
  addMetricSource(...sources: MetricSource[]): void;
}

/** @public */
export const devexMetricSourcesExtensionPoint =
  createExtensionPoint<DevexMetricSourcesExtensionPoint>({
    id: 'devex.metric-sources',
  });
