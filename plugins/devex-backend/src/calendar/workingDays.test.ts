import { DateTime } from 'luxon';
import { holidayCalendar } from './holidays';
import { addWorkingDays, isWorkingDay, WorkingCalendar } from './workingDays';

// configured as `devex.calendar.holidays: { country: ZA }`
const za: WorkingCalendar = {
  timeZone: 'Africa/Johannesburg',
  weekendDays: [6, 7],
  holidays: holidayCalendar({ country: 'ZA', extra: [] }),
};

describe('working days', () => {
  it('skips weekends', () => {
    const friday = DateTime.fromISO('2026-11-27T10:00', { zone: za.timeZone });
    expect(addWorkingDays(friday, 2, za).toISO()).toBe(
      '2026-12-01T10:00:00.000+02:00',
    );
    expect(isWorkingDay(friday.plus({ days: 1 }), za)).toBe(false);
  });

  it('skips holidays, backwards too', () => {
    const dec17 = DateTime.fromISO('2026-12-17T09:00', { zone: za.timeZone });
    expect(addWorkingDays(dec17, -1, za).toISODate()).toBe('2026-12-15');
    const dec24 = DateTime.fromISO('2026-12-24T09:00', { zone: za.timeZone });
    expect(addWorkingDays(dec24, 1, za).toISODate()).toBe('2026-12-28');
  });

  it('skips a public holiday moved from a Sunday to the Monday', () => {
    // Women's Day, Sunday 9 August 2026, is observed on Monday 10 August
    const friday = DateTime.fromISO('2026-08-07T09:00', { zone: za.timeZone });
    expect(addWorkingDays(friday, 1, za).toISODate()).toBe('2026-08-11');
  });

  it('skips weekends only when no holidays are configured', () => {
    const none: WorkingCalendar = {
      ...za,
      holidays: holidayCalendar({ extra: [] }),
    };
    const dec24 = DateTime.fromISO('2026-12-24T09:00', { zone: za.timeZone });
    expect(addWorkingDays(dec24, 1, none).toISODate()).toBe('2026-12-25');
  });

  it('reckons days in the calendar zone, not UTC', () => {
    // 23:30 UTC on a Friday is already Saturday in Johannesburg
    const lateFridayUtc = DateTime.fromISO('2026-11-27T23:30:00Z');
    expect(isWorkingDay(lateFridayUtc, za)).toBe(false);
  });

  it('keeps the local hour across a daylight-saving change', () => {
    const berlin: WorkingCalendar = {
      timeZone: 'Europe/Berlin',
      weekendDays: [6, 7],
      holidays: new Set(),
    };
    const beforeDst = DateTime.fromISO('2026-03-27T10:00', {
      zone: 'Europe/Berlin',
    }); // Friday, CET
    const after = addWorkingDays(beforeDst, 1, berlin); // Monday, CEST
    expect(after.toISO()).toBe('2026-03-30T10:00:00.000+02:00');
  });
});
