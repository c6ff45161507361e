import { ConfigReader } from '@backstage/config';
import { JsonValue } from '@backstage/types';
import { holidayCalendar, readHolidaySettings } from './holidays';

const read = (holidays: JsonValue) =>
  readHolidaySettings(new ConfigReader({ devex: { calendar: { holidays } } }));

describe('holidays', () => {
  it('are none when not configured', () => {
    const settings = readHolidaySettings(new ConfigReader({}));
    expect(settings).toEqual({ extra: [] });
    expect(holidayCalendar(settings).has('2026-12-25')).toBe(false);
  });

  it("are a country's public holidays, in any year, plus extra dates", () => {
    const settings = read({ country: 'za', extra: ['2026-12-24'] });
    expect(settings).toEqual({ country: 'ZA', extra: ['2026-12-24'] });
    const days = holidayCalendar(settings);
    expect(days.has('2026-12-16')).toBe(true); // Day of Reconciliation
    expect(days.has('2026-08-10')).toBe(true); // Women's Day moved from the Sunday
    expect(days.has('2031-04-27')).toBe(true); // Freedom Day, years later
    expect(days.has('2026-12-24')).toBe(true); // the extra date
    expect(days.has('2026-12-23')).toBe(false);
  });

  it('count only public holidays, with those of the state', () => {
    const bavaria = holidayCalendar(read({ country: 'DE', state: 'BY' }));
    const berlin = holidayCalendar(read({ country: 'DE', state: 'BE' }));
    expect(bavaria.has('2026-01-06')).toBe(true); // Epiphany, Bavaria only
    expect(berlin.has('2026-01-06')).toBe(false);
    expect(berlin.has('2026-12-24')).toBe(false); // Christmas Eve is not a public holiday
  });

  it('read a list of dates, as earlier releases did, as the only holidays', () => {
    const settings = read(['2026-12-16']);
    expect(settings).toEqual({ extra: ['2026-12-16'] });
    expect(holidayCalendar(settings).has('2026-12-25')).toBe(false);
  });

  it('reject a country, state or date they cannot use, naming the key', () => {
    expect(() => read({ country: 'XX' })).toThrow(
      /devex\.calendar\.holidays\.country must be an ISO 3166-1 country code.*got 'XX'/,
    );
    expect(() => read({ country: 'DE', state: 'XX' })).toThrow(
      /devex\.calendar\.holidays\.state must be a state of DE/,
    );
    expect(() => read({ country: 'ZA', extra: ['24/12/2026'] })).toThrow(
      /devex\.calendar\.holidays\.extra must list dates as YYYY-MM-DD/,
    );
    expect(() => read({ state: 'BY' })).toThrow(/no country/);
  });
});
