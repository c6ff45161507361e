import {
  Cadence,
  VerificationRun,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { defaultCadences } from './cadences';
import {
  forumOccurrences,
  ruleOccurrences,
  verificationOccurrences,
  verificationWindows,
} from './occurrences';
import { holidayCalendar } from './holidays';
import { WorkingCalendar } from './workingDays';

const zone = 'Africa/Johannesburg';
const cadence = (overrides: Partial<Cadence>): Cadence => ({
  id: 'c',
  type: 'monthly_sync',
  title: 'c',
  durationMinutes: 60,
  timeZone: zone,
  participants: [],
  agenda: [],
  inputs: [],
  outputs: [],
  startTime: '10:00',
  ...overrides,
});
const at = (iso: string, z = zone) => DateTime.fromISO(iso, { zone: z });
const starts = (list: { start: DateTime }[]) => list.map(o => o.start.toISO());

// configured as `devex.calendar.holidays: { country: ZA }`
const za: WorkingCalendar = {
  timeZone: zone,
  weekendDays: [6, 7],
  holidays: holidayCalendar({ country: 'ZA', extra: [] }),
};
const run = (framework: string, runAt: string): VerificationRun => ({
  id: framework,
  framework,
  runAt,
  reviewers: [],
  findings: [],
  notes: '',
  recordedBy: 'user:default/bot',
});

describe('rule occurrences', () => {
  it('puts the monthly sync on the first Tuesday at 10:00 local time', () => {
    const sync = cadence({ rrule: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1' });
    expect(
      starts(ruleOccurrences(sync, at('2026-11-01'), at('2027-02-01'))),
    ).toEqual([
      '2026-11-03T10:00:00.000+02:00',
      '2026-12-01T10:00:00.000+02:00',
      '2027-01-05T10:00:00.000+02:00',
    ]);
  });

  it('handles month ends, February included', () => {
    const digest = cadence({
      rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      startTime: undefined,
    });
    const days = ruleOccurrences(
      digest,
      at('2027-01-01'),
      at('2027-04-01'),
    ).map(o => o.start.toISODate());
    expect(days).toEqual(['2027-01-29', '2027-02-26', '2027-03-31']);
    expect(
      ruleOccurrences(digest, at('2027-01-01'), at('2027-02-01'))[0].allDay,
    ).toBe(true);
  });

  it('crosses quarter and year boundaries with a quarterly rule', () => {
    const quarterly = cadence({
      rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYDAY=WE;BYSETPOS=2',
    });
    const days = ruleOccurrences(
      quarterly,
      at('2026-08-01'),
      at('2027-05-01'),
    ).map(o => o.start.toISODate());
    expect(days).toEqual(['2026-10-14', '2027-01-13', '2027-04-14']);
  });

  it('keeps 10:00 local across a daylight-saving change', () => {
    const berlin = cadence({
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      timeZone: 'Europe/Berlin',
    });
    const list = ruleOccurrences(
      berlin,
      at('2026-03-20', 'Europe/Berlin'),
      at('2026-04-07', 'Europe/Berlin'),
    );
    expect(starts(list)).toEqual([
      '2026-03-23T10:00:00.000+01:00',
      '2026-03-30T10:00:00.000+02:00',
      '2026-04-06T10:00:00.000+02:00',
    ]);
    expect(list[1].end.diff(list[1].start, 'minutes').minutes).toBe(60);
  });

  it('gives the same instants whatever zone the range is asked in', () => {
    const sync = cadence({
      rrule: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1',
      timeZone: 'America/New_York',
    });
    const inTokyo = ruleOccurrences(
      sync,
      at('2026-11-01', 'Asia/Tokyo'),
      at('2026-12-31', 'Asia/Tokyo'),
    );
    expect(inTokyo.map(o => o.start.toUTC().toISO())).toEqual([
      '2026-11-03T15:00:00.000Z',
      '2026-12-01T15:00:00.000Z',
    ]);
  });

  it('parses every default cadence rule', () => {
    for (const c of defaultCadences(zone).filter(d => d.rrule)) {
      expect(
        ruleOccurrences(c, at('2026-11-01'), at('2027-11-01')).length,
      ).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('verification windows and the forum', () => {
  const now = at('2026-11-25T09:00');
  const forum = cadence({
    id: 'quarterly-forum',
    type: 'quarterly_forum',
    workingDaysBeforeWindowClose: 5,
  });

  it('closes a window 90 days after the last run and flags it when overdue', () => {
    const [popia, soc2] = verificationWindows({
      frameworks: ['POPIA', 'SOC 2'],
      cadenceDays: 90,
      latestRuns: new Map([
        ['POPIA', run('POPIA', '2026-10-01T08:00:00Z')],
        ['SOC 2', run('SOC 2', '2026-08-01T08:00:00Z')],
      ]),
      now,
    });
    expect(popia).toMatchObject({
      closesAt: '2026-12-30T08:00:00.000Z',
      overdue: false,
      daysLeft: 35,
    });
    expect(soc2).toMatchObject({
      closesAt: '2026-10-30T08:00:00.000Z',
      overdue: true,
    });
    const [never] = verificationWindows({
      frameworks: ['ISO 27001'],
      cadenceDays: 90,
      latestRuns: new Map(),
      now,
    });
    expect(never).toMatchObject({ lastRun: null, overdue: true, daysLeft: 0 });
  });

  it('holds the forum five working days before the window closes, skipping weekends and holidays', () => {
    const [window] = verificationWindows({
      frameworks: ['POPIA'],
      cadenceDays: 90,
      latestRuns: new Map([['POPIA', run('POPIA', '2026-10-01T08:00:00Z')]]),
      now,
    });
    // closes Wed 2026-12-30; five working days back skips 25 Dec and the weekend
    const [next] = forumOccurrences(
      forum,
      window,
      za,
      now,
      now.plus({ days: 60 }),
    );
    expect(next.start.toISO()).toBe('2026-12-22T10:00:00.000+02:00');
    expect(next.framework).toBe('POPIA');
  });

  it('moves the forum when a new verification run moves the window', () => {
    const windowAfterRun = (runAt: string) =>
      verificationWindows({
        frameworks: ['POPIA'],
        cadenceDays: 90,
        latestRuns: new Map([['POPIA', run('POPIA', runAt)]]),
        now,
      })[0];
    const before = forumOccurrences(
      forum,
      windowAfterRun('2026-10-01T08:00:00Z'),
      za,
      now,
      now.plus({ days: 200 }),
    );
    const after = forumOccurrences(
      forum,
      windowAfterRun('2026-11-20T08:00:00Z'),
      za,
      now,
      now.plus({ days: 200 }),
    );
    // the March window closes Tue 2027-03-30: back past Family Day, Good Friday and 22 March
    expect(before.map(o => o.start.toISODate())).toEqual([
      '2026-12-22',
      '2027-03-18',
    ]);
    expect(after.map(o => o.start.toISODate())).toEqual([
      '2027-02-11',
      '2027-05-12',
    ]);
  });

  it('lists each framework window closing as an all-day event', () => {
    const windows = verificationWindows({
      frameworks: ['POPIA', 'ISO 27001'],
      cadenceDays: 90,
      latestRuns: new Map([
        ['POPIA', run('POPIA', '2026-10-01T08:00:00Z')],
        ['ISO 27001', run('ISO 27001', '2026-10-10T08:00:00Z')],
      ]),
      now,
    });
    const closing = verificationOccurrences(
      cadence({
        id: 'compliance-verification',
        type: 'compliance_verification',
      }),
      windows,
      now,
      now.plus({ days: 60 }),
    );
    expect(closing.map(o => [o.id, o.allDay])).toEqual([
      ['compliance-verification:popia:2026-12-30', true],
      ['compliance-verification:iso-27001:2027-01-08', true],
    ]);
  });
});
