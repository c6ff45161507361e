import { randomUUID } from 'node:crypto';
import {
  AuthService,
  LoggerService,
  PermissionsService,
  SchedulerService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  Cadence,
  CurrentPulse,
  devexGovernanceReadPermission,
  devexPulseManagePermission,
  devexPulseReadFreeTextPermission,
  PulseAnswerRequest,
  PulseCampaign,
  PulseQuestion,
  PulseResults,
} from '@internal/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { ruleOccurrences } from '../calendar/occurrences';
import { MeasurementStore } from '../measurements/MeasurementStore';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import { normalizeEntityRef } from '../shared/validation';
import { PulseStore } from './PulseStore';

/** The process's pulse questions: five Likert statements with their SPACE dimension, and free text. */
export const DEFAULT_PULSE_QUESTIONS: PulseQuestion[] = [
  {
    id: 'q1',
    text: 'Docs help me get work done',
    kind: 'likert',
    dimension: 'Satisfaction & well-being',
  },
  {
    id: 'q2',
    text: 'Local tooling (uv, QA suite) is fast enough',
    kind: 'likert',
    dimension: 'Efficiency & flow',
  },
  {
    id: 'q3',
    text: 'I get timely support and answers when blocked',
    kind: 'likert',
    dimension: 'Communication & collaboration',
  },
  {
    id: 'q4',
    text: 'Little of my week was spent blocked on dependencies or tooling',
    kind: 'likert',
    dimension: 'Efficiency & flow',
  },
  {
    id: 'q5',
    text: 'Compliance and evidence steps are clear to me',
    kind: 'likert',
    dimension: 'Satisfaction & well-being',
  },
  {
    id: 'q6',
    text: 'What slowed you down most this month?',
    kind: 'free_text',
    dimension: null,
  },
];

