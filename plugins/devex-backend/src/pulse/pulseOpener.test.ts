import { Knex } from 'knex';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';

jest.setTimeout(60_000);

const OPENER = 'devex-open-pulse-campaign';

describe('the scheduled pulse opener', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    // One database for the file's cases, emptied of campaigns before each.
    let knex: Knex;
    beforeAll(async () => {
      knex = await databases.init(databaseId);
    });
    beforeEach(async () => {
      if (await knex.schema.hasTable('devex_pulse_campaigns')) {
        await knex('devex_pulse_campaigns').delete();
      }
    });

    /** Two replicas on one database run the opener at the same instant, twice each. */
    async function periodsOpenedAt(now: string, timeZone: string) {
      const replica = () =>
        startDevexBackend(knex, {
          now,
          config: { devex: { timeZone } },
          runTasksOnStartup: false,
        });
      const [a, b] = [await replica(), await replica()];
      await Promise.all([
        a.runTask(OPENER),
        b.runTask(OPENER),
        a.runTask(OPENER),
        b.runTask(OPENER),
      ]);
      return (
        await knex('devex_pulse_campaigns').select(
          'period',
          'title',
          'opens_at',
        )
      ).map(r => `${r.period} ${r.title}`);
    }

    it.each([
      // zone ahead of UTC: 07:00 on Tuesday 1 December in Johannesburg is 05:00 UTC
      [
        '2026-12-01T05:00:00Z',
        'Africa/Johannesburg',
        ['2026-12 DevEx pulse December 2026'],
      ],
      // ten minutes past local midnight, still 30 November in UTC
      [
        '2026-11-30T22:10:00Z',
        'Africa/Johannesburg',
        ['2026-12 DevEx pulse December 2026'],
      ],
      // zone behind UTC: 00:30 on 1 December in Los Angeles
      [
        '2026-12-01T08:30:00Z',
        'America/Los_Angeles',
        ['2026-12 DevEx pulse December 2026'],
      ],
      // a year end, thirteen hours ahead: Friday 1 January 2027 in Auckland
      [
        '2026-12-31T11:30:00Z',
        'Pacific/Auckland',
        ['2027-01 DevEx pulse January 2027'],
      ],
    ])(
      "opens the month's campaign once at %s in %s",
      async (now, zone, expected) => {
        expect(await periodsOpenedAt(now, zone)).toEqual(expected);
      },
    );

    it.each([
      // 23:30 on 30 November in Johannesburg: December's pulse date has not come there yet
      ['2026-11-30T21:30:00Z', 'Africa/Johannesburg'],
      // 23:30 on 30 November in Los Angeles, already 1 December in UTC
      ['2026-12-01T07:30:00Z', 'America/Los_Angeles'],
    ])(
      "does not open December's campaign at %s in %s, before the local pulse date",
      async (now, zone) => {
        expect(await periodsOpenedAt(now, zone)).not.toContainEqual(
          expect.stringMatching(/^2026-12/),
        );
      },
    );
  });
});
