import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import request from 'supertest';
import { readDevexConfig } from '../config';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import { EVIDENCE_SYNC_TASK_ID } from './SyncService';
import { isTrustedEvidenceSource } from './trustedEvidenceSources';

jest.setTimeout(120_000);

const evidenceEntity = (
  name: string,
  kind: string,
  owner: string,
  remediationIds: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: {
    name,
    namespace: 'default',
    annotations: {
      'devex.io/remediation-ids': remediationIds,
      'devex.io/evidence-collection': 'automated',
    },
  },
  spec: { type: 'evidence', owner },
});

// the compliance team's evidence export, and an entity anyone could have registered
const entities = [
  evidenceEntity('dsar-logs', 'Resource', 'compliance', 'POPIA-003'),
  evidenceEntity('my-side-project', 'Component', 'guest', 'POPIA-004'),
];

const items = ['POPIA-003', 'POPIA-004'].map(id => ({
  id,
  framework: 'POPIA',
  title: `Remediation ${id}`,
  riskLevel: 'high',
  owner: 'group:default/compliance',
  entityRef: 'component:default/compliance-evidence',
}));

describe('trusted evidence sources', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    async function ratioAfterSync(config: object) {
      const backend = await startDevexBackend(knex, {
        entities,
        config,
        runTasksOnStartup: false,
      });
      await request(backend.server)
        .post('/api/devex/remediation-items')
        .set('Authorization', mockCredentials.service.header())
        .send({ items })
        .expect(200);
      await backend.runTask(EVIDENCE_SYNC_TASK_ID);
      return (
        await request(backend.server)
          .get('/api/devex/sync/overview')
          .expect(200)
      ).body;
    }

    it("an untrusted entity's annotation does not move the ratio", async () => {
      const overview = await ratioAfterSync({});
      expect(overview.ratio).toMatchObject({
        total: 2,
        syncedAutomatically: 0,
        ratio: 0,
      });
      expect(
        overview.notSyncedAutomatically.map((s: any) => [s.item.id, s.reason]),
      ).toEqual([
        [
          'POPIA-003',
          'No evidence record names POPIA-003; not counted: catalog/resource:default/dsar-logs (not a trusted evidence source)',
        ],
        [
          'POPIA-004',
          'No evidence record names POPIA-004; not counted: catalog/component:default/my-side-project (not a trusted evidence source)',
        ],
      ]);
    });

    it("a trusted entity's annotation moves the ratio, an untrusted one's still does not", async () => {
      const overview = await ratioAfterSync({
        devex: {
          sync: {
            trustedEvidenceSources: [{ owner: 'group:default/compliance' }],
          },
        },
      });
      expect(overview.ratio).toMatchObject({
        total: 2,
        syncedAutomatically: 1,
        ratio: 0.5,
      });
      expect(
        overview.notSyncedAutomatically.map((s: any) => s.item.id),
      ).toEqual(['POPIA-004']);
    });
  });

  it('match an entity on every field a matcher gives', () => {
    const [dsar, sideProject] = entities;
    const trust = (config: object) =>
      readDevexConfig(new ConfigReader({ devex: { sync: config } })).sync
        .trustedEvidenceSources;
    const byOwner = trust({
      trustedEvidenceSources: [{ owner: 'compliance' }],
    });
    expect(byOwner).toEqual([
      {
        owner: 'group:default/compliance',
        kind: undefined,
        namespace: undefined,
      },
    ]);
    expect(isTrustedEvidenceSource(dsar, byOwner)).toBe(true);
    expect(isTrustedEvidenceSource(sideProject, byOwner)).toBe(false);
    const byKindAndOwner = trust({
      trustedEvidenceSources: [{ kind: 'Component', owner: 'compliance' }],
    });
    expect(isTrustedEvidenceSource(dsar, byKindAndOwner)).toBe(false);
    expect(isTrustedEvidenceSource(dsar, trust({}))).toBe(false);
    expect(() => trust({ trustedEvidenceSources: [{}] })).toThrow(
      'devex.sync.trustedEvidenceSources[0] must name a kind, a namespace or an owner',
    );
  });
});
