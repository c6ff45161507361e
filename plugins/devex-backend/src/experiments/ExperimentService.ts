import { PerformanceBands } from '../metrics/performanceBands';
import { randomUUID } from 'node:crypto';
import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { EntityCatalog } from '../catalog/EntityCatalog';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionRuleset,
  createConditionAuthorizer,
} from '@backstage/plugin-permission-node';
import {
  CreateExperimentRequest,
  devexExperimentCreatePermission,
  devexExperimentReadPermission,
  devexExperimentTransitionPermission,
  devexExperimentUpdatePermission,
  Experiment,
  ExperimentMetric,
  ExperimentScorecard,
  ExperimentStatus,
  MetricDefinition,
  MetricFamily,
  TransitionExperimentRequest,
  TransitionExperimentResponse,
  UpdateExperimentRequest,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import {
  normalizeEntityRef,
  requireSomeChange,
  requireText,
  validateCalendarDate,
} from '../shared/validation';
import { MeasurementSeriesReads } from '../measurements/interfaces';
import {
  ExperimentFields,
  ExperimentStore,
  ExperimentWriteResult,
} from './ExperimentStore';
import { ExperimentQuery, ExperimentResource } from './permissions';
import {
  computeMetricScorecard,
  experimentHealth,
  ScorecardThresholds,
} from './scorecard';
import { checkTransition } from './transitions';
import { GroupHierarchy } from '../catalog/GroupHierarchy';
import { AuditPlan } from '../audit/DevexAudit';
import { ComputedViews } from '../shared/ComputedViews';
import { TtlCache } from '../shared/TtlCache';

export interface ExperimentServiceOptions {
  store: ExperimentStore;
  measurements: MeasurementSeriesReads;
  permissions: PermissionsService;
  ruleset: PermissionRuleset<ExperimentResource, ExperimentQuery>;
  entities: EntityCatalog;
  /** The catalog's group tree: an owner filter naming a group includes its descendants. */
  groups: GroupHierarchy;
  metrics: Map<string, MetricDefinition>;
  thresholds: ScorecardThresholds;
  /** The bands the Four Keys are read against (`devex.performanceBands`). */
  bands: PerformanceBands;
  clock: () => DateTime;
  views: ComputedViews;
}

export interface ExperimentListQuery {
  entityRef?: string;
  owner?: string[];
  status?: ExperimentStatus[];
  family?: MetricFamily[];
}

const optionalDate = (field: string, value: string | null | undefined) =>
  value ? validateCalendarDate(field, value) : value;

/** The rules of experiments: lifecycle, permissions per experiment, scorecards. */
export class ExperimentService {
  private readonly authorizeConditions: (
    decision: any,
    resource: ExperimentResource | undefined,
  ) => boolean;

  /**
   * The scorecards of a query and page, the same for every caller (each caller sees those of
   * the entities the catalog shows them): computed once per view period on this replica.
   */
  private readonly computed: TtlCache<{
    scorecards: ExperimentScorecard[];
    hasMore: boolean;
  }>;

  /** A query's page of experiments, the same for every caller, per view period likewise. */
  private readonly listed: TtlCache<{ items: Experiment[]; hasMore: boolean }>;

  constructor(private readonly options: ExperimentServiceOptions) {
    this.authorizeConditions = createConditionAuthorizer(options.ruleset);
    this.computed = options.views.cache();
    this.listed = options.views.cache();
  }

  /** Experiments with their entity owners, for permission rules; one catalog request. */
  async loadResources(
    ids: string[],
  ): Promise<Array<ExperimentResource | undefined>> {
    const { items } = await this.options.store.list({ ids });
    const owners = await this.options.entities.ownersOf(
      items.flatMap(e => e.entityRefs),
    );
    const byId = new Map(items.map(e => [e.id, e]));
    return ids.map(id => {
      const e = byId.get(id);
      return (
        e && {
          ...e,
          entityOwners: e.entityRefs.flatMap(ref => owners.get(ref) ?? []),
        }
      );
    });
  }

  private validateMetrics(
    metrics: CreateExperimentRequest['metrics'],
  ): ExperimentMetric[] | undefined {
    const seen = new Set<string>();
    for (const [i, m] of (metrics ?? []).entries()) {
      if (!this.options.metrics.has(m.metricKey)) {
        throw new InputError(
          `metrics/${i}/metricKey ${
            m.metricKey
          } is not a known metric; known: ${[
            ...this.options.metrics.keys(),
          ].join(', ')}`,
        );
      }
      if (seen.has(m.metricKey)) {
        throw new InputError(
          `metrics/${i}/metricKey ${m.metricKey} is listed twice`,
        );
      }
      seen.add(m.metricKey);
    }
    return metrics?.map(m => ({ ...m, baseline: m.baseline ?? null }));
  }

  private fields(
    request: Partial<CreateExperimentRequest>,
  ): Partial<ExperimentFields> {
    return {
      key: request.key?.trim(),
      title:
        request.title === undefined
          ? undefined
          : requireText('title', request.title),
      hypothesis:
        request.hypothesis === undefined
          ? undefined
          : requireText('hypothesis', request.hypothesis),
      design: request.design?.trim(),
      owner:
        request.owner && normalizeEntityRef('owner', request.owner, ['group']),
      entityRefs: request.entityRefs?.map((ref, i) =>
        normalizeEntityRef(`entityRefs/${i}`, ref),
      ),
      kickoffDate: optionalDate('kickoffDate', request.kickoffDate),
      pilotDate: optionalDate('pilotDate', request.pilotDate),
      endDate: optionalDate('endDate', request.endDate),
      vehicle: request.vehicle,
      links: request.links,
      metrics: this.validateMetrics(request.metrics),
    };
  }

  async list(
    query: ExperimentListQuery,
    caller: Caller,
    page?: { limit: number; afterKey?: string },
  ) {
    await authorizeOrThrow(
      this.options.permissions,
      devexExperimentReadPermission,
      caller,
    );
    const { items, hasMore } = await this.listed.get(
      JSON.stringify([query, page]),
      async () => this.options.store.list(await this.filterOf(query), page),
    );
    return { items: await this.visibleTo(caller, items), hasMore };
  }

  /** The experiments of which the catalog shows the caller at least one entity. */
  private visibleTo<T extends { entityRefs: string[] }>(
    caller: Caller,
    items: T[],
  ): Promise<T[]> {
    return this.options.entities.visibleRecords(
      caller.credentials,
      items,
      e => e.entityRefs,
    );
  }

  private async filterOf(query: ExperimentListQuery) {
    return {
      entityRef:
        query.entityRef && normalizeEntityRef('entityRef', query.entityRef),
      owners:
        query.owner &&
        (await this.options.groups.expand(
          query.owner.map(o => normalizeEntityRef('owner', o, ['group'])),
        )),
      statuses: query.status,
      metricKeys: query.family?.length
        ? [...this.options.metrics.values()]
            .filter(m => query.family!.includes(m.family))
            .map(m => m.key)
        : undefined,
    };
  }

  async get(id: string, caller: Caller): Promise<Experiment> {
    await authorizeOrThrow(
      this.options.permissions,
      devexExperimentReadPermission,
      caller,
    );
    return this.visibleOrThrow(id, caller);
  }

  /** The experiment, if the catalog shows the caller one of its entities; else a 404. */
  private async visibleOrThrow(
    id: string,
    caller: Caller,
  ): Promise<Experiment> {
    const [visible] = await this.visibleTo(caller, [await this.getOrThrow(id)]);
    if (!visible) throw new NotFoundError(`No experiment with id ${id}`);
    return visible;
  }

  private async getOrThrow(id: string): Promise<Experiment> {
    const experiment = await this.options.store.get(id);
    if (!experiment) throw new NotFoundError(`No experiment with id ${id}`);
    return experiment;
  }

  async create(
    request: CreateExperimentRequest,
    caller: Caller,
  ): Promise<Experiment> {
    const given = this.fields(request);
    const fields: ExperimentFields = {
      key: given.key!,
      title: given.title!,
      hypothesis: given.hypothesis!,
      owner: given.owner!,
      entityRefs: given.entityRefs ?? [],
      design: given.design ?? '',
      links: given.links ?? [],
      metrics: given.metrics ?? [],
      vehicle: given.vehicle ?? null,
      kickoffDate: given.kickoffDate ?? null,
      pilotDate: given.pilotDate ?? null,
      endDate: given.endDate ?? null,
    };
    if (!fields.entityRefs.length) {
      throw new InputError('entityRefs must name at least one entity');
    }
    await this.authorizeCreate(fields, caller);
    if ((await this.options.store.findIdsByKeyOrId([fields.key])).size) {
      throw new ConflictError(
        `An experiment with key ${fields.key} already exists`,
      );
    }
    return this.options.store.create({
      ...fields,
      id: randomUUID(),
      status: request.status ?? 'proposed',
      createdBy: caller.userEntityRef,
      now: this.options.clock().toJSDate(),
    });
  }

  /**
   * One conditional decision for a request that writes to several experiments (measurements
   * recorded against them): allowed for all of them, or a 403 naming the first that is not.
   */
  async authorizeUpdates(
    ids: string[],
    credentials: BackstageCredentials,
  ): Promise<void> {
    if (!ids.length) return;
    const [decision] = await this.options.permissions.authorizeConditional(
      [{ permission: devexExperimentUpdatePermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return;
    const resources =
      decision.result === AuthorizeResult.CONDITIONAL
        ? await this.loadResources(ids)
        : [];
    const denied = ids.find((_id, i) => {
      const resource = resources[i];
      return !resource || !this.authorizeConditions(decision, resource);
    });
    if (denied) {
      throw new NotAllowedError(
        `Not allowed to record measurements for experiment ${denied}: only its owner group and the owners of its entities may`,
      );
    }
  }

  /**
   * One conditional decision for a new experiment. Its owner group is whatever the request names,
   * so the decision rests on the owners of the entities it concerns.
   */
  private async authorizeCreate(fields: ExperimentFields, caller: Caller) {
    const [decision] = await this.options.permissions.authorizeConditional(
      [{ permission: devexExperimentCreatePermission }],
      { credentials: caller.credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return;
    const refused =
      decision.result === AuthorizeResult.CONDITIONAL
        ? await this.entitiesRefused(
            decision,
            fields as unknown as ExperimentResource,
            fields.entityRefs,
          )
        : fields.entityRefs;
    if (!refused.length) return;
    throw new NotAllowedError(
      `${caller.userEntityRef} may not create experiments for ${refused.join(
        ', ',
      )}: only the owners of those entities may`,
    );
  }

  /**
   * The entities of `entityRefs` the conditional decision does not let the caller put an
   * experiment on: each is judged alone, by its owners only (the experiment's owner group is
   * whatever the request names), so an experiment cannot reach another team's tab beside one of
   * the caller's.
   */
  private async entitiesRefused(
    decision: any,
    experiment: ExperimentResource,
    entityRefs: string[],
  ): Promise<string[]> {
    const owners = await this.options.entities.ownersOf(entityRefs);
    return entityRefs.filter(
      ref =>
        !this.authorizeConditions(decision, {
          ...experiment,
          owner: '',
          entityRefs: [ref],
          entityOwners: owners.get(ref) ?? [],
        }),
    );
  }

  /**
   * One conditional decision for the request, applied to the experiment it is about, and, when the
   * request moves it to other entities, to each entity it adds as it would be for a new experiment
   * (its owners only): otherwise an owner could move their experiment, and its measurements, onto
   * another team's tab.
   */
  private async authorizeChange(
    permission: ResourcePermission,
    id: string,
    caller: Caller,
    entityRefs?: string[],
  ) {
    const [decision] = await this.options.permissions.authorizeConditional(
      [{ permission }],
      {
        credentials: caller.credentials,
      },
    );
    if (decision.result === AuthorizeResult.ALLOW) return;
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      const [resource] = await this.loadResources([id]);
      if (!resource) throw new NotFoundError(`No experiment with id ${id}`);
      if (this.authorizeConditions(decision, resource)) {
        const added = (entityRefs ?? []).filter(
          ref => !resource.entityRefs.includes(ref),
        );
        const refused = added.length
          ? await this.entitiesRefused(decision, resource, added)
          : [];
        if (!refused.length) return;
        throw new NotAllowedError(
          `${caller.userEntityRef} may not move experiment ${
            resource.key
          } to ${refused.join(', ')}: only the owners of an entity may add it`,
        );
      }
    }
    throw new NotAllowedError(
      `${caller.userEntityRef} may not ${
        permission.name === devexExperimentTransitionPermission.name
          ? 'change the status of'
          : 'change'
      } experiment ${id}: only its owner group and the owners of its entities may`,
    );
  }

  private throwUnlessDone(
    id: string,
    version: number,
    result: ExperimentWriteResult,
  ): Experiment {
    if (result.outcome === 'not-found')
      throw new NotFoundError(`No experiment with id ${id}`);
    if (result.outcome === 'stale') {
      throw new ConflictError(
        `Experiment ${result.current.key} was changed by someone else: you edited version ${version}, ` +
          `the current version is ${result.current.version} (status ${result.current.status}). Reload it and try again.`,
      );
    }
    return result.experiment;
  }

  async update(
    id: string,
    request: UpdateExperimentRequest,
    caller: Caller,
  ): Promise<Experiment> {
    const { version, ...rest } = request;
    const changes = requireSomeChange(this.fields(rest));
    if (changes.entityRefs && !changes.entityRefs.length) {
      throw new InputError('entityRefs must name at least one entity');
    }
    await this.authorizeChange(
      devexExperimentUpdatePermission,
      id,
      caller,
      changes.entityRefs,
    );
    return this.throwUnlessDone(
      id,
      version,
      await this.options.store.update(
        id,
        version,
        changes,
        this.options.clock().toJSDate(),
      ),
    );
  }

  /**
   * Refuses unless the caller may change the experiment's status (its owners and the owners of
   * its entities under the shipped policy), for records that change what the experiment does,
   * such as its flag decisions; answers the experiment.
   */
  async authorizeStatusChange(id: string, caller: Caller): Promise<Experiment> {
    await this.authorizeChange(devexExperimentTransitionPermission, id, caller);
    return this.getOrThrow(id);
  }

  async transition(
    id: string,
    request: TransitionExperimentRequest,
    caller: Caller,
  ): Promise<TransitionExperimentResponse> {
    await this.authorizeChange(devexExperimentTransitionPermission, id, caller);
    const current = await this.getOrThrow(id);
    if (current.version !== request.version) {
      this.throwUnlessDone(id, request.version, { outcome: 'stale', current });
    }
    const { decision } = checkTransition({
      from: current.status,
      to: request.to,
      note: request.note,
      decision: request.decision,
    });
    const transitionId = randomUUID();
    const experiment = this.throwUnlessDone(
      id,
      request.version,
      await this.options.store.transition({
        id,
        expectedVersion: request.version,
        from: current.status,
        to: request.to,
        decision,
        note: request.note.trim(),
        changedBy: caller.userEntityRef,
        transitionId,
        now: this.options.clock().toJSDate(),
      }),
    );
    const history = await this.options.store.listTransitions([id]);
    return {
      experiment,
      transition: history.find(t => t.id === transitionId)!,
    };
  }

  async history(id: string, caller: Caller) {
    await authorizeOrThrow(
      this.options.permissions,
      devexExperimentReadPermission,
      caller,
    );
    await this.visibleOrThrow(id, caller);
    return this.options.store.listTransitions([id]);
  }

  /**
   * Scorecards of the experiments matching the query: a fixed number of queries (experiments,
   * entities, metrics, history, measurements) whatever their number.
   */
  async scorecards(
    query: ExperimentListQuery,
    caller: Caller,
    page?: { limit: number; afterKey?: string },
  ): Promise<{ scorecards: ExperimentScorecard[]; hasMore: boolean }> {
    await authorizeOrThrow(
      this.options.permissions,
      devexExperimentReadPermission,
      caller,
    );
    const { scorecards, hasMore } = await this.computed.get(
      JSON.stringify([query, page]),
      () => this.computeScorecards(query, page),
    );
    return {
      scorecards: await this.options.entities.visibleRecords(
        caller.credentials,
        scorecards,
        s => s.experiment.entityRefs,
      ),
      hasMore,
    };
  }

  /** Scorecards for callers that checked permissions already (the digest). */
  async computeScorecards(
    query: ExperimentListQuery,
    page?: { limit: number; afterKey?: string },
  ): Promise<{ scorecards: ExperimentScorecard[]; hasMore: boolean }> {
    const { items, hasMore } = await this.options.store.list(
      await this.filterOf(query),
      page,
    );
    const ids = items.map(e => e.id);
    const [history, series] = await Promise.all([
      this.options.store.listTransitions(ids),
      this.options.measurements.listExperimentSeries(ids),
    ]);
    const scorecards = items.map(experiment => {
      const metrics = experiment.metrics.flatMap(m => {
        const metric = this.options.metrics.get(m.metricKey);
        return metric
          ? [
              computeMetricScorecard({
                ...m,
                metric,
                series: series.get(experiment.id)?.get(m.metricKey) ?? [],
                thresholds: this.options.thresholds,
                bands: this.options.bands,
              }),
            ]
          : [];
      });
      return {
        experiment,
        status: experimentHealth(
          experiment.status,
          metrics.map(m => m.status),
        ),
        metrics,
        history: history.filter(t => t.experimentId === experiment.id),
      };
    });
    return { scorecards, hasMore };
  }
}

/** The writes of {@link ExperimentService} that are audit events, whichever door they came through. */
export const EXPERIMENT_AUDIT: AuditPlan<ExperimentService> = {
  create: {
    eventId: 'experiment-create',
    meta: request => ({ key: request.key }),
    metaOf: created => ({ experimentId: created.id }),
  },
  update: {
    eventId: 'experiment-update',
    meta: (id, request) => ({
      experimentId: id,
      version: request.version,
      fields: Object.keys(request).filter(k => k !== 'version'),
    }),
  },
  transition: {
    eventId: 'experiment-transition',
    meta: (id, request) => ({
      experimentId: id,
      to: request.to,
      decision: request.decision ?? null,
      note: request.note,
    }),
  },
};
