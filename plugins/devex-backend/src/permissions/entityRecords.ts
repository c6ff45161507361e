import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionRuleset,
  createConditionAuthorizer,
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { DEVEX_ENTITY_RECORD_RESOURCE_TYPE } from '@devex-governance/backstage-plugin-devex-common';
import { z } from 'zod';
import { EntityCatalog } from '../catalog/EntityCatalog';

/** A record of catalog entities as permission rules see it. */
export interface EntityRecordResource {
  /** The entities it belongs to; none for a portal-wide record. */
  entityRefs: string[];
  /** The owners of those entities, from the catalog. */
  entityOwners: string[];
  /** Who it is assigned to (an action item's owner); empty for other records. */
  assignees: string[];
}

/** Rules turn into ref lists that a store can match against. */
export type EntityRecordQuery =
  | { entityOwnerIn: string[] }
  | { assigneeIn: string[] };

export const entityRecordPermissionResourceRef = createPermissionResourceRef<
  EntityRecordResource,
  EntityRecordQuery
>().with({
  pluginId: 'devex',
  resourceType: DEVEX_ENTITY_RECORD_RESOURCE_TYPE,
});

const claimsSchema = z.object({
  claims: z
    .array(z.string())
    .describe('Ownership entity refs of the user: the user and their groups'),
});

const intersects = (refs: string[], claims: string[]) => {
  const mine = new Set(claims.map(c => c.toLocaleLowerCase('en-US')));
  return refs.some(ref => mine.has(ref.toLocaleLowerCase('en-US')));
};

/** Owners of one of the record's entities, directly or through one of their groups. */
export const isEntityOwner = createPermissionRule({
  name: 'IS_ENTITY_OWNER',
  description: 'Allow the owners of one of the entities the record belongs to',
  resourceRef: entityRecordPermissionResourceRef,
  paramsSchema: claimsSchema,
  apply: (resource, { claims }) => intersects(resource.entityOwners, claims),
  toQuery: ({ claims }) => ({ entityOwnerIn: claims }),
});

/** The person or group the record is assigned to. */
export const isAssignee = createPermissionRule({
  name: 'IS_ASSIGNEE',
  description: 'Allow the user or group the record is assigned to',
  resourceRef: entityRecordPermissionResourceRef,
  paramsSchema: claimsSchema,
  apply: (resource, { claims }) => intersects(resource.assignees, claims),
  toQuery: ({ claims }) => ({ assigneeIn: claims }),
});

export const entityRecordPermissionRules = { isEntityOwner, isAssignee };

/**
 * For permission policies: `devexEntityRecordConditions.isEntityOwner({ claims })` and
 * `createDevexEntityRecordConditionalDecision(permission, condition)`.
 *
 * @public
 */
export const {
  conditions: devexEntityRecordConditions,
  createConditionalDecision: createDevexEntityRecordConditionalDecision,
} = createConditionExports({
  resourceRef: entityRecordPermissionResourceRef,
  rules: entityRecordPermissionRules,
});

/** A record about to be written, as the caller describes it for the decision and its message. */
export interface EntityRecordTarget {
  entityRefs: Array<string | null | undefined>;
  assignees?: string[];
  /** How the 403 names it, e.g. "action item 42". */
  label: string;
}

/**
 * Decides writes to records of entities: one conditional decision per request, applied to every
 * record it writes, with the entities' owners read from the catalog in one request.
 */
export class EntityRecordAuthorizer {
  private readonly authorizeConditions: (
    decision: any,
    resource: EntityRecordResource | undefined,
  ) => boolean;

  constructor(
    private readonly options: {
      permissions: PermissionsService;
      ruleset: PermissionRuleset<EntityRecordResource, EntityRecordQuery>;
      entities: EntityCatalog;
    },
  ) {
    this.authorizeConditions = createConditionAuthorizer(options.ruleset);
  }

  /** Throws a 403 naming the first record the caller may not write. */
  async authorize(
    permission: ResourcePermission,
    caller: { credentials: BackstageCredentials; userEntityRef?: string },
    targets: EntityRecordTarget[],
  ): Promise<void> {
    const [decision] = await this.options.permissions.authorizeConditional(
      [{ permission }],
      { credentials: caller.credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return;
    const who = caller.userEntityRef ?? 'The caller';
    if (decision.result === AuthorizeResult.DENY || !targets.length) {
      throw new NotAllowedError(
        `${who} is not allowed to ${permission.attributes.action ?? 'use'} (${
          permission.name
        })`,
      );
    }
    const owners = await this.options.entities.ownersOf(
      targets.flatMap(t => t.entityRefs.filter((r): r is string => !!r)),
    );
    const denied = targets.find(t => {
      const entityRefs = t.entityRefs.filter((r): r is string => !!r);
      return !this.authorizeConditions(decision, {
        entityRefs,
        entityOwners: entityRefs.flatMap(ref => owners.get(ref) ?? []),
        assignees: t.assignees ?? [],
      });
    });
    if (denied) {
      const entities = denied.entityRefs.filter(Boolean);
      throw new NotAllowedError(
        `${who} may not ${permission.attributes.action ?? 'change'} ${
          denied.label
        }: only the owners of ${
          entities.length
            ? entities.join(', ')
            : 'the portal (governance admins)'
        } may (${permission.name})`,
      );
    }
  }
}

/**
 * Resources for the permission framework's checks from outside the plugin (the frontend asking
 * "may I add action items here?"): a resource ref is an entity ref (the entity's records) or
 * `action-item:<id>` (that item, with its owner as assignee).
 */
export async function loadEntityRecordResources(
  resourceRefs: string[],
  options: {
    entities: EntityCatalog;
    actionItem: (
      id: string,
    ) => Promise<{ entityRef: string; owner: string } | undefined>;
  },
): Promise<Array<EntityRecordResource | undefined>> {
  const targets = await Promise.all(
    resourceRefs.map(async ref => {
      if (!ref.startsWith('action-item:'))
        return { entityRefs: [ref], assignees: [] as string[] };
      const item = await options.actionItem(ref.slice('action-item:'.length));
      return item && { entityRefs: [item.entityRef], assignees: [item.owner] };
    }),
  );
  const owners = await options.entities.ownersOf(
    targets.flatMap(t => t?.entityRefs ?? []),
  );
  return targets.map(
    t =>
      t && {
        ...t,
        entityOwners: t.entityRefs.flatMap(ref => owners.get(ref) ?? []),
      },
  );
}
