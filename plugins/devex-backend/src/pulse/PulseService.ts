import { randomUUID } from 'node:crypto';
import {
  AuditorService,
  AuthService,
  LifecycleService,
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
  PulseTrendPoint,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { ruleOccurrences } from '../calendar/occurrences';
import { CollectedMeasurementWrites } from '../measurements/interfaces';
import { authorizeOrThrow } from '../permissions/authorize';
import { AuditPlan } from '../audit/DevexAudit';
import { Caller } from '../permissions/caller';
import { normalizeEntityRef } from '../shared/validation';
import { auditTaskChange, DEVEX_SYSTEM_ACTOR } from '../tasks/systemActor';
import { publishableCohorts } from './cohorts';
import { PulseStore } from './PulseStore';
import { ResponsePool } from './ResponsePool';
import { PulseSealer } from './PulseSealer';
import { TtlCache, VIEW_TTL_MS } from '../shared/TtlCache';
import { ComputedViews } from '../shared/ComputedViews';

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
    text: 'Local tooling (builds, test suites) is fast enough',
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

/** The satisfaction score of some responses: the mean of every Likert answer, rounded. */
const satisfactionOf = (
  responses: Array<{ answers: Record<string, number> }>,
) => {
  const all = responses.flatMap(r => Object.values(r.answers));
  return round(all.reduce((a, b) => a + b, 0) / all.length);
};

/**
 * Results are published this long after a campaign closes: every replica writes the answers it
 * still pools within a minute of the close, so the published figures never change afterwards.
 */
export const RESULTS_SETTLE_MINUTES = 10;

/** The anonymous monthly pulse survey: campaigns, one answer per user, aggregates above a threshold. */
export class PulseService {
  constructor(
    private readonly options: {
      store: PulseStore;
      measurements: CollectedMeasurementWrites;
      permissions: PermissionsService;
      userInfo: UserInfoService;
      catalog: CatalogService;
      auth: AuthService;
      questions: PulseQuestion[];
      minResponses: number;
      logger: LoggerService;
      auditor: AuditorService;
      clock: () => DateTime;
      sealer: PulseSealer;
      views: ComputedViews;
    },
  ) {
    this.trends = options.views.cache();
    this.openCampaigns = options.views.cache();
    this.pool = new ResponsePool({
      store: options.store,
      sealer: options.sealer,
      batchSize: options.minResponses,
      clock: () => options.clock().toJSDate(),
      logger: options.logger,
      onWritten: (campaignId, count) => this.auditWritten(campaignId, count),
    });
  }

  private readonly pool: ResponsePool;

  /**
   * Audits a written batch under the scheduler's name, with its size only: the audit log never
   * says who answered or when an individual answer came in.
   */
  private async auditWritten(campaignId: string, count: number) {
    await auditTaskChange(this.options.auditor, this.options.logger, {
      eventId: 'pulse-responses-record',
      meta: { campaignId, responses: count },
    });
  }

  /**
   * Registers the pulse's scheduled work: hourly, once across replicas, the opener (see
   * {@link PulseService.openIfDue}) and the settling of closed campaigns; every minute on each
   * replica, writing the full batches whose writing failed and the remainders of campaigns that
   * have closed; and at shutdown, without configured sealing keys, whatever this process pooled
   * (with keys, pooled answers wait in the database for any replica).
   */
  async scheduleWork(
    scheduler: SchedulerService,
    lifecycle: LifecycleService,
    cadence: Cadence | undefined,
  ): Promise<void> {
    await scheduler.scheduleTask({
      id: 'devex-open-pulse-campaign',
      frequency: { hours: 1 },
      timeout: { minutes: 2 },
      scope: 'global',
      fn: async () => {
        const opened = await this.openIfDue(cadence, DEVEX_SYSTEM_ACTOR);
        if (opened) {
          this.options.logger.info(`Opened ${opened.title}`);
          await auditTaskChange(this.options.auditor, this.options.logger, {
            eventId: 'pulse-open',
            meta: { campaignId: opened.id, period: opened.period },
          });
        }
        for (const settled of await this.finalizeClosed()) {
          this.options.logger.info(`Settled the results of ${settled.title}`);
          await auditTaskChange(this.options.auditor, this.options.logger, {
            eventId: 'pulse-settle',
            meta: { campaignId: settled.id, period: settled.period },
          });
        }
      },
    });
    await scheduler.scheduleTask({
      id: 'devex-pulse-release-closed',
      frequency: { minutes: 1 },
      timeout: { minutes: 1 },
      scope: 'local',
      fn: () => this.releaseClosed(),
    });
    if (!this.options.sealer.durable) {
      this.options.logger.warn(
        'devex.pulse.sealingKeys is not set: pulse answers waiting for a batch are sealed under a key of this process, written as a remainder when it stops, and lost if it dies',
      );
      lifecycle.addShutdownHook(() => this.pool.releaseAll());
    }
  }

  /**
   * Erases a person from the pulse: who they answered as is deleted, an answer of theirs pooled
   * here is dropped, and every replica is told (a hash of their ref, kept until the campaigns
   * open now have settled) not to write one it pools as theirs. Anonymous answers stay. How many
   * participation rows went.
   */
  async erasePerson(userRef: string): Promise<number> {
    await this.options.store.recordErasure(
      userRef,
      this.options.clock().toJSDate(),
    );
    await this.pool.forget(userRef);
    return this.options.store.deleteParticipationOf(userRef);
  }

  /**
   * Writes the pooled answers this process can open: full batches of open campaigns (whose
   * writing failed when their last answer came) and the remainders of campaigns that have closed.
   */
  async releaseClosed(): Promise<void> {
    const now = this.options.clock();
    await this.pool.settle(async id => {
      const campaign = await this.options.store.campaign(id);
      return !campaign || DateTime.fromISO(campaign.closesAt) <= now;
    });
  }

  /**
   * Settles campaigns closed at least {@link RESULTS_SETTLE_MINUTES} ago (every replica has
   * written its pooled answers by then): records the SPACE satisfaction once per campaign, from
   * its final portal-wide mean, at the campaign's opening.
   */
  async finalizeClosed(): Promise<PulseCampaign[]> {
    const settledBefore = this.options
      .clock()
      .minus({ minutes: RESULTS_SETTLE_MINUTES });
    const settled: PulseCampaign[] = [];
    for (const campaign of await this.options.store.campaignsToFinalize(
      settledBefore.toJSDate(),
    )) {
      const responses = await this.options.store.responses(campaign.id);
      if (responses.length >= this.options.minResponses) {
        await this.options.measurements.replaceMeasurement({
          metricKey: 'space.satisfaction',
          entityRef: null,
          experimentId: null,
          value: satisfactionOf(responses),
          measuredAt: new Date(campaign.opensAt),
          source: 'survey',
          recordedBy: `pulse-campaign:${campaign.id}`,
        });
      }
      // answers still pooled now are sealed under a key no running replica holds
      const lost = await this.options.store.deletePooled(campaign.id);
      if (lost)
        this.options.logger.warn(
          `${lost} answers to ${campaign.title} were sealed under a key no replica holds (a process without devex.pulse.sealingKeys that died) and are lost`,
        );
      if (
        await this.options.store.markFinalized(
          campaign.id,
          this.options.clock().toJSDate(),
        )
      )
        settled.push(campaign);
    }
    await this.options.store.deleteSettledErasures(settledBefore.toJSDate());
    return settled;
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
    return this.currentFor(caller);
  }

  /** The open campaign and whether the caller answered it, for callers that checked permissions. */
  async currentFor(caller: Caller): Promise<CurrentPulse> {
    const open = await this.openCampaign();
    return {
      ...open,
      answered: open.campaign
        ? await this.answered(open.campaign.id, caller)
        : false,
    };
  }

  /**
   * The open campaign and how many answers it holds: the same for every caller, computed once
   * per view period on this replica and dropped on every write.
   */
  openCampaign(): Promise<Omit<CurrentPulse, 'answered'>> {
    return this.openCampaigns.get('', async () => {
      const campaign = await this.options.store.openCampaign(
        this.options.clock().toJSDate(),
      );
      if (!campaign) return { campaign: null, responses: 0 };
      // written answers only: the count moves a whole batch at a time
      return {
        campaign,
        responses: await this.options.store.countResponses(campaign.id),
      };
    });
  }

  /** Whether the caller answered the campaign (waiting in the pool or written). */
  async answered(campaignId: string, caller: Caller): Promise<boolean> {
    const [pooled, written] = await Promise.all([
      this.pool.holds(campaignId, caller.userEntityRef),
      this.options.store.hasParticipated(campaignId, caller.userEntityRef),
    ]);
    return pooled || written;
  }

  async answer(
    campaignId: string,
    request: PulseAnswerRequest,
    caller: Caller,
  ): Promise<{ responses: number }> {
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
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
    // The response counts in one group (the first, alphabetically) so results can be shown per
    // group; the pool writes it with that group only among k people of the same group.
    const { ownershipEntityRefs } = await this.options.userInfo.getUserInfo(
      caller.credentials,
    );
    const groupRef =
      ownershipEntityRefs.filter(r => r.startsWith('group:')).sort()[0] ?? null;
    const pooled =
      !(await this.options.store.hasParticipated(
        campaign.id,
        caller.userEntityRef,
      )) &&
      (await this.pool.add(campaign.id, caller.userEntityRef, {
        groupRef,
        answers,
        freeText: request.freeText?.trim() || null,
      }));
    if (!pooled)
      throw new ConflictError('You have already answered this pulse campaign');
    return { responses: await this.options.store.countResponses(campaign.id) };
  }

  private async population(group?: string): Promise<number | null> {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    if (!group) {
      // counted by the catalog (one facet query), not listed: a large company has 10,000+ users
      const { facets } = await this.options.catalog.getEntityFacets(
        { facets: ['kind'], filter: { kind: 'User' } },
        { credentials },
      );
      return (
        facets.kind?.find(f => f.value.toLowerCase() === 'user')?.count ?? 0
      );
    }
    const entity = await this.options.catalog.getEntityByRef(group, {
      credentials,
    });
    return entity
      ? (entity.relations ?? []).filter(r => r.type === 'hasMember').length
      : null;
  }

  /**
   * What may be published of a campaign for the portal or a group, and why not: the one place
   * the suppression rules live, for the results and the trend alike.
   */
  private async outcome(
    campaign: PulseCampaign,
    group: string | undefined,
    population: number | null,
  ) {
    const k = this.options.minResponses;
    const publishedAt = DateTime.fromISO(campaign.closesAt).plus({
      minutes: RESULTS_SETTLE_MINUTES,
    });
    const counts = await this.options.store.cohortCounts(campaign.id);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const count = group ? counts.get(group) ?? 0 : total;
    let hiddenReason: PulseResults['hiddenReason'] = null;
    const withheld = Boolean(
      group && count >= k && !publishableCohorts(counts, k).has(group),
    );
    if (this.options.clock() < publishedAt) hiddenReason = 'campaign-open';
    else if (count < k) hiddenReason = 'too-few-responses';
    else if (withheld) hiddenReason = 'suppressed';
    // how many took part is shown from k up only, and for a group only once its results are
    // published: answers still pooled may yet withhold it (the portal's count minus its own
    // would then give the rest's)
    const responsesShown =
      count >= k && !withheld && (!group || !hiddenReason) ? count : null;
    return {
      hiddenReason,
      base: {
        campaignId: campaign.id,
        group: group ?? null,
        responses: responsesShown,
        minResponses: k,
        population,
        responseRate:
          responsesShown !== null && population
            ? round(responsesShown / population)
            : null,
        publishedAt: publishedAt.toUTC().toISO()!,
      },
    };
  }

  /**
   * The group a read of results asks for (normalised; the portal when absent), once the caller
   * may read governance records.
   */
  private async readableGroup(
    groupQuery: string | undefined,
    caller: Caller,
  ): Promise<string | undefined> {
    const group = groupQuery
      ? normalizeEntityRef('group', groupQuery, ['group'])
      : undefined;
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    return group;
  }

  /** The trend per group (or the portal), computed at most once per {@link VIEW_TTL_MS} of the DevEx clock on this replica. */
  private readonly trends: TtlCache<PulseTrendPoint[]>;
  private readonly openCampaigns: TtlCache<Omit<CurrentPulse, 'answered'>>;

  /** The pulse across its last twelve campaigns, newest first: participation and satisfaction. */
  async trend(
    groupQuery: string | undefined,
    caller: Caller,
  ): Promise<PulseTrendPoint[]> {
    const group = await this.readableGroup(groupQuery, caller);
    return this.trends.get(group ?? '', () => this.computeTrend(group));
  }

  private async computeTrend(
    group: string | undefined,
  ): Promise<PulseTrendPoint[]> {
    const population = await this.population(group);
    const campaigns = await this.options.store.recentCampaigns(12);
    return Promise.all(
      campaigns.map(async campaign => {
        const { hiddenReason, base } = await this.outcome(
          campaign,
          group,
          population,
        );
        const satisfaction = hiddenReason
          ? null
          : satisfactionOf(
              await this.options.store.responses(campaign.id, group),
            );
        return {
          campaignId: campaign.id,
          title: campaign.title,
          period: campaign.period,
          closesAt: campaign.closesAt,
          responses: base.responses,
          population: base.population,
          responseRate: base.responseRate,
          satisfaction,
          hiddenReason,
        };
      }),
    );
  }

  async results(
    campaignId: string,
    groupQuery: string | undefined,
    caller: Caller,
  ): Promise<PulseResults> {
    const group = await this.readableGroup(groupQuery, caller);
    const campaign = await this.options.store.campaign(campaignId);
    if (!campaign) throw new NotFoundError(`No pulse campaign ${campaignId}`);
    const { hiddenReason, base } = await this.outcome(
      campaign,
      group,
      await this.population(group),
    );
    if (hiddenReason) {
      return {
        ...base,
        hidden: true,
        hiddenReason,
        questions: [],
        dimensions: [],
        satisfaction: null,
        freeText: null,
      };
    }
    const responses = await this.options.store.responses(campaign.id, group);
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
    const [freeTextDecision] = await this.options.permissions.authorize(
      [{ permission: devexPulseReadFreeTextPermission }],
      { credentials: caller.credentials },
    );
    return {
      ...base,
      hidden: false,
      hiddenReason: null,
      questions,
      dimensions: [...byDimension].map(([dimension, values]) => ({
        dimension,
        mean: round(values.reduce((a, b) => a + b, 0) / values.length),
      })),
      satisfaction: satisfactionOf(responses),
      // sorted, so their order says nothing about who answered when
      freeText:
        freeTextDecision.result === AuthorizeResult.ALLOW
          ? responses.flatMap(r => (r.freeText ? [r.freeText] : [])).sort()
          : null,
    };
  }
}

/** The pulse's writes that are audited. An answer is not: its event would name who answered. */
export const PULSE_AUDIT: AuditPlan<PulseService> = {
  open: {
    eventId: 'pulse-open',
    metaOf: campaign => ({ campaignId: campaign.id }),
  },
};
