/**
 * Two remediation items pushed through the API and the evidence that syncs one of them
 * automatically: POPIA-003 (compliance) has none, SOC2-005 (platform-eng) has automated evidence.
 */
export const remediationItems = [
  {
    id: 'POPIA-003',
    framework: 'POPIA',
    title: 'DSAR tracking with SLA clocks',
    riskLevel: 'high',
    owner: 'group:default/compliance',
    entityRef: 'component:default/compliance-evidence',
    expectedEvidence: ['DSAR runbook'],
  },
  {
    id: 'SOC2-005',
    framework: 'SOC 2',
    title: 'Confidentiality controls for exports',
    riskLevel: 'high',
    owner: 'group:default/platform-eng',
    entityRef: 'component:default/hotpass',
  },
];
export const automatedEvidence = {
  id: 'ev-export-access-logs',
  title: 'Data export access logs',
  source: 'Data export access logs',
  location: 'dist/logs/access/',
  owner: 'group:default/platform-eng',
  retentionDays: 365,
  collection: 'automated' as const,
  collectedAt: '2026-11-20T10:00:00Z',
  remediationIds: ['SOC2-005'],
  url: null,
};
