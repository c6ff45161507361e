/**
 * The DevEx governance backend plugin.
 *
 * @packageDocumentation
 */
export { devexPlugin as default } from './plugin';
export {
  devexExperimentConditions,
  createDevexExperimentConditionalDecision,
  isExperimentOwner,
} from './experiments/permissions';
export type { ExperimentResource } from './experiments/permissions';
export {
  devexEntityRecordConditions,
  createDevexEntityRecordConditionalDecision,
  isEntityOwner,
  isAssignee,
} from './permissions/entityRecords';
export type { EntityRecordResource } from './permissions/entityRecords';
export {
  DevexPermissionPolicy,
  readDevexPolicyOptions,
} from './policy/DevexPermissionPolicy';
export type { DevexPolicyOptions } from './policy/DevexPermissionPolicy';
