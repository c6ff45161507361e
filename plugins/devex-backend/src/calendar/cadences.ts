import { Config } from '@backstage/config';
import {
  Cadence,
  CADENCE_TYPES,
  CadenceType,
} from '@devex-governance/backstage-plugin-devex-common';
import { RRule } from 'rrule';
import { readTimeZone } from '../time/clock';
import {
  holidayCalendar,
  HolidaySettings,
  readHolidaySettings,
} from './holidays';
import { WorkingCalendar } from './workingDays';

/** Everything the calendar is computed from. */
export interface CalendarSettings {
  timeZone: string;
  /** The entity whose dependents see every cadence; absent: an entity sees its owners' cadences. */
  governanceEntityRef?: string;
  workingCalendar: WorkingCalendar;
  /** Where `workingCalendar.holidays` come from (`devex.calendar.holidays`). */
  holidays: HolidaySettings;
  verification: { cadenceDays: number; frameworks: string[] };
  forum: { framework: string };
  cadences: Cadence[];
}

/**
 * The review cadence: meeting days and times are defaults to adjust. Participants and runbook
 * links are the organisation's, so none ship here: `devex.calendar.cadences` adds them by id.
 */
export function defaultCadences(timeZone: string): Cadence[] {
  const base = {
    timeZone,
    durationMinutes: 60,
    participants: [],
    inputs: [],
    outputs: [],
    agenda: [],
  };
  return [
    {
      ...base,
      id: 'quarterly-forum',
      type: 'quarterly_forum',
      title: 'Quarterly DevEx governance forum',
      startTime: '10:00',
      durationMinutes: 120,
      workingDaysBeforeWindowClose: 5,
      agenda: [
        'SPACE/DORA metrics review',
        'Experiment status',
        'Backlog reprioritisation',
        'Risk assessment',
      ],
      inputs: [
        'Metrics dashboard',
        'Experiment retros',
        'Next_Steps quality gates',
        'Compliance evidence refresh',
      ],
      outputs: [
        'Updated experiment backlog',
        'Action items with owners and dates',
        'Roadmap adjustments',
        'Risk register updates',
      ],
    },
    {
      ...base,
      id: 'monthly-sync',
      type: 'monthly_sync',
      title: 'Monthly DevEx sync',
      rrule: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1',
      startTime: '10:00',
      agenda: [
        'Track active experiments',
        'Unblock platform automation work',
        'Surface telemetry anomalies',
      ],
      inputs: [
        'Experiment scorecards',
        'Pipeline health (Prefect runs)',
        'SBOM/provenance distribution metrics',
      ],
      outputs: [
        'Feature flag adjustments',
        'Escalated infrastructure dependencies',
        'IDP backlog updates',
      ],
    },
    {
      ...base,
      id: 'pulse-survey',
      type: 'pulse_survey',
      title: 'DevEx pulse survey',
      rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1',
      agenda: ['5 Likert questions and one free-text question'],
      outputs: ['SPACE satisfaction score'],
    },
    {
      ...base,
      id: 'metrics-digest',
      type: 'metrics_digest',
      title: 'Metrics digest',
      rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      inputs: ['Grafana dashboards', 'Four Keys dashboard'],
      outputs: ['Digest with links to the dashboards'],
    },
    {
      ...base,
      id: 'runbook-update',
      type: 'runbook_update',
      title: 'Runbook updates',
      rrule: 'FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1',
      outputs: ['docs/metrics/devex-audit.md updated and cross-linked'],
    },
    {
      ...base,
      id: 'compliance-verification',
      type: 'compliance_verification',
      title: 'Compliance verification window closes',
      durationMinutes: 0,
      agenda: ['Run the verification for the framework and record it'],
      outputs: ['Verification run with findings'],
    },
    {
      ...base,
      id: 'steering-committee',
      type: 'steering_committee',
      title: 'Platform steering committee',
      rrule: 'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2',
      startTime: '14:00',
      agenda: ['Escalated blockers', 'Roadmap and funding decisions'],
      outputs: ['Decisions on escalations'],
    },
  ];
}

