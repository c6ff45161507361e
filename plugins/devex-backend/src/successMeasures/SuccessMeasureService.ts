import { SyncRatios } from '../sync/SyncRatios';
import { GroupHierarchy } from '../catalog/GroupHierarchy';
import { PermissionsService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  COMPARATORS,
  devexGovernanceReadPermission,
  MEASURE_AGGREGATIONS,
  SuccessMeasure,
  Waiver,
  SuccessMeasureResult,
  SYNC_RATIO_METRIC,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { MeasurementSeriesReads } from '../measurements/interfaces';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import { SyncRunReads, SyncScope } from '../sync/interfaces';
import { computeSuccessMeasure, measurePeriod } from './computeSuccessMeasure';
import { TtlCache, VIEW_TTL_MS } from '../shared/TtlCache';
import { ComputedViews } from '../shared/ComputedViews';

/**
 * The process's four success measures (review loop), with targets only: baselines and deadlines
 * are an organisation's own and come from `devex.successMeasures` (merged by id).
 */
export const DEFAULT_SUCCESS_MEASURES: SuccessMeasure[] = [
  {
    id: 'onboarding-duration',
    title: 'Onboarding duration ≤ 90 min',
    metric: 'devex.onboarding_duration',
    unit: 'min',
    aggregation: 'latest',
    windowDays: 90,
    comparator: 'lte',
    target: 90,
    baseline: null,
    deadline: null,
    recurrence: null,
    scope: { type: 'portal' },
  },
  {
    id: 'qa-feedback-loop',
    title: 'QA feedback loop ≤ 20 min (median)',
    metric: 'devex.qa_loop_duration',
    unit: 'min',
    aggregation: 'median',
    windowDays: 30,
    comparator: 'lte',
    target: 20,
    baseline: null,
    deadline: null,
    recurrence: null,
    scope: { type: 'portal' },
  },
  {
    id: 'space-satisfaction',
    title: 'SPACE satisfaction ≥ 4/5 each quarter',
    metric: 'space.satisfaction',
    unit: '/5',
    aggregation: 'mean',
    windowDays: 90,
    comparator: 'gte',
    target: 4,
    baseline: null,
    deadline: null,
    recurrence: 'quarterly',
    scope: { type: 'portal' },
    sources: ['survey'],
  },
  {
    id: 'evidence-sync',
    title: '≥ 80% of remediation items synced automatically',
    metric: SYNC_RATIO_METRIC,
    unit: '%',
    aggregation: 'ratio',
    windowDays: 90,
    comparator: 'gte',
    target: 0.8,
    baseline: 0,
    deadline: null,
    recurrence: null,
    scope: { type: 'portal' },
  },
];

const scopeOf = (ref: string): SuccessMeasure['scope'] =>
  ref.startsWith('group:') ? { type: 'group', ref } : { type: 'entity', ref };

/** The sync ratio's filter for a measure's scope. */
/** The sync store's scope of a measure: a group's measure counts its descendants' items too. */
async function syncScopeOf(
  scope: SuccessMeasure['scope'],
  groups: GroupHierarchy,
): Promise<SyncScope> {
  if (scope.type === 'entity') return { entityRef: scope.ref };
  if (scope.type === 'group') {
    return { ownerRefs: await groups.withDescendants(scope.ref) };
  }
  return {};
}

function readMeasure(
  c: Config,
  defaults: Map<string, SuccessMeasure>,
): SuccessMeasure {
  const id = c.getString('id');
  const d = defaults.get(id);
  const pick = <T>(
    value: T | undefined,
    fallback: T | undefined,
    key: string,
  ): T => {
    if (value !== undefined) return value;
    if (fallback !== undefined) return fallback;
    throw new Error(`devex.successMeasures: ${id} needs ${key}`);
  };
  const aggregation = pick(
    c.getOptionalString('aggregation') as SuccessMeasure['aggregation'],
    d?.aggregation,
    'aggregation',
  );
  const comparator = pick(
    c.getOptionalString('comparator') as SuccessMeasure['comparator'],
    d?.comparator,
    'comparator',
  );
  if (!MEASURE_AGGREGATIONS.includes(aggregation))
    throw new Error(
      `devex.successMeasures: ${id} aggregation must be one of ${MEASURE_AGGREGATIONS.join(
        ', ',
      )}`,
    );
  if (!COMPARATORS.includes(comparator))
    throw new Error(
      `devex.successMeasures: ${id} comparator must be one of ${COMPARATORS.join(
        ', ',
      )}`,
    );
  const scopeRef = c.getOptionalString('scope');
  const sources =
    (c.getOptionalStringArray('sources') as SuccessMeasure['sources']) ??
    d?.sources;
  return {
    id,
    title: pick(c.getOptionalString('title'), d?.title, 'title'),
    metric: pick(c.getOptionalString('metric'), d?.metric, 'metric'),
    unit: c.getOptionalString('unit') ?? d?.unit ?? '',
    aggregation,
    windowDays: c.getOptionalNumber('windowDays') ?? d?.windowDays ?? 30,
    comparator,
    target: pick(c.getOptionalNumber('target'), d?.target, 'target'),
    baseline: c.getOptionalNumber('baseline') ?? d?.baseline ?? null,
    deadline: c.getOptionalString('deadline') ?? d?.deadline ?? null,
    recurrence:
      (c.getOptionalString('recurrence') as 'quarterly' | undefined) ??
      d?.recurrence ??
      null,
    scope: scopeRef ? scopeOf(scopeRef) : d?.scope ?? { type: 'portal' },
    ...(sources ? { sources } : {}),
  };
}

/** `devex.successMeasures` merged by id over the defaults. */
export function readSuccessMeasures(config: Config): SuccessMeasure[] {
  const byId = new Map(DEFAULT_SUCCESS_MEASURES.map(m => [m.id, m]));
  for (const c of config.getOptionalConfigArray('devex.successMeasures') ??
    []) {
    const measure = readMeasure(c, byId);
    byId.set(measure.id, measure);
  }
  return [...byId.values()];
}

/** Success measures computed on read from measurements and the sync ratio. */
export class SuccessMeasureService {
  constructor(
    private readonly options: {
      measures: SuccessMeasure[];
      measurements: MeasurementSeriesReads;
      sync: SyncRunReads;
      ratios: SyncRatios;
      /** The waivers pausing measures' targets today, by measure id. */
      waivers: { measuresInForce(): Promise<Map<string, Waiver>> };
      groups: GroupHierarchy;
      permissions: PermissionsService;
      clock: () => DateTime;
      views: ComputedViews;
    },
  ) {
    this.computed = options.views.cache();
  }

  private async seriesOf(measure: SuccessMeasure, from: DateTime) {
    const ref = measure.scope.type === 'portal' ? null : measure.scope.ref;
    if (measure.metric !== SYNC_RATIO_METRIC) {
      return this.options.measurements.listScopeSeries(
        measure.metric,
        ref,
        from.toJSDate(),
        measure.sources,
      );
    }
    // The sync ratio's history comes from the runs (portal-wide), ending with the scope's current ratio.
    const runs =
      measure.scope.type === 'portal'
        ? await this.options.sync.listRuns(200)
        : [];
    const history = runs
      .filter(
        r =>
          r.finishedAt &&
          r.ratio !== null &&
          Date.parse(r.finishedAt) >= from.toMillis(),
      )
      .reverse()
      .map(r => ({ value: r.ratio!, measuredAt: r.finishedAt! }));
    const current = this.options.ratios.value(
      await this.options.ratios.counts(
        await syncScopeOf(measure.scope, this.options.groups),
      ),
    );
    return current !== null
      ? [
          ...history,
          {
            value: current,
            measuredAt: this.options.clock().toUTC().toISO()!,
          },
        ]
      : history;
  }

  /** Every measure, computed at most once per {@link VIEW_TTL_MS} of the DevEx clock on this replica. */
  private readonly computed: TtlCache<SuccessMeasureResult[]>;

  async list(caller: Caller): Promise<SuccessMeasureResult[]> {
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    return this.compute();
  }

  /** Every measure now, for callers that checked permissions already (the digest). */
  compute(): Promise<SuccessMeasureResult[]> {
    return this.computed.get('all', () => this.computeNow());
  }

  private async computeNow(): Promise<SuccessMeasureResult[]> {
    const now = this.options.clock();
    const waivers = await this.options.waivers.measuresInForce();
    return Promise.all(
      this.options.measures.map(async measure => {
        const { from } = measurePeriod(measure, now);
        return {
          ...computeSuccessMeasure({
            measure,
            series: await this.seriesOf(measure, from),
            now,
          }),
          waiver: waivers.get(measure.id) ?? null,
        };
      }),
    );
  }
}
