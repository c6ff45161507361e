/** Where an experiment is in its life, from idea to decision. */
export const EXPERIMENT_STATUSES = [
  'proposed',
  'planned',
  'running',
  'observing',
  'decided',
  'paused',
  'abandoned',
] as const;

/** @public */
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];

/** What the forum decided once an experiment was observed. */
export const EXPERIMENT_DECISIONS = ['scale', 'iterate', 'retire'] as const;

/** @public */
export type ExperimentDecision = (typeof EXPERIMENT_DECISIONS)[number];

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

export const EXPERIMENT_VEHICLE_TYPES = [
  'feature_flag',
  'idp_template',
] as const;

/** @public */
export type ExperimentVehicleType = (typeof EXPERIMENT_VEHICLE_TYPES)[number];

export const EXPERIMENT_LINK_TYPES = [
  'runbook',
  'retro',
  'dashboard',
  'other',
] as const;

/** @public */
export type ExperimentLinkType = (typeof EXPERIMENT_LINK_TYPES)[number];

/** @public */
export interface ExperimentLink {
  type: ExperimentLinkType;
  url: string;
  title?: string;
}

/** How a metric's value is compared with its target. */
export const COMPARATORS = ['lte', 'lt', 'gte', 'gt'] as const;

/** @public */
export type Comparator = (typeof COMPARATORS)[number];

/** One metric an experiment is judged by. */
export interface ExperimentMetric {
  metricKey: string;
  baseline: number | null;
  target: number;
  comparator: Comparator;
}

/** @public */
export interface Experiment {
  id: string;
  /** A short human key, e.g. `EXP-1`. */
  key: string;
  title: string;
  hypothesis: string;
  design: string;
  /** The group that owns it. */
  owner: string;
  /** The entities it concerns. */
  entityRefs: string[];
  status: ExperimentStatus;
  decision: ExperimentDecision | null;
  kickoffDate: string | null;
  pilotDate: string | null;
  endDate: string | null;
  vehicle: { type: ExperimentVehicleType; ref: string } | null;
  links: ExperimentLink[];
  metrics: ExperimentMetric[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One entry of an experiment's status history (its audit trail). */
export interface ExperimentTransition {
  id: string;
  experimentId: string;
  from: ExperimentStatus;
  to: ExperimentStatus;
  decision: ExperimentDecision | null;
  note: string;
  changedBy: string;
  changedAt: string;
}

export interface CreateExperimentRequest {
  key: string;
  title: string;
  hypothesis: string;
  design?: string;
  owner: string;
  entityRefs: string[];
  status?: 'proposed' | 'planned';
  kickoffDate?: string | null;
  pilotDate?: string | null;
  endDate?: string | null;
  vehicle?: { type: ExperimentVehicleType; ref: string } | null;
  links?: ExperimentLink[];
  /** A missing baseline is the same as null. */
  metrics?: Array<
    Omit<ExperimentMetric, 'baseline'> & { baseline?: number | null }
  >;
}

/** Fields to change, with the version they were read at; status changes go through a transition. */
export type UpdateExperimentRequest = Partial<
  Omit<CreateExperimentRequest, 'status' | 'key'>
> & {
  version: number;
};

export interface TransitionExperimentRequest {
  to: ExperimentStatus;
  note: string;
  /** Required when moving to `decided`. */
  decision?: ExperimentDecision;
  version: number;
}

/** How a change of status came out: the experiment as it now is, and the history entry. */
export interface TransitionExperimentResponse {
  experiment: Experiment;
  transition: ExperimentTransition;
}
