import { Config } from '@backstage/config';
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';

/** The days off besides weekends: `has` answers for a local date, `YYYY-MM-DD`. */
export interface HolidayCalendar {
  has(isoDate: string): boolean;
}

/** Where the holidays come from: a country (and state, region) of `date-holidays`, plus extra dates. */
export interface HolidaySettings {
  /** ISO 3166-1 country code, e.g. ZA; absent: no public holidays. */
  country?: string;
  /** ISO 3166-2 state code within the country, e.g. BY for Bavaria. */
  state?: string;
  /** A region within the state, as `date-holidays` names it. */
  region?: string;
  /** Further days off, `YYYY-MM-DD`. */
  extra: string[];
}

const KEY = 'devex.calendar.holidays';

function isIsoDate(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    DateTime.fromISO(value, { zone: 'UTC' }).isValid
  );
}

function readDates(dates: string[], key: string): string[] {
  const invalid = dates.filter(d => !isIsoDate(d));
  if (invalid.length) {
    throw new Error(
      `${key} must list dates as YYYY-MM-DD, got ${invalid.join(', ')}`,
    );
  }
  return dates;
}

/** Checks a code against the ones `date-holidays` knows, case-insensitively; returns its spelling. */
function knownCode(
  code: string,
  known: Record<string, string>,
  key: string,
  what: string,
): string {
  const match = Object.keys(known).find(
    k =>
      k.toLocaleUpperCase('en-US') === code.trim().toLocaleUpperCase('en-US'),
  );
  if (!match) {
    const list = Object.keys(known);
    throw new Error(
      `${key} must be ${what} known to date-holidays${
        list.length <= 60 ? ` (${list.join(', ')})` : ''
      }, got '${code}'`,
    );
  }
  return match;
}

/**
 * `devex.calendar.holidays`: `{ country, state?, region?, extra? }`, or (as earlier releases read
 * it) a list of dates, which are then the only holidays. Absent: none, so only weekends are off.
 */
export function readHolidaySettings(config: Config): HolidaySettings {
  if (!config.has(KEY)) return { extra: [] };
  const raw = config.getOptional(KEY);
  if (Array.isArray(raw)) {
    return { extra: readDates(config.getStringArray(KEY), KEY) };
  }
  const c = config.getConfig(KEY);
  const extra = readDates(
    c.getOptionalStringArray('extra') ?? [],
    `${KEY}.extra`,
  );
  const countryCode = c.getOptionalString('country');
  if (!countryCode) {
    if (c.has('state') || c.has('region')) {
      throw new Error(`${KEY} names a state or region but no country`);
    }
    return { extra };
  }
  const lookup = new Holidays();
  const country = knownCode(
    countryCode,
    lookup.getCountries() ?? {},
    `${KEY}.country`,
    'an ISO 3166-1 country code',
  );
  const stateCode = c.getOptionalString('state');
  const state =
    stateCode &&
    knownCode(
      stateCode,
      lookup.getStates(country) ?? {},
      `${KEY}.state`,
      `a state of ${country}`,
    );
  const regionCode = c.getOptionalString('region');
  if (regionCode && !state) {
    throw new Error(`${KEY}.region needs ${KEY}.state`);
  }
  const region =
    regionCode &&
    state &&
    knownCode(
      regionCode,
      lookup.getRegions(country, state) ?? {},
      `${KEY}.region`,
      `a region of ${country}-${state}`,
    );
  return {
    country,
    state: state || undefined,
    region: region || undefined,
    extra,
  };
}

/**
 * The public holidays (type `public` in `date-holidays`, substitute days included) of the
 * configured country, state and region, plus the extra dates; each year is computed on first use.
 */
export function holidayCalendar(settings: HolidaySettings): HolidayCalendar {
  const extra = new Set(settings.extra);
  const { country, state, region } = settings;
  if (!country) return extra;
  const library = new Holidays(
    { country, state, region },
    { types: ['public'] },
  );
  const years = new Map<number, Set<string>>();
  const publicIn = (year: number) => {
    let days = years.get(year);
    if (!days) {
      days = new Set(
        (library.getHolidays(year) || [])
          .filter(h => h.type === 'public')
          .flatMap(h => {
            // a holiday of several days (e.g. a new year of three) marks each of them
            const first = DateTime.fromISO(h.date.slice(0, 10), {
              zone: 'UTC',
            });
            const length = Math.max(
              1,
              Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000),
            );
            return Array.from(
              { length },
              (_, i) => first.plus({ days: i }).toISODate()!,
            );
          }),
      );
      years.set(year, days);
    }
    return days;
  };
  return {
    has: (isoDate: string) =>
      extra.has(isoDate) || publicIn(Number(isoDate.slice(0, 4))).has(isoDate),
  };
}
