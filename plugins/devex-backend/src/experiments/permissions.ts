import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  DEVEX_EXPERIMENT_RESOURCE_TYPE,
  Experiment,
} from '@devex-governance/backstage-plugin-devex-common';
import { z } from 'zod';

/** An experiment as permission rules see it: with the owners of the entities it concerns. */
export type ExperimentResource = Experiment & { entityOwners: string[] };

/** Rules turn into owner lists; a query can match the experiment owner against them. */
export type ExperimentQuery = { ownerIn: string[] };

export const experimentPermissionResourceRef = createPermissionResourceRef<
  ExperimentResource,
  ExperimentQuery
>().with({ pluginId: 'devex', resourceType: DEVEX_EXPERIMENT_RESOURCE_TYPE });

/**
 * Members of the experiment's owner group, or owners of one of its entities. The claims are the
 * caller's ownership refs (user and groups), as a policy reads them from the user's identity.
 */
export const isExperimentOwner = createPermissionRule({
  name: 'IS_EXPERIMENT_OWNER',
  description:
    "Allow users who are in the experiment's owner group or own one of the entities it concerns",
  resourceRef: experimentPermissionResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe('Ownership entity refs of the user: the user and their groups'),
  }),
  apply: (resource, { claims }) => {
    const mine = new Set(claims.map(c => c.toLocaleLowerCase('en-US')));
    return [resource.owner, ...resource.entityOwners].some(ref =>
      mine.has(ref.toLocaleLowerCase('en-US')),
    );
  },
  toQuery: ({ claims }) => ({ ownerIn: claims }),
});

export const experimentPermissionRules = { isExperimentOwner };

/**
 * For permission policies: `devexExperimentConditions.isExperimentOwner({ claims })` and
 * `createDevexExperimentConditionalDecision(permission, condition)`.
 *
 * @public
 */
export const {
  conditions: devexExperimentConditions,
  createConditionalDecision: createDevexExperimentConditionalDecision,
} = createConditionExports({
  resourceRef: experimentPermissionResourceRef,
  rules: experimentPermissionRules,
});
