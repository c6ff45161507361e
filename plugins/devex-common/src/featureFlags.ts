import { WireSchemas } from './wire';

/** A feature flag's state as decided: `on`, `off` or a rollout percentage such as `25%`. */
export type FlagState = WireSchemas['FlagState'];
/** A decision on an experiment's feature flag in one environment, with its drift. */
export type FlagDecision = WireSchemas['FlagDecision'];
/** What the drift check last read from the flag services for a decision. */
export type FlagLiveState = WireSchemas['FlagLiveState'];
export type RecordFlagDecisionRequest =
  WireSchemas['RecordFlagDecisionRequest'];

/** Whether `value` is a state a decision may name: on, off or 1% to 99%. */
export function isFlagState(value: string): value is FlagState {
  return /^(on|off|[1-9][0-9]?%)$/.test(value);
}
