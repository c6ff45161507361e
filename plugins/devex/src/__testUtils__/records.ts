import {
  ActionItem,
  BacklogItem,
  Blocker,
  Experiment,
  ExperimentScorecard,
  Occurrence,
  Risk,
} from '@devex-governance/backstage-plugin-devex-common';

/** An experiment as the API returns it; override what a test is about. */
export function anExperiment(overrides: Partial<Experiment> = {}): Experiment {
  return {
    id: 'e1',
    key: 'EXP-QA-LOOP',
    title: 'Shorten the QA feedback loop',
    hypothesis: 'Caching test containers halves the median QA feedback loop',
    design: 'Two pipelines side by side for four weeks',
    owner: 'group:default/qa',
    entityRefs: ['component:default/hotpass'],
    status: 'running',
    decision: null,
    kickoffDate: '2026-11-02',
    pilotDate: null,
    endDate: null,
    vehicle: null,
    links: [],
    metrics: [],
    createdBy: 'user:default/guest',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    version: 4,
    ...overrides,
  };
}

/** A blocker as the API returns it, raised and its owners notified. */
export function aBlocker(overrides: Partial<Blocker> = {}): Blocker {
  return {
    id: 'b1',
    entityRef: 'component:default/prefect-pipelines',
    title: 'Staging access for Prefect backfills pending',
    description: 'Waiting on the platform team',
    raisedBy: 'user:default/guest',
    raisedAt: '2026-11-30T08:00:00.000Z',
    ownersNotifiedAt: '2026-11-30T08:01:00.000Z',
    notifiedOwners: ['group:default/devops'],
    notificationError: null,
    escalationDueAt: '2026-12-02T08:00:00.000Z',
    escalatedAt: null,
    escalatedTo: [],
    resolvedAt: null,
    resolvedBy: null,
    resolution: null,
    source: 'portal',
    version: 1,
    ...overrides,
  };
}

/** An action item as the API returns it. */
export function anActionItem(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'a1',
    title: 'Validate Prefect backfill guardrails in staging',
    description: 'Staging access pending',
    entityRef: 'component:default/prefect-pipelines',
    owner: 'group:default/platform-eng',
    dueDate: '2026-12-15',
    status: 'open',
    source: 'monthly_sync',
    sourceId: 'monthly-sync-2026-11',
    createdBy: 'user:default/guest',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

/** A backlog item as the API returns it. */
export function aBacklogItem(
  overrides: Partial<BacklogItem> = {},
): BacklogItem {
  return {
    id: 'i1',
    initiative: 'Golden path template for Prefect flows',
    description: '',
    entityRef: null,
    owner: 'group:default/platform-eng',
    horizon: 30,
    effort: 'M',
    dependencies: [],
    targetDate: '2026-12-17',
    status: 'in_progress',
    rank: 1,
    decision: null,
    decisionNote: null,
    createdBy: 'user:default/guest',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** A risk of the register as the API returns it. */
export function aRisk(overrides: Partial<Risk> = {}): Risk {
  return {
    id: 'r1',
    key: 'RISK-7',
    title: 'Evidence catalog drifts from the remediation backlog',
    description: '',
    entityRef: 'component:default/compliance-evidence',
    impact: 4,
    likelihood: 3,
    exposure: 12,
    owner: 'group:default/devops',
    status: 'open',
    mitigation: 'Nightly sync with alerts',
    remediationIds: ['POPIA-001'],
    actionItemIds: [],
    createdBy: 'user:default/guest',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** A governance event of the calendar as the API returns it. */
export function anOccurrence(overrides: Partial<Occurrence> = {}): Occurrence {
  return {
    id: 'monthly-sync:2026-12-01',
    cadenceId: 'monthly-sync',
    type: 'monthly_sync',
    title: 'Monthly DevEx sync',
    start: '2026-12-01T08:00:00.000Z',
    end: '2026-12-01T09:00:00.000Z',
    allDay: false,
    timeZone: 'Africa/Johannesburg',
    participants: ['group:default/platform-eng'],
    agenda: ['Active experiments', 'Surface telemetry anomalies'],
    inputs: [],
    outputs: [],
    runbookUrl: null,
    framework: null,
    record: null,
    actionItemCount: 0,
    ...overrides,
  };
}

/** A scorecard with no metrics measured yet, of an experiment built by {@link anExperiment}. */
export function aScorecard(
  experiment: Partial<Experiment> = {},
  status: ExperimentScorecard['status'] = 'no_data',
): ExperimentScorecard {
  return {
    status,
    experiment: anExperiment(experiment),
    metrics: [],
    history: [],
  };
}