function readCadence(
  c: Config,
  timeZone: string,
  defaults: Map<string, Cadence>,
): Cadence {
  const id = c.getString('id');
  const fallback = defaults.get(id);
  const type = (c.getOptionalString('type') ?? fallback?.type) as CadenceType;
  if (!CADENCE_TYPES.includes(type)) {
    throw new Error(
      `devex.calendar.cadences: ${id} has type ${type}; use one of ${CADENCE_TYPES.join(
        ', ',
      )}`,
    );
  }
  const rrule = c.getOptionalString('rrule') ?? fallback?.rrule;
  if (rrule) {
    try {
      RRule.parseString(rrule);
    } catch (e) {
      throw new Error(
        `devex.calendar.cadences: ${id} has an invalid rrule ${rrule}: ${
          (e as Error).message
        }`,
      );
    }
  }
  const list = (key: string, dflt: string[] = []) =>
    c.getOptionalStringArray(key) ?? dflt;
  return {
    id,
    type,
    title: c.getOptionalString('title') ?? fallback?.title ?? id,
    rrule,
    startTime: c.getOptionalString('startTime') ?? fallback?.startTime,
    durationMinutes:
      c.getOptionalNumber('durationMinutes') ?? fallback?.durationMinutes ?? 60,
    timeZone: c.getOptionalString('timeZone') ?? fallback?.timeZone ?? timeZone,
    participants: list('participants', fallback?.participants),
    agenda: list('agenda', fallback?.agenda),
    inputs: list('inputs', fallback?.inputs),
    outputs: list('outputs', fallback?.outputs),
    runbookUrl: c.getOptionalString('runbookUrl') ?? fallback?.runbookUrl,
    workingDaysBeforeWindowClose:
      c.getOptionalNumber('workingDaysBeforeWindowClose') ??
      fallback?.workingDaysBeforeWindowClose,
  };
}

function readWeekendDays(cal?: Config): number[] {
  const raw = cal?.getOptional<number[]>('weekendDays');
  if (raw === undefined) return [6, 7];
  if (
    !Array.isArray(raw) ||
    raw.some(d => !Number.isInteger(d) || d < 1 || d > 7)
  ) {
    throw new Error(
      'devex.calendar.weekendDays must list ISO weekdays, 1 (Monday) to 7 (Sunday)',
    );
  }
  return raw;
}

/** Calendar settings from `devex.calendar`, with the process's defaults; cadences merge by id. */
export function readCalendarSettings(config: Config): CalendarSettings {
  const cal = config.getOptionalConfig('devex.calendar');
  const timeZone = readTimeZone(config);
  const holidays = readHolidaySettings(config);
  const defaults = defaultCadences(timeZone);
  const byId = new Map(defaults.map(c => [c.id, c]));
  for (const c of cal?.getOptionalConfigArray('cadences') ?? []) {
    const cadence = readCadence(c, timeZone, byId);
    byId.set(cadence.id, cadence);
  }
  // two international standards by default; an organisation lists its own (the demo adds POPIA)
  const frameworks = cal?.getOptionalStringArray('verification.frameworks') ?? [
    'ISO 27001',
    'SOC 2',
  ];
  return {
    timeZone,
    governanceEntityRef: cal
      ?.getOptionalString('governanceEntityRef')
      ?.toLocaleLowerCase('en-US'),
    workingCalendar: {
      timeZone,
      weekendDays: readWeekendDays(cal),
      holidays: holidayCalendar(holidays),
    },
    holidays,
    verification: {
      cadenceDays: cal?.getOptionalNumber('verification.cadenceDays') ?? 90,
      frameworks,
    },
    forum: {
      framework: cal?.getOptionalString('forum.framework') ?? frameworks[0],
    },
    cadences: [...byId.values()],
  };
}
