import { Config } from '@backstage/config';
import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  Permission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  DEVEX_ENTITY_RECORD_RESOURCE_TYPE,
  DEVEX_EXPERIMENT_RESOURCE_TYPE,
  devexActionItemReadPermission,
  devexActionItemStatusUpdatePermission,
  devexCalendarReadPermission,
  devexExperimentReadPermission,
  devexGovernanceReadPermission,
} from '@devex-governance/backstage-plugin-devex-common';
import {
  createDevexExperimentConditionalDecision,
  devexExperimentConditions,
} from '../experiments/permissions';
import {
  createDevexEntityRecordConditionalDecision,
  devexEntityRecordConditions,
} from '../permissions/entityRecords';

/** Who runs the process, read from `devex.permissions.admins`. */
export interface DevexPolicyOptions {
  /** Governance admins: group or user refs (members of a group through their ownership refs). */
  admins: string[];
}

/** Reads the policy's options; the default names no admin. */
export function readDevexPolicyOptions(config: Config): DevexPolicyOptions {
  return {
    admins: (
      config.getOptionalStringArray('devex.permissions.admins') ?? []
    ).map(ref => ref.toLocaleLowerCase('en-US')),
  };
}

const readPermissions = [
  devexActionItemReadPermission,
  devexExperimentReadPermission,
  devexCalendarReadPermission,
  devexGovernanceReadPermission,
];

const isOneOf = (permission: Permission, list: Permission[]) =>
  list.some(p => isPermission(permission, p));

/**
 * The shipped policy for DevEx permissions, to keep or to copy:
 *
 * - governance admins (`devex.permissions.admins`) may do everything;
 * - everyone signed in may read (what the catalog shows them) and answer the pulse;
 * - the owners of an entity (directly or through their groups) write its action items, risks,
 *   blockers, measurements, remediation items and experiments (an experiment's owner group too);
 * - an action item's owner may change its status;
 * - everything else (pulse campaigns and free text, digest, verification runs and occurrence
 *   records, evidence, sync runs, backlog, revoking others' feeds) is for admins;
 * - service principals (CI jobs, exporters) are allowed; give them narrower rights in a policy of
 *   your own if needed.
 *
 * Permissions of other plugins go to `fallback` (default: allow).
 *
 * @public
 */
export class DevexPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly options: DevexPolicyOptions & {
      fallback?: PermissionPolicy;
    },
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    if (!permission.name.startsWith('devex.')) {
      return this.options.fallback
        ? this.options.fallback.handle(request, user)
        : { result: AuthorizeResult.ALLOW };
    }
    if (!user) return { result: AuthorizeResult.ALLOW };
    const claims = user.info.ownershipEntityRefs;
    if (
      claims.some(ref =>
        this.options.admins.includes(ref.toLocaleLowerCase('en-US')),
      )
    ) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (isOneOf(permission, readPermissions)) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (isResourcePermission(permission, DEVEX_EXPERIMENT_RESOURCE_TYPE)) {
      return createDevexExperimentConditionalDecision(
        permission,
        devexExperimentConditions.isExperimentOwner({ claims }),
      );
    }
    if (isResourcePermission(permission, DEVEX_ENTITY_RECORD_RESOURCE_TYPE)) {
      const owner = devexEntityRecordConditions.isEntityOwner({ claims });
      return createDevexEntityRecordConditionalDecision(
        permission,
        isPermission(permission, devexActionItemStatusUpdatePermission)
          ? {
              anyOf: [
                owner,
                devexEntityRecordConditions.isAssignee({ claims }),
              ],
            }
          : owner,
      );
    }
    return { result: AuthorizeResult.DENY };
  }
}
