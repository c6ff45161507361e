import type { SyncServiceOptions } from './SyncServiceOptions';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  devexGovernanceReadPermission,
  RemediationSyncStatus,
  SyncOverview,
  SyncRatio,
  SyncRun,
} from '@devex-governance/backstage-plugin-devex-common';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import { normalizeEntityRef } from '../shared/validation';
import { SyncScope } from './remediationRows';
import { TtlCache, VIEW_TTL_MS } from '../shared/TtlCache';
import { ComputedViews } from '../shared/ComputedViews';

/**
 * What the sync shows a caller: the overview of an entity, a group or the portal with its
 * drill-down, the portfolio's ratios per group, and the latest runs.
 */
export class SyncOverviewService {
  constructor(
    private readonly options: Pick<
      SyncServiceOptions,
      | 'items'
      | 'status'
      | 'runs'
      | 'groups'
      | 'entities'
      | 'permissions'
      | 'ratios'
      | 'waivers'
      | 'target'
      | 'clock'
    > & { views: ComputedViews },
  ) {
    this.portfolios = options.views.cache();
    this.overviews = options.views.cache();
  }

  private async scopeOf(query: {
    entityRef?: string;
    group?: string;
  }): Promise<{
    scope: SyncScope;
    ratioScope: SyncRatio['scope'];
  }> {
    if (query.entityRef && query.group)
      throw new InputError('Give entityRef or group, not both');
    if (query.entityRef) {
      const entityRef = normalizeEntityRef('entityRef', query.entityRef);
      return {
        scope: { entityRef },
        ratioScope: { type: 'entity', entityRef },
      };
    }
    if (query.group) {
      const groupRef = normalizeEntityRef('group', query.group, ['group']);
      return {
        // a group's items are its own and its descendants' (the catalog's hierarchy)
        scope: {
          ownerRefs: await this.options.groups.withDescendants(groupRef),
        },
        ratioScope: { type: 'group', groupRef },
      };
    }
    return { scope: {}, ratioScope: { type: 'portal' } };
  }

  async overview(
    query: { entityRef?: string; group?: string },
    caller: Caller,
  ): Promise<SyncOverview> {
    const { scope, ratioScope } = await this.scopeOf(query);
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    const { entities } = this.options;
    // an entity the catalog hides from the caller has no overview for them, as in the catalog
    if (
      scope.entityRef &&
      !(await entities.visibleTo(caller.credentials, [scope.entityRef])).has(
        scope.entityRef,
      )
    ) {
      throw new NotFoundError(`No entity ${scope.entityRef} in the catalog`);
    }
    const overview = await this.overviews.get(JSON.stringify(ratioScope), () =>
      this.computeOverview(scope, ratioScope),
    );
    // at group and portal scope, the records of the entities the caller can see only
    const visible = <T>(records: T[], refsOf: (r: T) => Array<string | null>) =>
      entities.visibleRecords(caller.credentials, records, refsOf);
    return {
      ...overview,
      notSyncedAutomatically: await visible(
        overview.notSyncedAutomatically,
        s => [s.item.entityRef],
      ),
      fileErrors: await visible(overview.fileErrors, e => [e.entityRef]),
      conflicts: await visible(overview.conflicts, c => [
        c.holderEntityRef,
        c.claimantEntityRef,
      ]),
    };
  }

  /** A scope's overview with every entity's records, as no caller in particular sees it. */
  private async computeOverview(
    scope: SyncScope,
    ratioScope: SyncRatio['scope'],
  ): Promise<SyncOverview> {
    const [counts, runs, notSynced, fileErrors, conflicts, children] =
      await Promise.all([
        this.options.ratios.counts(scope),
        this.options.runs.listRuns(30),
        this.options.status.notSyncedAutomatically(scope, 200),
        this.options.runs.sourceErrors(scope.entityRef),
        this.options.items.conflicts(scope, 200),
        ratioScope.type === 'group'
          ? this.childRatios(ratioScope.groupRef)
          : [],
      ]);
    return {
      ratio: this.options.ratios.toRatio(ratioScope, counts),
      history: runs
        .filter(r => r.finishedAt)
        .reverse()
        .map(r => ({ runId: r.id, finishedAt: r.finishedAt!, ratio: r.ratio })),
      notSyncedAutomatically: await this.withWaivers(notSynced),
      fileErrors,
      conflicts,
      children,
    };
  }

  /** The drill-down's items with their waiver requested or in force, in one query. */
  private async withWaivers(
    statuses: RemediationSyncStatus[],
  ): Promise<RemediationSyncStatus[]> {
    const waivers = await this.options.waivers.openOnRemediationItems(
      statuses.map(s => s.item.id),
    );
    return statuses.map(s => ({
      ...s,
      waiver: waivers.get(s.item.id) ?? null,
    }));
  }

  /** Each child group's ratio, its own descendants included: the drill-down of a group. */
  private async childRatios(groupRef: string): Promise<SyncRatio[]> {
    const children = await this.options.groups.childrenOf(groupRef);
    return Promise.all(
      children.map(async child =>
        this.options.ratios.toRatio(
          { type: 'group', groupRef: child },
          await this.options.ratios.counts({
            ownerRefs: await this.options.groups.withDescendants(child),
          }),
        ),
      ),
    );
  }

  /** The portfolio, computed at most once per {@link VIEW_TTL_MS} of the DevEx clock on this replica. */
  private readonly portfolios: TtlCache<SyncRatio[]>;
  /** The overview of a scope (entity, group or portal) with every entity's records, per view period. */
  private readonly overviews: TtlCache<SyncOverview>;

  async portfolio(caller: Caller): Promise<SyncRatio[]> {
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    return this.portfolios.get('all', () => this.computePortfolio());
  }

  private async computePortfolio(): Promise<SyncRatio[]> {
    // each group with its descendants' items rolled up, from the per-owner counts: one query
    const direct = await this.options.ratios.byOwner();
    const owners = new Set(direct.map(r => r.owner));
    for (const r of direct) {
      for (const ancestor of await this.options.groups.ancestorsOf(r.owner)) {
        owners.add(ancestor);
      }
    }
    // each group's rows are its subtree's owners looked up, not every owner's row tested
    const byOwner = new Map(direct.map(r => [r.owner, r]));
    const ratios = [];
    for (const owner of [...owners].sort()) {
      const rows = (await this.options.groups.withDescendants(owner)).flatMap(
        group => byOwner.get(group) ?? [],
      );
      ratios.push(
        this.options.ratios.toRatio(
          { type: 'group', groupRef: owner },
          {
            total: rows.reduce((n, r) => n + r.total, 0),
            syncedAutomatically: rows.reduce(
              (n, r) => n + r.syncedAutomatically,
              0,
            ),
            waived: rows.reduce((n, r) => n + r.waived, 0),
          },
        ),
      );
    }
    return ratios;
  }

  async runs(caller: Caller): Promise<SyncRun[]> {
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    return this.options.runs.listRuns(50);
  }
}
