import { EvidenceRecord, RemediationItem } from '@internal/backstage-plugin-devex-common';

const evidenceEntity = 'component:default/compliance-evidence';

/** The 15 remediation items of the Hotpass remediation backlog, due dates as days from first start. */
export const demoRemediationItems: Array<Omit<RemediationItem, 'dueDate' | 'sourceLocation'> & { dueInDays: number }> = [
  ['POPIA-001', 'POPIA', 'Automate consent validation', 'high', 'group:default/compliance', -3, 'completed', ['data/logs/prefect/', 'consent-blocker unit tests']],
  ['POPIA-002', 'POPIA', 'Enrichment minimisation checklists', 'medium', 'group:default/compliance', 4, 'open', ['approved checklist template']],
  ['POPIA-003', 'POPIA', 'DSAR tracking with SLA clocks', 'high', 'group:default/compliance', 11, 'open', ['DSAR runbook', 'data/compliance/dsar/']],
  ['POPIA-004', 'POPIA', 'POPIA steps in the incident playbook', 'medium', 'group:default/security', 4, 'open', ['playbook revision']],
  ['POPIA-005', 'POPIA', 'Transfer controls for exports', 'medium', 'group:default/platform-eng', 18, 'open', ['config updates', 'logging screenshots']],
  ['ISO27001-001', 'ISO 27001', 'Quarterly policy approval cycle', 'medium', 'group:default/compliance', -10, 'open', ['signed approval log']],
  ['ISO27001-002', 'ISO 27001', 'Asset register', 'high', 'group:default/security', 4, 'completed', ['data/inventory/asset-register.yaml']],
  ['ISO27001-003', 'ISO 27001', 'Append-only ops log for config and deployment changes', 'medium', 'group:default/platform-eng', -3, 'open', []],
  ['ISO27001-004', 'ISO 27001', 'Supplier risk register', 'high', 'group:default/security', 11, 'open', ['docs/governance/supplier-register.md']],
  ['ISO27001-005', 'ISO 27001', 'Biannual legal review', 'medium', 'group:default/compliance', 18, 'open', []],
  ['SOC2-001', 'SOC 2', 'Operator code of conduct and acknowledgement', 'medium', 'group:default/compliance', -10, 'open', []],
  ['SOC2-002', 'SOC 2', 'Living risk register', 'high', 'group:default/security', -3, 'completed', ['docs/security/risk-register.md']],
  ['SOC2-003', 'SOC 2', 'Richer change records in the PR template', 'medium', 'group:default/platform-eng', 4, 'open', []],
  ['SOC2-004', 'SOC 2', 'Alert thresholds and runbooks', 'medium', 'group:default/devops', 4, 'open', []],
  ['SOC2-005', 'SOC 2', 'Confidentiality controls for exports', 'high', 'group:default/platform-eng', 18, 'open', ['dist/logs/access/', 'architecture diagram']],
].map(([id, framework, title, riskLevel, owner, dueInDays, status, expectedEvidence]) => ({
  id: id as string,
  framework: framework as string,
  title: title as string,
  riskLevel: riskLevel as RemediationItem['riskLevel'],
  owner: owner as string,
  dueInDays: dueInDays as number,
  status: status as RemediationItem['status'],
  expectedEvidence: expectedEvidence as string[],
  // export controls belong to the platform, the rest to the evidence programme
  entityRef: String(id).startsWith('SOC2-005') || String(id).startsWith('POPIA-005') ? 'component:default/hotpass' : evidenceEntity,
}));

/** The evidence catalog's 10 rows; `collectedInDays` is relative to first start (null: never collected). */
export const demoEvidence: Array<Omit<EvidenceRecord, 'collectedAt'> & { collectedInDays: number | null }> = [
  { id: 'ev-qa-history', title: 'QA command history', source: 'QA command history', location: 'Next_Steps.md + process-data.yml logs', owner: 'group:default/platform-eng', retentionDays: 365, collection: 'manual', collectedInDays: -20, remediationIds: [], url: null },
  { id: 'ev-prefect-logs', title: 'Prefect flow run logs', source: 'Prefect flow run logs', location: 'Prefect Orion API (refinement_pipeline_flow)', owner: 'group:default/platform-eng', retentionDays: 365, collection: 'automated', collectedInDays: -1, remediationIds: ['POPIA-001'], url: null },
  { id: 'ev-threat-model', title: 'Threat model', source: 'Threat model', location: 'docs/security/threat-model.md', owner: 'group:default/security', retentionDays: null, collection: 'manual', collectedInDays: -40, remediationIds: ['ISO27001-002', 'SOC2-002'], url: 'https://github.com/IAmJonoBo/Hotpass/blob/main/docs/security/threat-model.md' },
  { id: 'ev-arch-diagrams', title: 'Architecture diagrams', source: 'Architecture diagrams', location: 'docs/architecture/hotpass-architecture.dsl', owner: 'group:default/platform-eng', retentionDays: null, collection: 'manual', collectedInDays: -60, remediationIds: [], url: null },
  { id: 'ev-metrics-dashboards', title: 'Metrics dashboards', source: 'Four Keys / SPACE exports', location: 'planned', owner: 'group:default/platform-eng', retentionDays: null, collection: 'automated', collectedInDays: null, remediationIds: [], url: null },
  { id: 'ev-dsar', title: 'DSAR runbook and logs', source: 'DSAR runbook & logs', location: 'data/compliance/dsar/', owner: 'group:default/compliance', retentionDays: 365, collection: 'manual', collectedInDays: -400, remediationIds: ['POPIA-003'], url: null },
  { id: 'ev-supplier-register', title: 'Supplier risk register', source: 'Supplier risk register', location: 'docs/governance/supplier-risk-register.md', owner: 'group:default/security', retentionDays: null, collection: 'manual', collectedInDays: -30, remediationIds: ['ISO27001-004'], url: null },
  { id: 'ev-incident-playbook', title: 'Incident response playbook', source: 'Incident response playbook', location: 'docs/security/threat-model.md (+ future guide)', owner: 'group:default/security', retentionDays: null, collection: 'manual', collectedInDays: -50, remediationIds: ['POPIA-004'], url: null },
  { id: 'ev-export-access-logs', title: 'Data export access logs', source: 'Data export access logs', location: 'dist/logs/access/', owner: 'group:default/platform-eng', retentionDays: 365, collection: 'automated', collectedInDays: -1, remediationIds: ['SOC2-005', 'POPIA-005'], url: null },
  { id: 'ev-acquisition-telemetry', title: 'Acquisition telemetry and provider policy', source: 'Acquisition telemetry + provider policy', location: 'policy/acquisition/providers.json + OTEL acquisition.* spans', owner: 'group:default/platform-eng', retentionDays: null, collection: 'automated', collectedInDays: -2, remediationIds: ['SOC2-004'], url: null },
];
