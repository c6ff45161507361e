import {
  FeatureFlagLiveState,
  FeatureFlagProvider,
} from '@devex-governance/backstage-plugin-devex-node';

/** One environment of an Unleash instance, read with a client API token scoped to it. */
export interface UnleashEnvironment {
  name: string;
  token: string;
}

/** A strategy of a feature in Unleash's client API (`GET /api/client/features`). */
interface UnleashStrategy {
  name: string;
  disabled?: boolean;
  constraints?: unknown[];
  segments?: unknown[];
  parameters?: Record<string, string | number | undefined>;
}

interface UnleashFeature {
  name: string;
  enabled: boolean;
  strategies?: UnleashStrategy[];
}

const PERCENTAGE_PARAMETER: Record<string, string> = {
  flexibleRollout: 'rollout',
  gradualRolloutRandom: 'percentage',
  gradualRolloutSessionId: 'percentage',
  gradualRolloutUserId: 'percentage',
};

/**
 * The state a feature of Unleash's client API is in for everyone: `off` when disabled in the
 * environment, `on` when enabled with no strategy or with one that lets everyone in, the largest
 * rollout percentage of its percentage strategies otherwise, and `targeted` when it is on only
 * for chosen users, hosts or segments (strategies with constraints or segments, or strategies
 * such as `userWithId`). Strategies are alternatives: a user gets the flag if any lets them in.
 */
export function unleashFeatureState(feature: UnleashFeature): string {
  if (!feature.enabled) return 'off';
  const active = (feature.strategies ?? []).filter(s => !s.disabled);
  if (!active.length) return 'on';
  let percentage = 0;
  let targeted = false;
  for (const strategy of active) {
    if (strategy.constraints?.length || strategy.segments?.length) {
      targeted = true;
      continue;
    }
    if (strategy.name === 'default') return 'on';
    const parameter = PERCENTAGE_PARAMETER[strategy.name];
    const value = parameter ? Number(strategy.parameters?.[parameter]) : NaN;
    if (Number.isFinite(value)) {
      percentage = Math.max(percentage, Math.min(100, Math.max(0, value)));
    } else {
      targeted = true;
    }
  }
  if (percentage >= 100) return 'on';
  if (percentage > 0) return `${Math.round(percentage)}%`;
  return targeted ? 'targeted' : 'off';
}

/**
 * Live flag states from Unleash (open source, https://www.getunleash.io) through its client API,
 * `GET <url>/api/client/features` with a client token per environment: the flags as the SDKs
 * receive them. Environments without a configured token are not known to this provider.
 */
export class UnleashFlagProvider implements FeatureFlagProvider {
  readonly id = 'unleash';

  constructor(
    private readonly options: {
      url: string;
      environments: UnleashEnvironment[];
      fetchImpl?: typeof fetch;
    },
  ) {}

  async readFlags(options: {
    environment: string;
    flagKeys: string[];
    signal?: AbortSignal;
  }): Promise<FeatureFlagLiveState[]> {
    const environment = this.options.environments.find(
      e => e.name === options.environment,
    );
    if (!environment || !options.flagKeys.length) return [];
    const url = `${this.options.url.replace(/\/$/, '')}/api/client/features`;
    const response = await (this.options.fetchImpl ?? fetch)(url, {
      headers: {
        Authorization: environment.token,
        Accept: 'application/json',
        'UNLEASH-APPNAME': 'backstage-devex',
      },
      signal: options.signal,
    });
    if (!response.ok) {
      throw new Error(
        `Unleash answered ${response.status} ${response.statusText} for ${url} (environment ${environment.name})`,
      );
    }
    const body = (await response.json()) as { features?: UnleashFeature[] };
    if (!Array.isArray(body.features)) {
      throw new Error(`Unleash's answer from ${url} has no features list`);
    }
    const wanted = new Set(options.flagKeys);
    return body.features
      .filter(f => wanted.has(f.name))
      .map(f => ({
        flagKey: f.name,
        environment: environment.name,
        state: unleashFeatureState(f),
      }));
  }
}
