import { DevexClock } from '@devex-governance/backstage-plugin-devex-node';
import { DateTime } from 'luxon';

/** A DevEx clock that stands still until the test moves it. */
export function movableClock(
  start: string,
): DevexClock & { set(at: DateTime | string): void } {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set: at => {
      now = typeof at === 'string' ? new Date(at) : at.toJSDate();
    },
  };
}
