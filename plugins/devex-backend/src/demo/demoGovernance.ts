import { BacklogFields } from '../backlog/BacklogStore';
import { RiskFields } from '../risks/RiskStore';

const hotpass = 'component:default/hotpass';

/** The IDP backlog (Hotpass platform enhancement backlog and 30-60-90 plan), in rank order. */
export const demoBacklog: Array<Omit<BacklogFields, 'targetDate' | 'decision' | 'decisionNote'> & { targetInDays: number | null }> = [
  { initiative: 'Secrets management standard', description: 'Vault strategy approved, migration pending (R-005).', entityRef: hotpass, owner: 'group:default/devops', horizon: 30, effort: 'L', dependencies: ['Vault namespace'], targetInDays: 14, status: 'in_progress' },
  { initiative: 'Evidence automation into Backstage resources and scorecards', description: '', entityRef: 'component:default/compliance-evidence', owner: 'group:default/compliance', horizon: 30, effort: 'L', dependencies: ['POPIA automation', 'Object storage endpoint'], targetInDays: 25, status: 'planned' },
  { initiative: 'Backstage template publishing', description: '', entityRef: hotpass, owner: 'group:default/platform-eng', horizon: 30, effort: 'M', dependencies: ['Backstage admin access', 'TechDocs pipeline credentials'], targetInDays: -3, status: 'planned' },
  { initiative: 'Self-service QA gating in the template', description: '', entityRef: hotpass, owner: 'group:default/qa', horizon: 30, effort: 'M', dependencies: ['CI workflows finalised'], targetInDays: 11, status: 'planned' },
  { initiative: 'Dashboard hardening (SSO and audit logging)', description: '', entityRef: 'component:default/hotpass-dashboard', owner: 'group:default/platform-eng', horizon: 30, effort: 'M', dependencies: [], targetInDays: null, status: 'in_progress' },
  { initiative: 'Integrate mutation testing into the Backstage template', description: 'Verified by the mutation job succeeding.', entityRef: hotpass, owner: 'group:default/platform-eng', horizon: 60, effort: 'M', dependencies: [], targetInDays: 45, status: 'proposed' },
  { initiative: 'Deploy Backstage TechDocs', description: '', entityRef: hotpass, owner: 'group:default/docs', horizon: 60, effort: 'S', dependencies: [], targetInDays: 50, status: 'proposed' },
  { initiative: 'Automate compliance evidence export', description: 'Verified by the evidence catalog updating itself.', entityRef: 'component:default/compliance-evidence', owner: 'group:default/compliance', horizon: 90, effort: 'L', dependencies: ['Evidence automation'], targetInDays: 80, status: 'proposed' },
  { initiative: 'Sigstore keyless signing', description: '', entityRef: hotpass, owner: 'group:default/security', horizon: 90, effort: 'XL', dependencies: [], targetInDays: 85, status: 'proposed' },
];

/** The risk register (Hotpass docs/governance/risk-register.md, paraphrased). */
export const demoRisks: RiskFields[] = [
  { key: 'R-001', title: 'Dashboard shared secret leaked or reused', description: '', entityRef: 'component:default/hotpass-dashboard', impact: 4, likelihood: 3, owner: 'group:default/platform-eng', status: 'in_progress', mitigation: 'SSO and audit logging (IDP backlog).', remediationIds: ['SOC2-005'], actionItemIds: [] },
  { key: 'R-002', title: 'Prefect credentials abused for malicious flows or exfiltration', description: '', entityRef: 'component:default/prefect-pipelines', impact: 5, likelihood: 2, owner: 'group:default/devops', status: 'in_progress', mitigation: 'Scoped Prefect API keys per deployment.', remediationIds: [], actionItemIds: [] },
  { key: 'R-003', title: 'Consent validation bypass leads to unlawful processing', description: '', entityRef: 'component:default/hotpass', impact: 5, likelihood: 2, owner: 'group:default/compliance', status: 'mitigated', mitigation: 'Consent checks in the refinement pipeline.', remediationIds: ['POPIA-001'], actionItemIds: [] },
  { key: 'R-004', title: 'Supply-chain compromise through unsigned Actions or dependencies', description: '', entityRef: 'component:default/hotpass', impact: 4, likelihood: 3, owner: 'group:default/devops', status: 'open', mitigation: 'Sigstore signing and pinned Actions.', remediationIds: [], actionItemIds: [] },
  { key: 'R-005', title: 'Secrets sprawl in local environments', description: '', entityRef: 'component:default/hotpass-idp-bootstrap', impact: 5, likelihood: 2, owner: 'group:default/devops', status: 'in_progress', mitigation: 'Vault migration through the bootstrap script.', remediationIds: [], actionItemIds: [] },
  { key: 'R-006', title: 'Enrichment cache holds stale or ungoverned data', description: '', entityRef: 'component:default/hotpass', impact: 3, likelihood: 3, owner: 'group:default/platform-eng', status: 'open', mitigation: '', remediationIds: [], actionItemIds: [] },
];
