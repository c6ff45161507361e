import { Config } from '@backstage/config';
import {
  Cadence,
  CADENCE_TYPES,
  CadenceType,
} from '@internal/backstage-plugin-devex-common';
import { RRule } from 'rrule';
import { readTimeZone } from '../time/clock';
import { DEFAULT_HOLIDAYS, WorkingCalendar } from './workingDays';

const RUNBOOK = 'https://github.com/IAmJonoBo/Hotpass/blob/main/docs';

/** Everything the calendar is computed from. */
export interface CalendarSettings {
  timeZone: string;
  governanceEntityRef: string;
  workingCalendar: WorkingCalendar;
  verification: { cadenceDays: number; frameworks: string[] };
  forum: { framework: string };
  cadences: Cadence[];
}

/** The review cadence as written (docs/devex/review-loop.md); meeting days and times are defaults to adjust. */
export function defaultCadences(timeZone: string): Cadence[] {
  const base = {
    timeZone,
    durationMinutes: 60,
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
      participants: [
        'group:default/platform-eng',
        'group:default/qa',
        'group:default/compliance',
        'group:default/developer-productivity-guild',
        'user:default/dx-sponsor',
      ],
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
      runbookUrl: `${RUNBOOK}/devex/review-loop.md`,
    },
    {
      ...base,
      id: 'monthly-sync',
      type: 'monthly_sync',
      title: 'Monthly DevEx sync',
      rrule: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1',
      startTime: '10:00',
      participants: [
        'group:default/platform-eng',
        'group:default/developer-productivity-guild',
        'group:default/devops',
      ],
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
      runbookUrl: `${RUNBOOK}/devex/review-loop.md#monthly-sync`,
    },
    {
      ...base,
      id: 'pulse-survey',
      type: 'pulse_survey',
      title: 'DevEx pulse survey',
      rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1',
      participants: ['group:default/engineering'],
      agenda: ['5 Likert questions and one free-text question'],
      outputs: ['SPACE satisfaction score'],
      runbookUrl: `${RUNBOOK}/metrics/metrics-plan.md`,
    },
    {
      ...base,
      id: 'metrics-digest',
      type: 'metrics_digest',
      title: 'Metrics digest',
      rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      participants: ['group:default/engineering'],
      inputs: ['Grafana dashboards', 'Four Keys dashboard'],
      outputs: ['Digest with links to the dashboards'],
      runbookUrl: `${RUNBOOK}/metrics/metrics-plan.md`,
    },
    {
      ...base,
      id: 'runbook-update',
      type: 'runbook_update',
      title: 'Runbook updates',
      rrule: 'FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1',
      participants: ['group:default/developer-productivity-guild'],
      outputs: ['docs/metrics/devex-audit.md updated and cross-linked'],
      runbookUrl: `${RUNBOOK}/metrics/devex-audit.md`,
    },
    {
      ...base,
      id: 'compliance-verification',
      type: 'compliance_verification',
      title: 'Compliance verification window closes',
      durationMinutes: 0,
      participants: ['group:default/compliance'],
      agenda: ['Run the verification for the framework and record it'],
      outputs: ['Verification run with findings'],
      runbookUrl: `${RUNBOOK}/compliance/verification-plan.md`,
    },
    {
      ...base,
      id: 'steering-committee',
      type: 'steering_committee',
      title: 'Platform steering committee',
      rrule: 'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2',
      startTime: '14:00',
      participants: [
        'group:default/platform-steering-committee',
        'user:default/dx-sponsor',
      ],
      agenda: ['Escalated blockers', 'Roadmap and funding decisions'],
      outputs: ['Decisions on escalations'],
      runbookUrl: `${RUNBOOK}/devex/review-loop.md#escalation-path`,
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
  const defaults = defaultCadences(timeZone);
  const byId = new Map(defaults.map(c => [c.id, c]));
  for (const c of cal?.getOptionalConfigArray('cadences') ?? []) {
    const cadence = readCadence(c, timeZone, byId);
    byId.set(cadence.id, cadence);
  }
  const frameworks = cal?.getOptionalStringArray('verification.frameworks') ?? [
    'POPIA',
    'ISO 27001',
    'SOC 2',
  ];
  return {
    timeZone,
    governanceEntityRef: (
      cal?.getOptionalString('governanceEntityRef') ??
      'resource:default/hotpass-devex-governance'
    ).toLocaleLowerCase('en-US'),
    workingCalendar: {
      timeZone,
      weekendDays: readWeekendDays(cal),
      holidays: new Set(
        cal?.getOptionalStringArray('holidays') ?? DEFAULT_HOLIDAYS,
      ),
    },
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
