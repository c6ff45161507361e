import { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  MetricDefinition,
  PulseQuestion,
  SuccessMeasure,
} from '@devex-governance/backstage-plugin-devex-common';
import { CalendarSettings, readCalendarSettings } from './calendar/cadences';
import { DigestLink } from './digest/DigestService';
import {
  DEFAULT_SCORECARD_THRESHOLDS,
  ScorecardThresholds,
} from './experiments/scorecard';
import { readMetricDefinitions } from './metrics/metricDefinitions';
import { PrefectDeployment } from './metricSources/sources';
import { readPulseQuestions } from './pulse/PulseService';
import { PulseSealingKey, readPulseSealingKeys } from './pulse/PulseSealer';
import { readSuccessMeasures } from './successMeasures/SuccessMeasureService';
import {
  normalizeOwnerRef,
  TrustedEvidenceSource,
} from './sync/trustedEvidenceSources';
import { readTimeZone } from './time/clock';
import { FeedSigningKey, readFeedSigningKeys } from './calendar/FeedSealer';
import { readRetentionSettings, RetentionSettings } from './retention/settings';
import { numberIn, scheduleAt } from './shared/configReaders';
import { readReminderSettings, ReminderSettings } from './reminders/settings';
import {
  PerformanceBands,
  readPerformanceBands,
} from './metrics/performanceBands';
import { UnleashEnvironment } from './featureFlags/UnleashFlagProvider';

/** Everything the plugin reads from `devex.*` (and `app.baseUrl`), read once at start-up. */
export interface DevexConfig {
  timeZone: string;
  portalUrl: string;
  /** Where the app mounts the DevEx page (`devex.pagePath`, default `/devex`), for links to records. */
  pagePath: string;
  demoData: boolean;
  metrics: Map<string, MetricDefinition>;
  scorecards: ScorecardThresholds;
  /** `devex.performanceBands`: the bands the Four Keys are read against (DORA 2023 by default). */
  performanceBands: PerformanceBands;
  calendar: CalendarSettings;
  /** `devex.calendar.feedConfirmationDays`: a feed link serves this long after a request of its user's confirmed their calendar access. */
  feedConfirmationDays: number;
  escalation: {
    workingDays: number;
    /** Who blockers escalate to, with `chair`; neither set: blockers are not escalated. */
    steeringCommittee?: string;
    chair?: string;
    schedule: SchedulerServiceTaskScheduleDefinition;
  };
  sync: {
    target: number;
    evidenceIndexUrl?: string;
    schedule: SchedulerServiceTaskScheduleDefinition;
    /** Catalog entities whose evidence annotations count; none when not configured. */
    trustedEvidenceSources: TrustedEvidenceSource[];
    waivers: {
      /** Whether waived items count in the ratio as not synced; by default they are left out. */
      countInRatio: boolean;
      /** Days before a waiver's expiry its owners are notified. */
      noticeDays: number;
    };
  };
  pulse: {
    questions: PulseQuestion[];
    minResponses: number;
    sealingKeys: { keys: PulseSealingKey[]; configured: boolean };
  };
  metricSources: {
    prefect: PrefectDeployment[];
    fourKeys?: { url: string; entityRef: string | null };
    supplyChain: Array<{ entityRef: string; url: string }>;
  };
  successMeasures: SuccessMeasure[];
  /** How long prunable records are kept (`devex.retention.*`). */
  retention: RetentionSettings;
  /** When owners are reminded of what falls due (`devex.reminders.*`). */
  reminders: ReminderSettings;
  /** `devex.calendar.feedSigningKeys`, newest first: what seals feed links to this deployment. */
  feedSigningKeys: FeedSigningKey[];
  featureFlags: {
    /** Unleash's client API, when configured: its URL and a client token per environment. */
    unleash?: { url: string; environments: UnleashEnvironment[] };
    /** How often the drift check reads the live flag states. */
    schedule: SchedulerServiceTaskScheduleDefinition;
  };
  digest: {
    /** Who always gets the digest besides the owners it names; none by default. */
    recipients: string[];
    dashboards: DigestLink[];
    dayOfMonth: number;
    /** Hostnames entities' dashboards may link to; any http(s) host when absent. */
    dashboardHosts?: string[];
  };
  /** What is not configured and what the plugin does instead, logged once at start-up. */
  notConfigured: NotConfigured[];
}

