import { ExperimentStatus } from '@devex-governance/backstage-plugin-devex-common';
import { ExperimentFields } from '../experiments/ExperimentStore';

/** A demo experiment: its fields, the moves it has made (days ago) and how its metrics moved. */
export interface DemoExperiment {
  fields: Omit<ExperimentFields, 'kickoffDate' | 'pilotDate' | 'endDate'> & {
    kickoffInDays?: number;
    pilotInDays?: number;
    endInDays?: number;
  };
  moves: Array<{
    to: ExperimentStatus;
    daysAgo: number;
    note: string;
    by: string;
  }>;
  /** Decisions on its feature flag (days ago); the demo has no flag service, so none is read. */
  flagDecisions?: Array<{
    environment: string;
    from: string;
    to: string;
    reason: string;
    daysAgo: number;
    by: string;
  }>;
  /** Per metric: the value `days` ago and today; daily synthetic points in between. */
  measurements: Array<{
    metricKey: string;
    from: number;
    to: number;
    days: number;
    noise: number;
  }>;
}

const repo = 'https://github.com/IAmJonoBo/Hotpass/blob/main';

/** The process's five experiments (Hotpass docs/devex/experiments.md) with synthetic measurements. */
export const demoExperiments: DemoExperiment[] = [
  {
    fields: {
      key: 'EXP-1',
      title: 'Automated environment bootstrap',
      hypothesis:
        'Scripted environment set-up cuts onboarding time by about 40%.',
      design:
        'Ship ops/idp/bootstrap.py (uv env, Prefect profile, secrets); pilot with two new engineers.',
      owner: 'group:default/platform-eng',
      entityRefs: [
        'component:default/hotpass-idp-bootstrap',
        'component:default/hotpass',
      ],
      kickoffInDays: -21,
      endInDays: 7,
      vehicle: { type: 'idp_template', ref: 'hotpass-idp-bootstrap' },
      links: [
        {
          type: 'runbook',
          url: `${repo}/docs/metrics/devex-audit.md`,
          title: 'DevEx audit runbook',
        },
        {
          type: 'dashboard',
          url: 'https://grafana.example.com/d/devex-onboarding',
          title: 'Onboarding dashboard',
        },
      ],
      metrics: [
        {
          metricKey: 'devex.onboarding_duration',
          baseline: 150,
          target: 90,
          comparator: 'lte',
        },
        {
          metricKey: 'devex.first_success_rate',
          baseline: 50,
          target: 90,
          comparator: 'gte',
        },
        {
          metricKey: 'space.satisfaction',
          baseline: 3.6,
          target: 4,
          comparator: 'gte',
        },
      ],
    },
    moves: [
      {
        to: 'planned',
        daysAgo: 35,
        note: 'Agreed in the quarterly governance forum.',
        by: 'user:default/dx-sponsor',
      },
      {
        to: 'running',
        daysAgo: 21,
        note: 'Kick-off: two new engineers onboard with the bootstrap script.',
        by: 'user:default/guest',
      },
    ],
    measurements: [
      {
        metricKey: 'devex.onboarding_duration',
        from: 150,
        to: 104,
        days: 21,
        noise: 6,
      },
      {
        metricKey: 'devex.first_success_rate',
        from: 50,
        to: 92,
        days: 21,
        noise: 4,
      },
      {
        metricKey: 'space.satisfaction',
        from: 3.6,
        to: 3.75,
        days: 21,
        noise: 0.05,
      },
    ],
  },
  {
    fields: {
      key: 'EXP-2',
      title: 'Parallel local QA',
      hypothesis:
        'Running lint, type checks and tests in parallel shortens the local QA loop by about 25%.',
      design:
        'A make target that runs the checks concurrently; compare with the sequential baseline.',
      owner: 'group:default/platform-eng',
      entityRefs: ['component:default/hotpass'],
      kickoffInDays: 5,
      vehicle: { type: 'feature_flag', ref: 'PARALLEL_QA' },
      links: [],
      metrics: [
        {
          metricKey: 'devex.qa_loop_duration',
          baseline: 28,
          target: 20,
          comparator: 'lte',
        },
        {
          metricKey: 'space.qa_first_pass_rate',
          baseline: 70,
          target: 80,
          comparator: 'gte',
        },
      ],
    },
    moves: [
      {
        to: 'planned',
        daysAgo: 10,
        note: 'Monthly sync: kick-off after the bootstrap pilot.',
        by: 'user:default/guest',
      },
    ],
    flagDecisions: [
      {
        environment: 'staging',
        from: 'off',
        to: '25%',
        reason:
          'Monthly sync: pilot parallel QA with a quarter of staging runs.',
        daysAgo: 10,
        by: 'user:default/guest',
      },
    ],
    measurements: [
      {
        metricKey: 'devex.qa_loop_duration',
        from: 29,
        to: 27,
        days: 14,
        noise: 1.5,
      },
      {
        metricKey: 'space.qa_first_pass_rate',
        from: 69,
        to: 68,
        days: 14,
        noise: 2,
      },
    ],
  },
  {
    fields: {
      key: 'EXP-3',
      title: 'Backstage golden path for Prefect flows',
      hypothesis:
        'A golden-path template removes copy-paste when creating new flows.',
      design:
        'Publish a Prefect flow and CLI wrapper template; track adoption and PR lead time.',
      owner: 'group:default/developer-productivity-guild',
      entityRefs: ['component:default/prefect-pipelines'],
      vehicle: { type: 'idp_template', ref: 'hotpass-prefect-pipeline' },
      links: [
        {
          type: 'other',
          url: `${repo}/templates/backstage/prefect-pipeline.yaml`,
          title: 'Template',
        },
      ],
      metrics: [
        {
          metricKey: 'devex.template_adoption_rate',
          baseline: null,
          target: 60,
          comparator: 'gte',
        },
        {
          metricKey: 'dora.lead_time',
          baseline: 60,
          target: 24,
          comparator: 'lte',
        },
      ],
    },
    moves: [],
    measurements: [
      { metricKey: 'dora.lead_time', from: 62, to: 58, days: 30, noise: 4 },
    ],
  },
  {
    fields: {
      key: 'EXP-4',
      title: 'Automated compliance evidence export',
      hypothesis:
        'Exporting evidence automatically saves about 2 hours of manual work per week.',
      design:
        'A Prefect flow emits an evidence bundle to object storage and updates the backlog.',
      owner: 'group:default/compliance',
      entityRefs: ['component:default/compliance-evidence'],
      links: [
        {
          type: 'runbook',
          url: `${repo}/docs/compliance/evidence-catalog.md`,
          title: 'Evidence catalog',
        },
      ],
      vehicle: null,
      metrics: [
        {
          metricKey: 'compliance.manual_effort_hours',
          baseline: 6,
          target: 4,
          comparator: 'lte',
        },
        {
          metricKey: 'compliance.evidence_freshness_sla',
          baseline: 40,
          target: 90,
          comparator: 'gte',
        },
      ],
    },
    moves: [],
    measurements: [],
  },
  {
    fields: {
      key: 'EXP-5',
      title: 'SBOM and provenance widget',
      hypothesis:
        'Showing SBOM and provenance in the dashboard shortens incident triage.',
      design: 'A dashboard widget and a simulated incident drill.',
      owner: 'group:default/security',
      entityRefs: [
        'component:default/hotpass-dashboard',
        'component:default/compliance-evidence',
      ],
      pilotInDays: 6,
      vehicle: { type: 'feature_flag', ref: 'dashboards' },
      links: [],
      metrics: [
        {
          metricKey: 'ops.incident_triage_duration',
          baseline: 90,
          target: 45,
          comparator: 'lte',
        },
        {
          metricKey: 'space.stakeholder_satisfaction',
          baseline: 3.4,
          target: 4,
          comparator: 'gte',
        },
      ],
    },
    moves: [
      {
        to: 'planned',
        daysAgo: 12,
        note: 'Pilot scheduled with Security.',
        by: 'user:default/dx-sponsor',
      },
    ],
    measurements: [
      {
        metricKey: 'ops.incident_triage_duration',
        from: 95,
        to: 88,
        days: 10,
        noise: 5,
      },
    ],
  },
];
