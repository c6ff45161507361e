import { RemediationItem } from '@devex-governance/backstage-plugin-devex-common';
import { parseRemediationBacklog } from './backlogFile';
import {
  ProviderEvidence,
  reconcileItem,
  reconciliationInputHash,
} from './reconcile';

const item: RemediationItem = {
  id: 'POPIA-003',
  framework: 'POPIA',
  title: 'DSAR tracking with SLA clocks',
  riskLevel: 'high',
  owner: 'group:default/compliance',
  dueDate: '2026-12-06',
  status: 'open',
  expectedEvidence: ['DSAR runbook', 'data/compliance/dsar/'],
  entityRef: 'component:default/compliance-evidence',
  sourceLocation: null,
};
const now = new Date('2026-11-25T10:00:00Z');
const ev = (o: Partial<ProviderEvidence>): ProviderEvidence => ({
  providerId: 'portal-database',
  id: 'ev-dsar',
  title: 'DSAR runbook & logs',
  remediationIds: ['POPIA-003'],
  location: 'data/compliance/dsar/',
  collection: 'automated',
  ...o,
});

describe('reconcileItem', () => {
  it('syncs automatically with current automated evidence, and knows when it expires', () => {
    const r = reconcileItem({
      item,
      evidence: [
        ev({ collectedAt: '2026-11-20T00:00:00Z', retentionDays: 30 }),
      ],
      failedProviders: [],
      now,
    });
    expect(r.state).toBe('synced_automatically');
    expect(r.staleAt?.toISOString()).toBe('2026-12-20T00:00:00.000Z');
  });

  it('prefers automated evidence, else manual', () => {
    expect(
      reconcileItem({
        item,
        evidence: [ev({ collection: 'manual' }), ev({ id: 'b' })],
        failedProviders: [],
        now,
      }).state,
    ).toBe('synced_automatically');
    expect(
      reconcileItem({
        item,
        evidence: [ev({ collection: 'manual' })],
        failedProviders: [],
        now,
      }),
    ).toMatchObject({
      state: 'synced_manually',
      reason: 'Evidence is collected by hand, not by automation',
    });
  });

  it('is stale when all evidence is past retention', () => {
    const r = reconcileItem({
      item,
      evidence: [
        ev({ collectedAt: '2025-10-01T00:00:00Z', retentionDays: 365 }),
      ],
      failedProviders: [],
      now,
    });
    expect(r).toMatchObject({
      state: 'stale',
      reason: 'Evidence is past its retention since 2026-10-01',
    });
  });

  it('is unsynced without evidence, naming what was expected; failed when a provider could not be read', () => {
    expect(
      reconcileItem({ item, evidence: [], failedProviders: [], now }),
    ).toMatchObject({
      state: 'unsynced',
      reason:
        'No evidence record names POPIA-003; expected: DSAR runbook, data/compliance/dsar/',
    });
    expect(
      reconcileItem({
        item,
        evidence: [],
        failedProviders: [{ id: 'url-index', error: '503' }],
        now,
      }),
    ).toMatchObject({ state: 'failed', reason: 'url-index: 503' });
    // evidence from a healthy provider still decides
    expect(
      reconcileItem({
        item,
        evidence: [ev({})],
        failedProviders: [{ id: 'url-index', error: '503' }],
        now,
      }).state,
    ).toBe('synced_automatically');
  });

  it('hashes its inputs independently of evidence order', () => {
    const a = ev({ id: 'a' });
    const b = ev({ id: 'b', collection: 'manual' });
    expect(reconciliationInputHash('h', [a, b], [])).toBe(
      reconciliationInputHash('h', [b, a], []),
    );
    expect(reconciliationInputHash('h', [a], [])).not.toBe(
      reconciliationInputHash('h', [a], [{ id: 'catalog' }]),
    );
  });
});

describe('parseRemediationBacklog', () => {
  it('reads a YAML backlog', () => {
    const items = parseRemediationBacklog(
      '- { id: POPIA-002, framework: POPIA, title: Enrichment minimisation checklists, risk: Medium, owner: group:default/compliance, due: 2026-12-10 }\n',
      'https://git.example.com/backlog.yaml',
      'component:default/compliance-evidence',
    );
    expect(items).toEqual([
      expect.objectContaining({
        id: 'POPIA-002',
        riskLevel: 'medium',
        dueDate: '2026-12-10',
        status: 'open',
        sourceLocation: 'https://git.example.com/backlog.yaml',
      }),
    ]);
  });

  it('refuses a bad file whole, saying which item and field', () => {
    expect(() =>
      parseRemediationBacklog(
        'items: [{ id: X-1, framework: POPIA, title: t, risk: severe, owner: group:default/qa }]',
        'f.yaml',
        'component:default/c',
      ),
    ).toThrow(
      'f.yaml item 0 (X-1): riskLevel must be one of high, medium, low',
    );
    expect(() =>
      parseRemediationBacklog('{ not: [valid', 'f.yaml', 'component:default/c'),
    ).toThrow(/f.yaml is not valid YAML or JSON/);
    expect(() =>
      parseRemediationBacklog(
        'title: nothing',
        'f.yaml',
        'component:default/c',
      ),
    ).toThrow(/must hold a list/);
  });
});