/** A feature left unconfigured: its key and what happens without it. */
export interface NotConfigured {
  level: 'info' | 'warn';
  message: string;
}

function readTrustedEvidenceSources(config: Config): TrustedEvidenceSource[] {
  const key = 'devex.sync.trustedEvidenceSources';
  return (config.getOptionalConfigArray(key) ?? []).map((c, i) => {
    const at = `${key}[${i}]`;
    const lower = (field: string) =>
      c.getOptionalString(field)?.trim().toLocaleLowerCase('en-US') ||
      undefined;
    const kind = lower('kind');
    const namespace = lower('namespace');
    const owner = lower('owner');
    if (!kind && !namespace && !owner) {
      throw new Error(`${at} must name a kind, a namespace or an owner`);
    }
    let ownerRef: string | undefined;
    try {
      ownerRef = owner && normalizeOwnerRef(owner, 'default');
    } catch {
      throw new Error(`${at}.owner is not an entity reference: ${owner}`);
    }
    return { kind, namespace, owner: ownerRef };
  });
}

/**
 * Reads and validates the plugin's configuration once; an invalid value stops start-up with an
 * error naming its key. Defaults live here and in the domain readers it calls, nowhere else.
 */
export function readDevexConfig(config: Config): DevexConfig {
  const sources = config.getOptionalConfig('devex.metricSources');
  const fourKeys = sources?.getOptionalConfig('fourKeys');
  const calendar = readCalendarSettings(config);
  return {
    notConfigured: readNotConfigured(config, calendar),
    timeZone: readTimeZone(config),
    portalUrl: config.getOptionalString('app.baseUrl') ?? '',
    pagePath: readPagePath(config),
    demoData: config.getOptionalBoolean('devex.demoData.enabled') ?? false,
    metrics: readMetricDefinitions(config),
    scorecards: {
      ...DEFAULT_SCORECARD_THRESHOLDS,
      onTrack: numberIn(
        config,
        'devex.scorecards.onTrackProgress',
        DEFAULT_SCORECARD_THRESHOLDS.onTrack,
        0,
        1,
      ),
      atRisk: numberIn(
        config,
        'devex.scorecards.atRiskProgress',
        DEFAULT_SCORECARD_THRESHOLDS.atRisk,
        0,
        1,
      ),
    },
    calendar,
    feedConfirmationDays: numberIn(
      config,
      'devex.calendar.feedConfirmationDays',
      30,
      1,
      365,
    ),
    escalation: {
      workingDays: numberIn(config, 'devex.escalation.workingDays', 2, 0, 60),
      steeringCommittee: config.getOptionalString(
        'devex.escalation.steeringCommittee',
      ),
      chair: config.getOptionalString('devex.escalation.chair'),
      schedule: scheduleAt(config, 'devex.escalation.schedule', {
        frequency: { minutes: 5 },
        timeout: { minutes: 5 },
      }),
    },
    sync: {
      target: numberIn(config, 'devex.sync.target', 0.8, 0, 1),
      evidenceIndexUrl: config.getOptionalString('devex.sync.evidenceIndexUrl'),
      schedule: scheduleAt(config, 'devex.sync.schedule', {
        frequency: { minutes: 30 },
        timeout: { minutes: 10 },
      }),
      trustedEvidenceSources: readTrustedEvidenceSources(config),
      waivers: {
        countInRatio:
          config.getOptionalBoolean('devex.sync.waivers.countInRatio') ?? false,
        noticeDays: numberIn(config, 'devex.sync.waivers.noticeDays', 7, 1, 90),
      },
    },
    pulse: {
      questions: readPulseQuestions(config),
      minResponses: numberIn(config, 'devex.pulse.minResponses', 5, 3, 1000),
      sealingKeys: readPulseSealingKeys(config),
    },
    metricSources: {
      prefect: (sources?.getOptionalConfigArray('prefect') ?? []).map(c => ({
        name: c.getString('name'),
        baseUrl: c.getString('baseUrl'),
        apiKey: c.getOptionalString('apiKey'),
        deploymentId: c.getString('deploymentId'),
        entityRef: c.getString('entityRef'),
        windowDays: c.getOptionalNumber('windowDays') ?? 30,
      })),
      fourKeys: fourKeys && {
        url: fourKeys.getString('url'),
        entityRef: fourKeys.getOptionalString('entityRef') ?? null,
      },
      supplyChain: (sources?.getOptionalConfigArray('supplyChain') ?? []).map(
        c => ({
          entityRef: c.getString('entityRef'),
          url: c.getString('url'),
        }),
      ),
    },
    successMeasures: readSuccessMeasures(config),
    retention: readRetentionSettings(config),
    reminders: readReminderSettings(config),
    performanceBands: readPerformanceBands(config),
    feedSigningKeys: readFeedSigningKeys(config),
    featureFlags: readFeatureFlags(config),
    digest: {
      recipients:
        config.getOptionalStringArray('devex.digest.recipients') ?? [],
      dashboards: (
        config.getOptionalConfigArray('devex.digest.dashboards') ?? []
      ).map(c => ({
        title: c.getString('title'),
        url: c.getString('url'),
      })),
      dayOfMonth: numberIn(config, 'devex.digest.dayOfMonth', 1, 1, 28),
      dashboardHosts: config
        .getOptionalStringArray('devex.digest.dashboardHosts')
        ?.map(h => h.trim().toLocaleLowerCase('en-US')),
    },
  };
}

