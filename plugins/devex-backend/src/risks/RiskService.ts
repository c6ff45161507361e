import { randomUUID } from 'node:crypto';
import { PermissionsService } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  CreateRiskRequest,
  devexGovernanceReadPermission,
  devexRiskWritePermission,
  Risk,
  RiskChange,
  RiskHeatmap,
  RiskStatus,
  UpdateRiskRequest,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { authorizeOrThrow } from '../permissions/authorize';
import { newRecord } from '../database/columns';
import { Caller } from '../permissions/caller';
import {
  normalizeEntityRef,
  optionalEntityRef,
  optionalOwnerRef,
  optionalText,
  requireSomeChange,
} from '../shared/validation';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { EntityRecordAuthorizer } from '../permissions/entityRecords';
import { RiskFields, RiskStore } from './RiskStore';
import { AuditPlan, updateMeta } from '../audit/DevexAudit';

/** The heat map of the given open risks: how many at each impact and likelihood. */
function heatmapOf(risks: Risk[]): RiskHeatmap {
  const cells = new Map<string, RiskHeatmap['cells'][number]>();
  for (const r of risks) {
    const key = `${r.impact}:${r.likelihood}`;
    const cell = cells.get(key) ?? {
      impact: r.impact,
      likelihood: r.likelihood,
      count: 0,
    };
    cell.count += 1;
    cells.set(key, cell);
  }
  return { cells: [...cells.values()] };
}

/** The risk register: exposure, heat map and the history of every change. */
export class RiskService {
  constructor(
    private readonly options: {
      store: RiskStore;
      permissions: PermissionsService;
      records: EntityRecordAuthorizer;
      entities: EntityCatalog;
      clock: () => DateTime;
    },
  ) {}

  private fields(request: Partial<CreateRiskRequest>): Partial<RiskFields> {
    return {
      key: request.key?.trim(),
      title: optionalText('title', request.title),
      description: request.description?.trim(),
      entityRef: optionalEntityRef('entityRef', request.entityRef),
      impact: request.impact,
      likelihood: request.likelihood,
      owner: optionalOwnerRef(request.owner),
      status: request.status,
      mitigation: request.mitigation?.trim(),
      remediationIds: request.remediationIds,
      actionItemIds: request.actionItemIds,
    };
  }

  async list(
    query: { entityRef?: string; status?: RiskStatus[] },
    caller: Caller,
  ): Promise<{ risks: Risk[]; heatmap: RiskHeatmap; history: RiskChange[] }> {
    const entityRef =
      query.entityRef && normalizeEntityRef('entityRef', query.entityRef);
    await authorizeOrThrow(
      this.options.permissions,
      devexGovernanceReadPermission,
      caller,
    );
    const [risks, heatmap] = await Promise.all([
      this.options.store.list({ entityRef, statuses: query.status }),
      this.options.store.heatmap(entityRef),
    ]);
    const visible = await this.options.entities.visibleRecords(
      caller.credentials,
      risks,
      r => [r.entityRef],
    );
    return {
      risks: visible,
      // the heat map counts the visible risks only
      heatmap:
        visible.length === risks.length
          ? heatmap
          : heatmapOf(
              await this.options.entities.visibleRecords(
                caller.credentials,
                await this.options.store.list({
                  entityRef,
                  statuses: ['open', 'in_progress'],
                }),
                r => [r.entityRef],
              ),
            ),
      history: await this.options.store.history(visible.map(r => r.id)),
    };
  }

  async create(request: CreateRiskRequest, caller: Caller): Promise<Risk> {
    const f = this.fields(request);
    await this.options.records.authorize(devexRiskWritePermission, caller, [
      {
        entityRefs: [f.entityRef],
        label: f.entityRef ? `a risk of ${f.entityRef}` : 'a portal-wide risk',
      },
    ]);
    if (await this.options.store.keyExists(f.key!))
      throw new ConflictError(`A risk with key ${f.key} already exists`);
    return this.options.store.create({
      key: f.key!,
      title: f.title!,
      description: f.description ?? '',
      entityRef: f.entityRef ?? null,
      impact: f.impact!,
      likelihood: f.likelihood!,
      owner: f.owner!,
      status: f.status ?? 'open',
      mitigation: f.mitigation ?? '',
      remediationIds: f.remediationIds ?? [],
      actionItemIds: f.actionItemIds ?? [],
      ...newRecord(caller.userEntityRef, this.options.clock()),
    });
  }

  async update(
    id: string,
    request: UpdateRiskRequest,
    caller: Caller,
  ): Promise<Risk> {
    const { version, ...rest } = request;
    const changes = requireSomeChange(this.fields(rest));
    const current = await this.options.store.get(id);
    if (!current) throw new NotFoundError(`No risk with id ${id}`);
    await this.options.records.authorize(devexRiskWritePermission, caller, [
      { entityRefs: [current.entityRef], label: `risk ${current.key}` },
      // where the risk moves to, portal-wide (null) included: as if it were created there
      ...(changes.entityRef !== undefined &&
      changes.entityRef !== current.entityRef
        ? [
            {
              entityRefs: [changes.entityRef],
              label: changes.entityRef
                ? `a risk of ${changes.entityRef}`
                : 'a portal-wide risk',
            },
          ]
        : []),
    ]);
    const result = await this.options.store.update(
      id,
      version,
      changes,
      caller.userEntityRef,
      randomUUID(),
      this.options.clock().toJSDate(),
    );
    if (result.outcome === 'not-found')
      throw new NotFoundError(`No risk with id ${id}`);
    if (result.outcome === 'stale') {
      throw new ConflictError(
        `Risk ${result.current.key} was changed by someone else: you edited version ${version}, the current version is ${result.current.version}`,
      );
    }
    return result.risk;
  }
}

/** The writes of {@link RiskService} that are audit events, whichever door they came through. */
export const RISK_AUDIT: AuditPlan<RiskService> = {
  create: {
    eventId: 'risk-create',
    meta: request => ({ key: request.key }),
    metaOf: created => ({ riskId: created.id, exposure: created.exposure }),
  },
  update: {
    eventId: 'risk-update',
    meta: updateMeta('riskId'),
    metaOf: updated => ({
      version: updated.version,
      exposure: updated.exposure,
    }),
  },
};
