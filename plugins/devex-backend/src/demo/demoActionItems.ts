import { ActionItemFields } from '@devex-governance/backstage-plugin-devex-common';

/**
 * The process's real action items (Hotpass Next_Steps and upgrade report), with due dates
 * as day offsets from the moment the demo is first loaded, so the demo stays a living process.
 */
export const demoActionItems: Array<
  Omit<ActionItemFields, 'dueDate'> & { dueInDays: number; demoId: string }
> = [
  {
    demoId: 'AI-1',
    title:
      'Decide secrets management approach for registry connectors and telemetry',
    description:
      'Vault strategy approved in the risk register; record the decision in the upgrade report too.',
    entityRef: 'component:default/hotpass',
    owner: 'group:default/devops',
    dueInDays: -3,
    status: 'done',
    source: 'governance_forum',
    sourceId: 'Next_Steps.md#tasks',
  },
  {
    demoId: 'AI-2',
    title: 'Harden Streamlit dashboard auth and filesystem allowlists',
    description: '',
    entityRef: 'component:default/hotpass-dashboard',
    owner: 'group:default/platform-eng',
    dueInDays: -3,
    status: 'done',
    source: 'monthly_sync',
    sourceId: null,
  },
  {
    demoId: 'AI-3',
    title: 'Improve mutation kill rate for quality and pipeline flows',
    description: 'Mutation testing gate; see the Quality Gates checklist.',
    entityRef: 'component:default/hotpass',
    owner: 'group:default/platform-eng',
    dueInDays: 4,
    status: 'in_progress',
    source: 'monthly_sync',
    sourceId: null,
  },
  {
    demoId: 'AI-4',
    title: 'Document bootstrap execute-mode guardrails and rollback',
    description:
      'ops/idp/bootstrap.py runs in execute mode for new joiners; write down what it changes and how to undo it.',
    entityRef: 'component:default/hotpass-idp-bootstrap',
    owner: 'group:default/docs',
    dueInDays: -2,
    status: 'open',
    source: 'governance_forum',
    sourceId: 'Next_Steps.md#tasks',
  },
  {
    demoId: 'AI-5',
    title: 'Stress-test CLI progress reporting with a 10k-run fixture',
    description: '',
    entityRef: 'component:default/hotpass',
    owner: 'group:default/qa',
    dueInDays: 25,
    status: 'open',
    source: 'monthly_sync',
    sourceId: null,
  },
  {
    demoId: 'AI-6',
    title: 'Validate Prefect backfill guardrails in staging',
    description:
      'Blocked: staging access pending (roadmap "Current blockers").',
    entityRef: 'component:default/prefect-pipelines',
    owner: 'group:default/platform-eng',
    dueInDays: 41,
    status: 'blocked',
    source: 'escalation',
    sourceId: 'Next_Steps.md#risks-notes',
  },
  {
    demoId: 'AI-7',
    title: 'Benchmark HotpassConfig.merge on large payloads',
    description: 'Done: mean about 1.03 ms per merge.',
    entityRef: 'component:default/hotpass',
    owner: 'group:default/platform-eng',
    dueInDays: 51,
    status: 'done',
    source: 'manual',
    sourceId: null,
  },
  {
    demoId: 'AI-8',
    title: 'Decide provenance storage location',
    description: "Open decision in the upgrade report's unknown catalog.",
    entityRef: 'component:default/compliance-evidence',
    owner: 'group:default/security',
    dueInDays: 4,
    status: 'open',
    source: 'governance_forum',
    sourceId: 'upgrade-final-report.md#unknown-catalog',
  },
  {
    demoId: 'AI-9',
    title: 'Launch quarterly compliance verification cadence',
    description:
      'Closed by the bot baseline run; the next window must attach DSAR and supplier findings.',
    entityRef: 'resource:default/hotpass-devex-governance',
    owner: 'group:default/compliance',
    dueInDays: -40,
    status: 'done',
    source: 'governance_forum',
    sourceId: null,
  },
  {
    demoId: 'AI-10',
    title: 'Export consent logs to the evidence catalog',
    description:
      'Future verification runs need DSAR and supplier findings attached.',
    entityRef: 'resource:default/hotpass-devex-governance',
    owner: 'group:default/developer-productivity-guild',
    dueInDays: 9,
    status: 'open',
    source: 'governance_forum',
    sourceId: null,
  },
];