/**
 * The plugin ships no organisation's people, places or links: each feature that needs them says
 * at start-up what it does while they are not configured.
 */
function readNotConfigured(
  config: Config,
  calendar: CalendarSettings,
): NotConfigured[] {
  const notes: NotConfigured[] = [];
  const info = (message: string) => notes.push({ level: 'info', message });
  if (!config.has('devex.timeZone') && !config.has('devex.calendar.timeZone')) {
    info(
      'devex.timeZone is not set: "today", overdue items, months, quarters, deadlines and the calendar are reckoned in UTC',
    );
  }
  if (!calendar.holidays.country && !calendar.holidays.extra.length) {
    info(
      'devex.calendar.holidays is not set: working days (blocker escalation, the forum date) skip weekends only, no public holidays',
    );
  }
  if (
    !config.has('devex.escalation.steeringCommittee') &&
    !config.has('devex.escalation.chair')
  ) {
    notes.push({
      level: 'warn',
      message:
        "devex.escalation.steeringCommittee and devex.escalation.chair are not set: blockers notify their entity's owners and are never escalated",
    });
  }
  if (!config.has('devex.digest.recipients')) {
    info(
      'devex.digest.recipients is not set: the monthly digest goes only to the owners it names',
    );
  }
  if (!calendar.governanceEntityRef) {
    info(
      "devex.calendar.governanceEntityRef is not set: an entity's calendar shows only the cadences its owners take part in",
    );
  }
  const withoutParticipants = calendar.cadences
    .filter(c => !c.participants.length)
    .map(c => c.id);
  if (withoutParticipants.length) {
    info(
      `devex.calendar.cadences names no participants for ${withoutParticipants.join(
        ', ',
      )}: they show on the DevEx page${
        calendar.governanceEntityRef
          ? ' and for the governance entity and its dependents'
          : ''
      }, on no other entity's calendar`,
    );
  }
  return notes;
}

function readFeatureFlags(config: Config): DevexConfig['featureFlags'] {
  const unleash = config.getOptionalConfig('devex.featureFlags.unleash');
  return {
    unleash: unleash && {
      url: unleash.getString('url'),
      environments: unleash.getConfigArray('environments').map(e => ({
        name: e.getString('name'),
        token: e.getString('token'),
      })),
    },
    schedule: scheduleAt(config, 'devex.featureFlags.schedule', {
      frequency: { minutes: 15 },
      timeout: { minutes: 5 },
    }),
  };
}

function readPagePath(config: Config): string {
  const path = config.getOptionalString('devex.pagePath') ?? '/devex';
  if (!/^\/[A-Za-z0-9/_-]*$/.test(path)) {
    throw new Error(
      `devex.pagePath must be a path of the app such as /devex, got ${path}`,
    );
  }
  return path.replace(/\/+$/, '') || '/';
}
