import { randomUUID } from 'node:crypto';
import { PermissionsService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  CreateRiskRequest,
  devexGovernanceReadPermission,
  devexRiskWritePermission,
  Risk,
  RiskChange,
  RiskHeatmap,
  RiskStatus,
  UpdateRiskRequest,
} from '@internal/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import { normalizeEntityRef, requireText } from '../shared/validation';
import { RiskFields, RiskStore } from './RiskStore';

/** The risk register: exposure, heat map and the history of every change. */
export class RiskService {
  constructor(
    private readonly options: {
      store: RiskStore;
      permissions: PermissionsService;
      clock: () => DateTime;
    },
  ) {}

  private fields(request: Partial<CreateRiskRequest>): Partial<RiskFields> {
    return {
      key: request.key?.trim(),
      title:
        request.title === undefined
          ? undefined
          : requireText('title', request.title),
      description: request.description?.trim(),
      entityRef:
        request.entityRef === undefined
          ? undefined
          : request.entityRef &&
            normalizeEntityRef('entityRef', request.entityRef),
      impact: request.impact,
      likelihood: request.likelihood,
      owner:
        request.owner &&
        normalizeEntityRef('owner', request.owner, ['user', 'group']),
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
    return {
      risks,
      heatmap,
      history: await this.options.store.history(risks.map(r => r.id)),
    };
  }

  async create(request: CreateRiskRequest, caller: Caller): Promise<Risk> {
    const f = this.fields(request);
    await authorizeOrThrow(
      this.options.permissions,
      devexRiskWritePermission,
      caller,
    );
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
      id: randomUUID(),
      createdBy: caller.userEntityRef,
      now: this.options.clock().toJSDate(),
    });
  }

  async update(
    id: string,
    request: UpdateRiskRequest,
    caller: Caller,
  ): Promise<Risk> {
    const { version, ...rest } = request;
    const changes = this.fields(rest);
    if (Object.values(changes).every(v => v === undefined)) {
      throw new InputError(
        'An update must change at least one field besides version',
      );
    }
    await authorizeOrThrow(
      this.options.permissions,
      devexRiskWritePermission,
      caller,
    );
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