export function readPulseQuestions(config: Config): PulseQuestion[] {
  const configured = config.getOptionalConfigArray('devex.pulse.questions');
  if (!configured) return DEFAULT_PULSE_QUESTIONS;
  return configured.map(c => ({
    id: c.getString('id'),
    text: c.getString('text'),
    kind: c.getOptionalString('kind') === 'free_text' ? 'free_text' : 'likert',
    dimension: c.getOptionalString('dimension') ?? null,
  }));
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The anonymous monthly pulse survey: campaigns, one answer per user, aggregates above a threshold. */
export class PulseService {
  constructor(
    private readonly options: {
      store: PulseStore;
      measurements: MeasurementStore;
      permissions: PermissionsService;
      userInfo: UserInfoService;
      catalog: CatalogService;
      auth: AuthService;
      questions: PulseQuestion[];
      minResponses: number;
      logger: LoggerService;
      clock: () => DateTime;
    },
  ) {}

  /**
   * The scheduled opener: opens the month's campaign once the month's pulse-survey occurrence has
   * begun, the month and the occurrence both reckoned in the cadence's zone (an all-day occurrence
   * begins at local midnight, which is the day before in UTC for zones ahead of it). Idempotent:
   * the period's campaign is created once, whichever replica or run gets there first.
   */
  /** Registers the opener: hourly, one run across replicas. */
  async scheduleOpening(
    scheduler: SchedulerService,
    cadence: Cadence | undefined,
  ): Promise<void> {
    await scheduler.scheduleTask({
      id: 'devex-open-pulse-campaign',
      frequency: { hours: 1 },
      timeout: { minutes: 2 },
      scope: 'global',
      fn: async () => {
        const opened = await this.openIfDue(
          cadence,
          'user:default/devex-scheduler',
        );
        if (opened) this.options.logger.info(`Opened ${opened.title}`);
      },
    });
  }

  async openIfDue(
    cadence: Cadence | undefined,
    actor: string,
  ): Promise<PulseCampaign | undefined> {
    if (!cadence) return undefined;
    const now = this.options.clock();
    const monthStart = now.setZone(cadence.timeZone).startOf('month');
    if (
      !ruleOccurrences(cadence, monthStart, now.plus({ milliseconds: 1 }))
        .length
    )
      return undefined;
    return this.openForMonth(actor);
  }

  /** Opens this month's campaign unless it exists; used by the schedule and by hand. */
  async openForMonth(
    createdBy: string,
    closesInDays = 14,
  ): Promise<PulseCampaign | undefined> {
    const now = this.options.clock();
    return this.options.store.createCampaign({
      id: randomUUID(),
      title: `DevEx pulse ${now.toFormat('LLLL yyyy')}`,
      period: now.toFormat('yyyy-LL'),
      questions: this.options.questions,
      opensAt: now.toJSDate(),
      closesAt: now.plus({ days: closesInDays }).toJSDate(),
      createdBy,
    });
  }

  async open(caller: Caller): Promise<PulseCampaign> {
    await authorizeOrThrow(
      this.options.permissions,
      devexPulseManagePermission,
      caller,
    );
    const campaign = await this.openForMonth(caller.userEntityRef);
    if (!campaign)
      throw new ConflictError(
        `The pulse campaign of ${this.options
          .clock()
          .toFormat('yyyy-LL')} is already open`,
      );
    return campaign;
  }

  async current(caller: Caller): Promise<CurrentPulse> {
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    const campaign = await this.options.store.openCampaign(
      this.options.clock().toJSDate(),
    );
    if (!campaign) return { campaign: null, answered: false, responses: 0 };
    return {
      campaign,
      answered: await this.options.store.hasParticipated(
        campaign.id,
        caller.userEntityRef,
      ),
      responses: await this.options.store.countResponses(campaign.id),
    };
  }

  async answer(
    campaignId: string,
    request: PulseAnswerRequest,
    caller: Caller,
  ): Promise<{ responses: number }> {
    const campaign = await this.options.store.campaign(campaignId);
    const now = this.options.clock();
    if (!campaign) throw new NotFoundError(`No pulse campaign ${campaignId}`);
    if (
      DateTime.fromISO(campaign.closesAt) <= now ||
      DateTime.fromISO(campaign.opensAt) > now
    ) {
      throw new ConflictError(
        `The pulse campaign ${campaign.title} is not open`,
      );
    }
    const likert = campaign.questions.filter(q => q.kind === 'likert');
    const answers: Record<string, number> = {};
    for (const q of likert) {
      const value = request.answers[q.id];
      if (!Number.isInteger(value) || value < 1 || value > 5) {
        throw new InputError(
          `answers/${q.id} must be a whole number from 1 to 5`,
        );
      }
      answers[q.id] = value;
    }
    const unknown = Object.keys(request.answers).find(
      id => !likert.some(q => q.id === id),
    );
    if (unknown)
      throw new InputError(
        `answers/${unknown} is not a question of this campaign`,
      );
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    // The response keeps only one group (the first, alphabetically) so results can be shown per group.
    const { ownershipEntityRefs } = await this.options.userInfo.getUserInfo(
      caller.credentials,
    );
    const groupRef =
      ownershipEntityRefs.filter(r => r.startsWith('group:')).sort()[0] ?? null;
    const recorded = await this.options.store.answer(
      campaign.id,
      caller.userEntityRef,
      {
        groupRef,
        answers,
        freeText: request.freeText?.trim() || null,
      },
    );
    if (!recorded)
      throw new ConflictError('You have already answered this pulse campaign');
    await this.recordSatisfaction(campaign);
    return { responses: await this.options.store.countResponses(campaign.id) };
  }

  /** Feeds the SPACE satisfaction measure: the campaign's portal-wide mean, once it has enough answers. */
  private async recordSatisfaction(campaign: PulseCampaign) {
    const responses = await this.options.store.responses(campaign.id);
    if (responses.length < this.options.minResponses) return;
    const values = responses.flatMap(r => Object.values(r.answers));
    await this.options.measurements.replaceMeasurement({
      metricKey: 'space.satisfaction',
      entityRef: null,
      experimentId: null,
      value: round(values.reduce((a, b) => a + b, 0) / values.length),
      measuredAt: new Date(campaign.opensAt),
      source: 'survey',
      recordedBy: `pulse-campaign:${campaign.id}`,
    });
  }

  private async population(group?: string): Promise<number | null> {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    if (!group) {
      const { items } = await this.options.catalog.getEntities(
        { filter: { kind: 'User' }, fields: ['metadata.name'] },
        { credentials },
      );
      return items.length;
    }
    const entity = await this.options.catalog.getEntityByRef(group, {
      credentials,
    });
    return entity
      ? (entity.relations ?? []).filter(r => r.type === 'hasMember').length
      : null;
  }

  async results(
    campaignId: string,
    groupQuery: string | undefined,
    caller: Caller,
  ): Promise<PulseResults> {
    const group = groupQuery
      ? normalizeEntityRef('group', groupQuery, ['group'])
      : undefined;
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    const campaign = await this.options.store.campaign(campaignId);
    if (!campaign) throw new NotFoundError(`No pulse campaign ${campaignId}`);
    const responses = await this.options.store.responses(campaign.id, group);
    const population = await this.population(group);
    const base = {
      campaignId: campaign.id,
      group: group ?? null,
      responses: responses.length,
      minResponses: this.options.minResponses,
      population,
      responseRate: population ? round(responses.length / population) : null,
    };
    if (responses.length < this.options.minResponses) {
      return {
        ...base,
        hidden: true,
        questions: [],
        dimensions: [],
        satisfaction: null,
        freeText: null,
      };
    }
    const likert = campaign.questions.filter(q => q.kind === 'likert');
    const questions = likert.map(q => {
      const values = responses
        .map(r => r.answers[q.id])
        .filter((v): v is number => typeof v === 'number');
      return {
        id: q.id,
        text: q.text,
        dimension: q.dimension,
        mean: round(values.reduce((a, b) => a + b, 0) / values.length),
        shareAtOrBelow2: round(
          values.filter(v => v <= 2).length / values.length,
        ),
      };
    });
    const byDimension = new Map<string, number[]>();
    for (const q of likert) {
      if (!q.dimension) continue;
      byDimension.set(q.dimension, [
        ...(byDimension.get(q.dimension) ?? []),
        ...responses.map(r => r.answers[q.id]),
      ]);
    }
    const all = responses.flatMap(r => Object.values(r.answers));
    const [freeTextDecision] = await this.options.permissions.authorize(
      [{ permission: devexPulseReadFreeTextPermission }],
      { credentials: caller.credentials },
    );
    return {
      ...base,
      hidden: false,
      questions,
      dimensions: [...byDimension].map(([dimension, values]) => ({
        dimension,
        mean: round(values.reduce((a, b) => a + b, 0) / values.length),
      })),
      satisfaction: round(all.reduce((a, b) => a + b, 0) / all.length),
      // sorted, so their order says nothing about who answered when
      freeText:
        freeTextDecision.result === AuthorizeResult.ALLOW
          ? responses.flatMap(r => (r.freeText ? [r.freeText] : [])).sort()
          : null,
    };
  }
}
