import { createExtensionPoint } from '@backstage/backend-plugin-api';

/**
 * A flag's state as the forum decides it and as a flag service reports it: `on`, `off`, or a
 * rollout percentage such as `25%`. A provider may also report `targeted` (on for chosen users
 * or segments only), which no decision names, so it always shows as drift.
 *
 * @public
 */
export type FeatureFlagState = string;

/** The live state of one flag in one environment, as its flag service reports it. @public */
export interface FeatureFlagLiveState {
  flagKey: string;
  environment: string;
  state: FeatureFlagState;
}

/**
 * A feature-flag service the DevEx backend reads live flag states from, to tell whether a flag
 * decision is still what the flag service does (drift).
 *
 * @public
 */
export interface FeatureFlagProvider {
  /** A stable id, e.g. `unleash`. */
  readonly id: string;
  /**
   * The live states of the flags asked for in one environment; flags the provider does not know
   * are left out. A thrown error marks the check of that environment failed for this provider.
   * Pass `signal` to fetch or the UrlReader.
   */
  readFlags(options: {
    environment: string;
    flagKeys: string[];
    signal?: AbortSignal;
  }): Promise<FeatureFlagLiveState[]>;
}

/** Lets backend modules add feature-flag providers to the DevEx drift check. @public */
export interface DevexFeatureFlagProvidersExtensionPoint {
  addFeatureFlagProvider(...providers: FeatureFlagProvider[]): void;
}

/** @public */
export const devexFeatureFlagProvidersExtensionPoint =
  createExtensionPoint<DevexFeatureFlagProvidersExtensionPoint>({
    id: 'devex.feature-flag-providers',
  });
