import { AnomalyService } from '../anomalies/AnomalyService';
import { PermissionsService } from '@backstage/backend-plugin-api';
import { isError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  devexActionItemReadPermission,
  devexCalendarReadPermission,
  devexExperimentReadPermission,
  devexGovernanceReadPermission,
  DevexSummary,
  SyncRatio,
  Anomaly,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { ActionItemReads } from '../actionItems/interfaces';
import { CalendarAccess } from '../calendar/CalendarAccess';
import { CalendarService } from '../calendar/CalendarService';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { BlockerReads } from '../escalation/interfaces';
import { ExperimentService } from '../experiments/ExperimentService';
import { Caller } from '../permissions/caller';
import { PulseService } from '../pulse/PulseService';
import { RiskReads } from '../risks/interfaces';
import { normalizeEntityRef } from '../shared/validation';
import { principalKey } from '../shared/principals';
import { SuccessMeasureService } from '../successMeasures/SuccessMeasureService';
import { SyncRatios } from '../sync/SyncRatios';
import { TtlCache, VIEW_TTL_MS } from '../shared/TtlCache';
import { ComputedViews } from '../shared/ComputedViews';

/** How many records of each kind the first view shows; the sections list the rest. */
const FIRST_VIEW = {
  scorecards: 10,
  actionItems: 5,
  events: 3,
  blockers: 5,
  risks: 5,
};
const ACTIVE_EXPERIMENTS = ['planned', 'running', 'observing'] as const;
/** Risks at or above this exposure (impact x likelihood, 1-25) count as high. */
const HIGH_EXPOSURE = 12;
/** Beyond this many callers' views of one computation, they start over. */
const MAX_CALLER_VIEWS = 10_000;
/** How long a computed summary serves requests of this replica before it is computed again. */
export const SUMMARY_TTL_MS = VIEW_TTL_MS;

const summaryPermissions = [
  devexActionItemReadPermission,
  devexExperimentReadPermission,
  devexCalendarReadPermission,
  devexGovernanceReadPermission,
];

/** Which of the summary's sections the caller may read (one permission decision each). */
type SectionAccess = Record<
  'actionItems' | 'experiments' | 'calendar' | 'governance',
  boolean
>;
type Blocker = NonNullable<DevexSummary['blockers']>['items'][number];
type Risk = NonNullable<DevexSummary['risks']>['items'][number];
type Scorecard = NonNullable<DevexSummary['experiments']>['scorecards'][number];
type ActionItem = NonNullable<DevexSummary['actionItems']>['items'][number];

/**
 * What does not depend on the caller: the sections shown as they are, the open pulse campaign,
 * and the records behind the counts (action item counts per entity, the first view's
 * experiments and action items, every open blocker and open risk), from which each caller's
 * sections are counted with the entities hidden from them left out.
 */
type Sections = Pick<
  DevexSummary,
  'entityRef' | 'generatedAt' | 'sync' | 'nextEvents' | 'measures'
> & {
  openPulse: Omit<NonNullable<DevexSummary['pulse']>, 'answered'>;
  scorecards: Scorecard[];
  hasMoreExperiments: boolean;
  actionItemsByEntity: Map<string, { open: number; overdue: number }>;
  dueSoon: ActionItem[];
  openBlockers: Blocker[];
  openRisks: Risk[];
  openAnomalies: Anomaly[];
};

/**
 * The first view of the DevEx tab (an entity) and of the DevEx page (the portal) in one response:
 * experiments with scorecards, action items, the sync ratio, the next events, open blockers, high
 * risks, the success measures and the pulse. One permission request decides every section (a
 * section the caller may not read is null); what does not depend on the caller is computed once
 * per {@link SUMMARY_TTL_MS} and on this replica's writes (see `ComputedViews`). A summary that went
 * stale still answers for one more period while the next is computed in the background, so no
 * request waits for the recomputation: another replica's writes show within two periods.
 */
export class SummaryService {
  private readonly cache: TtlCache<Sections>;
  /** Each caller's view of the computed sections, kept with them (see `seenBy`). */
  private readonly views = new WeakMap<
    Sections,
    TtlCache<Omit<DevexSummary, 'pulse'>>
  >();

  constructor(
    private readonly options: {
      permissions: PermissionsService;
      entities: EntityCatalog;
      experiments: ExperimentService;
      actionItems: ActionItemReads;
      blockers: BlockerReads;
      risks: RiskReads;
      ratios: SyncRatios;
      calendar: CalendarService;
      /** Told the caller's calendar decision, for their feed links. */
      calendarAccess: CalendarAccess;
      successMeasures: SuccessMeasureService;
      pulse: PulseService;
      /** The open telemetry anomalies (the summary decides access and visibility itself). */
      anomalies: Pick<AnomalyService, 'open'>;
      clock: () => DateTime;
      views: ComputedViews;
    },
  ) {
    // the registry's period, and one more served stale while it is computed again
    this.cache = options.views.cache();
  }

  async summary(
    entityRefQuery: string | undefined,
    caller: Caller,
  ): Promise<DevexSummary> {
    const entityRef = entityRefQuery
      ? normalizeEntityRef('entityRef', entityRefQuery)
      : undefined;
    const decisions = await this.options.permissions.authorize(
      summaryPermissions.map(permission => ({ permission })),
      { credentials: caller.credentials },
    );
    const [actionItems, experiments, calendar, governance] = decisions.map(
      d => d.result === AuthorizeResult.ALLOW,
    );
    // the same decision tells the caller's calendar feed links whether they still serve
    await this.options.calendarAccess.note(caller, calendar);
    if (!actionItems && !experiments && !calendar && !governance) {
      throw new NotAllowedError(
        `${caller.userEntityRef} may read none of the DevEx records`,
      );
    }
    if (
      entityRef &&
      !(await this.options.entities.visibleTo(caller.credentials, [entityRef]))
        .size
    ) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const sections = await this.cache.get(entityRef ?? '', () =>
      this.compute(entityRef),
    );
    const seen = await this.seenBy(sections, caller, {
      actionItems,
      experiments,
      calendar,
      governance,
    });
    const { openPulse } = sections;
    return {
      ...seen,
      pulse: governance
        ? {
            ...openPulse,
            answered: openPulse.campaign
              ? await this.options.pulse.answered(openPulse.campaign.id, caller)
              : false,
          }
        : null,
    };
  }

  /**
   * The caller's view of computed sections (the sections they may read, the counts and lists
   * without the entities the catalog hides from them), derived once per caller and computation:
   * it lives as long as the sections it comes from (two summary periods at most), less than the
   * catalog's answers it rests on are kept.
   */
  private seenBy(
    sections: Sections,
    caller: Caller,
    may: SectionAccess,
  ): Promise<Omit<DevexSummary, 'pulse'>> {
    // a caller's view is shared by their concurrent requests and not kept if it failed
    let views = this.views.get(sections);
    if (!views) {
      views = new TtlCache({
        ttlMs: 2 * SUMMARY_TTL_MS,
        maxEntries: MAX_CALLER_VIEWS,
      });
      this.views.set(sections, views);
    }
    const key = `${principalKey(caller.credentials)}\n${Object.values(may)}`;
    return views.get(key, () => this.deriveView(sections, caller, may));
  }

  private async deriveView(
    sections: Sections,
    caller: Caller,
    may: SectionAccess,
  ): Promise<Omit<DevexSummary, 'pulse'>> {
    const { actionItems, experiments, calendar, governance } = may;
    const {
      openPulse: _openPulse,
      scorecards,
      hasMoreExperiments,
      actionItemsByEntity,
      dueSoon,
      openBlockers,
      openRisks,
      openAnomalies,
      ...shared
    } = sections;
    const entityRef = sections.entityRef ?? undefined;
    // An entity's summary is the visible entity's alone; the portal's counts and lists leave out
    // the entities the catalog hides from the caller (one batched catalog question for all).
    const shows = entityRef
      ? () => true
      : await this.options.entities.recordFilter(caller.credentials, [
          ...actionItemsByEntity.keys(),
          ...openBlockers.map(b => b.entityRef),
          ...openRisks.map(r => r.entityRef),
          ...scorecards.flatMap(s => s.experiment.entityRefs),
          ...dueSoon.map(i => i.entityRef),
          ...openAnomalies.map(a => a.entityRef),
        ]);
    return {
      ...shared,
      experiments: experiments
        ? experimentsSeen(
            scorecards.filter(s => shows(s.experiment.entityRefs)),
            hasMoreExperiments,
          )
        : null,
      actionItems: actionItems
        ? {
            ...sumCounts(actionItemsByEntity, ref => shows([ref])),
            items: dueSoon.filter(i => shows([i.entityRef])),
          }
        : null,
      nextEvents: calendar ? sections.nextEvents : null,
      sync: governance ? sections.sync : null,
      blockers: governance
        ? firstOf(
            openBlockers.filter(b => shows([b.entityRef])),
            FIRST_VIEW.blockers,
          )
        : null,
      risks: governance
        ? risksSeen(openRisks.filter(r => shows([r.entityRef])))
        : null,
      measures: governance ? sections.measures : null,
      anomalies: governance
        ? openAnomalies.filter(a => shows([a.entityRef]))
        : null,
    };
  }

  /** Everything of the summary that does not depend on who asks, for an entity or the portal. */
  private async compute(entityRef: string | undefined): Promise<Sections> {
    const now = this.options.clock();
    const today = now.toISODate()!;
    const scope: SyncRatio['scope'] = entityRef
      ? { type: 'entity', entityRef }
      : { type: 'portal' };
    const [
      { scorecards, hasMore },
      counts,
      { items: dueSoon },
      ratio,
      events,
      blockers,
      risks,
      measures,
      openPulse,
      openAnomalies,
    ] = await Promise.all([
      this.options.experiments.computeScorecards(
        { entityRef, status: [...ACTIVE_EXPERIMENTS] },
        { limit: FIRST_VIEW.scorecards },
      ),
      entityRef
        ? this.options.actionItems
            .activeCounts(entityRef, today)
            .then(own => new Map([[entityRef, own]]))
        : this.options.actionItems.activeCountsByEntity(today),
      this.options.actionItems.list(
        { entityRef, statuses: ['open', 'in_progress', 'blocked'] },
        { sort: 'dueDate', limit: FIRST_VIEW.actionItems },
      ),
      this.options.ratios.of({ entityRef }, scope),
      // an entity gone from the catalog keeps its records but has no calendar
      this.options.calendar
        .upcoming(60, entityRef)
        .catch(e =>
          isError(e) && e.name === 'NotFoundError' ? [] : Promise.reject(e),
        ),
      this.options.blockers.list({ entityRef }),
      this.options.risks.list({
        entityRef,
        statuses: ['open', 'in_progress'],
      }),
      this.options.successMeasures.compute(),
      this.options.pulse.openCampaign(),
      this.options.anomalies.open(entityRef),
    ]);
    return {
      entityRef: entityRef ?? null,
      generatedAt: now.toUTC().toISO()!,
      scorecards: scorecards.map(s => ({
        experiment: {
          id: s.experiment.id,
          key: s.experiment.key,
          title: s.experiment.title,
          status: s.experiment.status,
          entityRefs: s.experiment.entityRefs,
        },
        status: s.status,
      })),
      hasMoreExperiments: hasMore,
      actionItemsByEntity: counts,
      dueSoon,
      sync: ratio,
      nextEvents: events.slice(0, FIRST_VIEW.events),
      openBlockers: blockers,
      openRisks: risks,
      openAnomalies,
      measures,
      openPulse,
    };
  }
}

/** The open and overdue counts of the entities `include` accepts. */
function sumCounts(
  byEntity: Map<string, { open: number; overdue: number }>,
  include: (entityRef: string) => boolean,
): { open: number; overdue: number } {
  let open = 0;
  let overdue = 0;
  for (const [ref, counts] of byEntity) {
    if (!include(ref)) continue;
    open += counts.open;
    overdue += counts.overdue;
  }
  return { open, overdue };
}

/** A count of open records and the first of them. */
function firstOf<T>(records: T[], first: number) {
  return { open: records.length, items: records.slice(0, first) };
}

/** The open risks' count, the high ones' count and the first high ones. */
function risksSeen(risks: Risk[]): NonNullable<DevexSummary['risks']> {
  const high = risks.filter(r => r.impact * r.likelihood >= HIGH_EXPOSURE);
  return {
    open: risks.length,
    high: high.length,
    items: high.slice(0, FIRST_VIEW.risks),
  };
}

/** The first view's experiments section, of the scorecards the caller sees. */
function experimentsSeen(
  scorecards: Scorecard[],
  hasMore: boolean,
): NonNullable<DevexSummary['experiments']> {
  return {
    active: scorecards.length,
    hasMore,
    offTrack: scorecards.filter(s => s.status === 'off_track').length,
    atRisk: scorecards.filter(s => s.status === 'at_risk').length,
    scorecards,
  };
}
