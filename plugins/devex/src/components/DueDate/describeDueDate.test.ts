import { DateTime } from 'luxon';
import { describeDueDate } from './describeDueDate';

describe('describeDueDate', () => {
  const today = DateTime.fromISO('2026-11-25T15:30:00', {
    zone: 'Africa/Johannesburg',
  });

  it('counts whole calendar days ahead', () => {
    expect(describeDueDate('2026-11-28', 'open', today)).toEqual({
      day: 'Nov 28, 2026',
      distance: 'in 3 days',
      overdue: false,
    });
    expect(describeDueDate('2026-11-26', 'in_progress', today)).toEqual({
      day: 'Nov 26, 2026',
      distance: 'in 1 day',
      overdue: false,
    });
  });

  it('says due today on the day itself, whatever the hour', () => {
    expect(describeDueDate('2026-11-25', 'blocked', today)).toEqual({
      day: 'Nov 25, 2026',
      distance: 'due today',
      overdue: false,
    });
  });

  it('marks active items past their date as overdue', () => {
    expect(describeDueDate('2026-11-23', 'open', today)).toEqual({
      day: 'Nov 23, 2026',
      distance: 'overdue by 2 days',
      overdue: true,
    });
  });

  it('gives a finished item its day and no distance', () => {
    expect(describeDueDate('2026-11-23', 'done', today)).toEqual({
      day: 'Nov 23, 2026',
      distance: null,
      overdue: false,
    });
  });

  it('never calls finished items overdue', () => {
    expect(describeDueDate('2026-11-23', 'done', today).overdue).toBe(false);
    expect(describeDueDate('2026-11-23', 'cancelled', today).overdue).toBe(
      false,
    );
  });

  it('is not thrown by a daylight-saving change in between', () => {
    const beforeDst = DateTime.fromISO('2026-03-28T12:00:00', {
      zone: 'Europe/Berlin',
    });
    expect(describeDueDate('2026-03-30', 'open', beforeDst).distance).toBe(
      'in 2 days',
    );
  });
});
