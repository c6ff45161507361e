import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

/** A task's schedule at `key` (a scheduler definition), or `fallback` when not configured. */
export const scheduleAt = (
  config: Config,
  key: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition =>
  config.has(key)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(key),
      )
    : fallback;

/** A number at `key` from `min` to `max`, or `fallback`; anything else refuses to start. */
export function numberIn(
  config: Config,
  key: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!(value >= min && value <= max)) {
    throw new Error(
      `${key} must be a number from ${min} to ${max}, got ${value}`,
    );
  }
  return value;
}

/** A whole number of days at `key` from 1 to `max`, or `fallback`; anything else refuses to start. */
export function wholeDaysIn(
  config: Config,
  key: string,
  fallback: number,
  max: number,
): number {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(
      `${key} must be a whole number of days from 1 to ${max}, got ${value}`,
    );
  }
  return value;
}
