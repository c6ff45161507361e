import { Knex } from 'knex';
import { DateTime } from 'luxon';
import request from 'supertest';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';

jest.setTimeout(120_000);

/**
 * The plugin's date rules at the instants where they go wrong: either side of local midnight at
 * month, year and quarter ends, and around daylight-saving changes, in a zone ahead of UTC and one
 * behind it. Each case starts the backend with its clock at that instant (the start-up runs the
 * scheduled pulse opener and digest, as a fresh replica does) and checks what a user would see.
 */
const LOCAL_TIMES = [
  '2026-11-30T23:30', // month end
  '2026-12-01T00:30', // first of a month
  '2026-12-31T23:30', // year end
  '2027-01-01T00:30', // new year
  '2027-03-31T23:30', // quarter end
  '2027-04-01T00:30', // new quarter
  '2027-03-14T03:30', // just after Los Angeles springs forward
  '2027-04-04T02:30', // Auckland falls back: 02:30 comes twice
];
const ZONES = ['Pacific/Auckland', 'America/Los_Angeles'];

const cases = ZONES.flatMap(zone =>
  LOCAL_TIMES.map(local => [local, zone] as const),
);

/** The first Monday-to-Friday day of a month: the default pulse-survey date. */
const firstWeekday = (month: DateTime) => {
  let day = month.startOf('month');
  while (day.weekday > 5) day = day.plus({ days: 1 });
  return day;
};

describe('date rules at month, year and quarter ends and daylight-saving changes', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    // One database for the file's cases (a database per case exhausted PostgreSQL's connections
    // on a loaded machine); each case starts from empty tables of what it checks.
    let knex: Knex;
    beforeAll(async () => {
      knex = await databases.init(databaseId);
    });
    beforeEach(async () => {
      for (const table of [
        'devex_action_items',
        'devex_pulse_campaigns',
        'devex_digest_sends',
      ]) {
        if (await knex.schema.hasTable(table)) await knex(table).delete();
      }
    });

    it.each(cases)(
      'at %s in %s, today, overdue, the pulse, the digest and deadlines are the local ones',
      async (local, zone) => {
        const now = DateTime.fromISO(local, { zone });
        const { server } = await startDevexBackend(knex, {
          now: now.toUTC().toISO()!,
          config: {
            devex: {
              timeZone: zone,
              successMeasures: [
                { id: 'onboarding-duration', deadline: '2026-12-31' },
              ],
            },
          },
        });
        const today = now.toISODate()!;
        const yesterday = now.minus({ days: 1 }).toISODate()!;

        // overdue means due before the local today
        for (const [title, dueDate] of [
          ['due today', today],
          ['due yesterday', yesterday],
        ]) {
          await request(server)
            .post('/api/devex/action-items')
            .send({
              title,
              entityRef: 'component:default/hotpass',
              owner: 'group:default/qa',
              dueDate,
            })
            .expect(201);
        }
        const overdue = (
          await request(server)
            .get('/api/devex/action-items?overdue=true')
            .expect(200)
        ).body.items;
        expect(overdue.map((i: any) => i.title)).toEqual(['due yesterday']);

        // the pulse campaign of the local month opens from its local pulse-survey date on
        const pulseMonth =
          now >= firstWeekday(now) ? now : now.minus({ months: 1 });
        expect(await knex('devex_pulse_campaigns').pluck('period')).toEqual([
          pulseMonth.toFormat('yyyy-LL'),
        ]);
        const current = (
          await request(server).get('/api/devex/pulse/current').expect(200)
        ).body.campaign;
        expect(current.title).toBe(
          `DevEx pulse ${pulseMonth.toFormat('LLLL yyyy')}`,
        );

        // the digest goes out for the local month
        expect(await knex('devex_digest_sends').pluck('period')).toEqual([
          now.toFormat('yyyy-LL'),
        ]);

        // deadlines: a dated one counts local days, the quarterly one ends with the local quarter
        const measures = (
          await request(server).get('/api/devex/success-measures').expect(200)
        ).body.measures;
        const onboarding = measures.find(
          (m: any) => m.measure.id === 'onboarding-duration',
        );
        const days = DateTime.fromISO('2026-12-31', { zone }).diff(
          now.startOf('day'),
          'days',
        ).days;
        expect(onboarding.daysToDeadline).toBe(days + 1);
        const satisfaction = measures.find(
          (m: any) => m.measure.id === 'space-satisfaction',
        );
        expect(satisfaction.deadline).toBe(now.endOf('quarter').toISODate());
      },
    );
  });
});
