import { Config } from '@backstage/config';
import { DevexClock } from '@devex-governance/backstage-plugin-devex-node';
import { DateTime, IANAZone } from 'luxon';

/** The current time in the plugin's time zone; every date rule of the plugin reads it. */
export type Clock = () => DateTime;

/** The zone when `devex.timeZone` is not set: the same everywhere, whatever the machine's zone. */
export const DEFAULT_TIME_ZONE = 'UTC';

/**
 * The one time zone of the plugin (`devex.timeZone`; `devex.calendar.timeZone` is read where the
 * former is absent, as earlier releases did). "Today", month and quarter boundaries, the pulse
 * opener, the digest day and deadlines are all reckoned in it.
 */
export function readTimeZone(config: Config): string {
  const key = config.has('devex.timeZone')
    ? 'devex.timeZone'
    : 'devex.calendar.timeZone';
  const zone = config.getOptionalString(key) ?? DEFAULT_TIME_ZONE;
  if (!IANAZone.isValidZone(zone)) {
    throw new Error(
      `${key} must be an IANA time zone such as Europe/Berlin, not '${zone}'`,
    );
  }
  return zone;
}

/** The DevEx clock read in a zone: `now.startOf('month')` is midnight on the 1st there. */
export function zonedClock(clock: DevexClock, timeZone: string): Clock {
  return () => DateTime.fromJSDate(clock.now(), { zone: timeZone });
}
