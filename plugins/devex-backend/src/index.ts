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
