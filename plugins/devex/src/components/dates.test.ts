import { DateTime } from 'luxon';
import {
  calendarDaysUntil,
  dayAndDistance,
  formatDateTime,
  formatDay,
  formatTime,
  relativeDay,
} from './dates';
import { trendLabel } from './scorecardPresentation';

describe('dates', () => {
  const today = DateTime.fromISO('2026-12-01T23:30:00', {
    zone: 'Africa/Johannesburg',
  });

  it('writes every day one way, a plain date and an instant alike', () => {
    expect(formatDay('2026-12-17')).toBe('Dec 17, 2026');
    // 23:30 in Johannesburg is still 1 December there, already the 2nd in Tokyo
    expect(formatDay('2026-12-01T21:30:00Z', 'Africa/Johannesburg')).toBe(
      'Dec 1, 2026',
    );
    expect(formatDay('2026-12-01T21:30:00Z', 'Asia/Tokyo')).toBe('Dec 2, 2026');
  });

  it('writes a time in 24 hours with its zone', () => {
    expect(formatDateTime('2026-12-01T12:00:00Z', 'Africa/Johannesburg')).toBe(
      'Dec 1, 2026, 14:00 GMT+2',
    );
    expect(formatTime('2026-12-01T12:00:00Z', 'UTC')).toBe('12:00 UTC');
  });

  it('counts calendar days in the zone of the date beside it, whatever the hour', () => {
    expect(calendarDaysUntil('2026-12-02', today)).toBe(1);
    expect(relativeDay('2026-12-02', today)).toBe('tomorrow');
    expect(relativeDay('2026-12-01', today)).toBe('today');
    expect(relativeDay('2026-11-29', today)).toBe('2 days ago');
    expect(relativeDay('2026-12-23', today)).toBe('in 22 days');
    expect(dayAndDistance('2026-12-23', today)).toBe(
      'Dec 23, 2026 (in 22 days)',
    );
  });
});

describe('trendLabel', () => {
  it("draws the line's direction and says whether it is better", () => {
    expect(trendLabel('improving', true)).toBe('↘ improving (falling)');
    expect(trendLabel('improving', false)).toBe('↗ improving (rising)');
    expect(trendLabel('worsening', true)).toBe('↗ worsening (rising)');
    expect(trendLabel('flat', true)).toBe('→ flat');
    expect(trendLabel('unknown', false)).toBe('');
  });
});
