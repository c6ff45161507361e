import { ConfigReader } from '@backstage/config';
import { readDevexConfig } from './config';

describe('readDevexConfig', () => {
  it('ships no organisation: no people, links, governance entity or holidays by default', () => {
    const config = readDevexConfig(new ConfigReader({}));
    expect(config.timeZone).toBe('UTC');
    expect(config.calendar.timeZone).toBe('UTC');
    expect(config.escalation).toMatchObject({
      steeringCommittee: undefined,
      chair: undefined,
    });
    expect(config.digest.recipients).toEqual([]);
    expect(config.calendar.governanceEntityRef).toBeUndefined();
    expect(config.calendar.holidays).toEqual({ extra: [] });
    for (const cadence of config.calendar.cadences) {
      expect(cadence.participants).toEqual([]);
      expect(cadence.runbookUrl).toBeUndefined();
    }
    expect(JSON.stringify(config)).not.toMatch(
      /hotpass|IAmJonoBo|Johannesburg|https?:|(group|user|resource):/i,
    );
  });

  it('says what is not configured and what the plugin does instead', () => {
    const { notConfigured } = readDevexConfig(new ConfigReader({}));
    expect(notConfigured.map(n => `${n.level} ${n.message}`)).toEqual([
      expect.stringMatching(/^info devex\.timeZone is not set: .* UTC$/),
      expect.stringMatching(
        /^info devex\.calendar\.holidays is not set: .* weekends only/,
      ),
      expect.stringMatching(
        /^warn devex\.escalation\.steeringCommittee and devex\.escalation\.chair are not set: .* never escalated$/,
      ),
      expect.stringMatching(
        /^info devex\.digest\.recipients is not set: .* only to the owners/,
      ),
      expect.stringMatching(
        /^info devex\.calendar\.governanceEntityRef is not set/,
      ),
      expect.stringMatching(
        /^info devex\.calendar\.cadences names no participants for quarterly-forum, monthly-sync, /,
      ),
    ]);
  });

  it('says nothing is missing once the organisation is configured', () => {
    const cadences = readDevexConfig(new ConfigReader({})).calendar.cadences;
    const { notConfigured, calendar, escalation, digest } = readDevexConfig(
      new ConfigReader({
        devex: {
          timeZone: 'Europe/Berlin',
          calendar: {
            holidays: { country: 'DE', state: 'BY' },
            governanceEntityRef: 'resource:default/governance',
            cadences: cadences.map(c => ({
              id: c.id,
              participants: ['group:default/engineering'],
            })),
          },
          escalation: { chair: 'user:default/sponsor' },
          digest: { recipients: ['group:default/engineering'] },
        },
      }),
    );
    expect(notConfigured).toEqual([]);
    expect(calendar.workingCalendar.holidays.has('2026-01-06')).toBe(true);
    expect(escalation.chair).toBe('user:default/sponsor');
    expect(digest.recipients).toEqual(['group:default/engineering']);
  });
});
