import {
  experimentDecisionValues,
  experimentLinkTypeValues,
  experimentMetricComparatorValues,
  experimentStatusValues,
  experimentVehicleTypeValues,
} from './schema/openapi.generated';
import { WireResponse, WireSchemas } from './wire';
/** Where an experiment is in its life, from idea to decision. */
export const EXPERIMENT_STATUSES = experimentStatusValues;

/** @public */
export type ExperimentStatus = WireSchemas['ExperimentStatus'];

/** What the forum decided once an experiment was observed. */
export const EXPERIMENT_DECISIONS = experimentDecisionValues;

/** @public */
export type ExperimentDecision = WireSchemas['ExperimentDecision'];

/**
 * The legal moves of the lifecycle: proposed -> planned -> running -> observing -> decided, with
 * paused (and back) and abandoned on the way. Decided and abandoned are final.
 */
export const EXPERIMENT_TRANSITIONS: Record<
  ExperimentStatus,
  readonly ExperimentStatus[]
> = {
  proposed: ['planned', 'abandoned'],
  planned: ['running', 'paused', 'abandoned'],
  running: ['observing', 'paused', 'abandoned'],
  observing: ['decided', 'running', 'paused', 'abandoned'],
  paused: ['planned', 'running', 'abandoned'],
  decided: [],
  abandoned: [],
};

/** The statuses an experiment may move to from `from`. */
export function legalNextStatuses(
  from: ExperimentStatus,
): readonly ExperimentStatus[] {
  return EXPERIMENT_TRANSITIONS[from];
}

export const EXPERIMENT_VEHICLE_TYPES = experimentVehicleTypeValues;

/** @public */
export type ExperimentVehicleType = (typeof EXPERIMENT_VEHICLE_TYPES)[number];

export const EXPERIMENT_LINK_TYPES = experimentLinkTypeValues;

/** @public */
export type ExperimentLinkType = (typeof EXPERIMENT_LINK_TYPES)[number];

/** @public */
export type ExperimentLink = WireSchemas['ExperimentLink'];

/** How a metric's value is compared with its target. */
export const COMPARATORS = experimentMetricComparatorValues;

/** @public */
export type Comparator = (typeof COMPARATORS)[number];

/** One metric an experiment is judged by. */
export type ExperimentMetric = WireSchemas['ExperimentMetric'];

/** @public */
export type Experiment = WireSchemas['Experiment'];

/** One entry of an experiment's status history (its audit trail). */
export type ExperimentTransition = WireSchemas['ExperimentTransition'];

export type CreateExperimentRequest = WireSchemas['CreateExperimentRequest'];

/** Fields to change, with the version they were read at; status changes go through a transition. */
export type UpdateExperimentRequest = WireSchemas['UpdateExperimentRequest'];

export type TransitionExperimentRequest =
  WireSchemas['TransitionExperimentRequest'];

/** How a change of status came out: the experiment as it now is, and the history entry. */
export type TransitionExperimentResponse = WireResponse<'TransitionExperiment'>;
