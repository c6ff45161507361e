import { SyncRatios } from './SyncRatios';
import { silentAuditor } from '../__testUtils__/silentAuditor';
import { EntityRecordAuthorizer } from '../permissions/entityRecords';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { EvidenceProvider } from '@devex-governance/backstage-plugin-devex-node';
import { DateTime } from 'luxon';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { automatedEvidence } from '../__testUtils__/remediationFixtures';
import { remediationContentHash } from './reconcile';
import { SyncService } from './SyncService';
import { syncStores } from '../__testUtils__/syncStores';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { GroupHierarchy } from '../catalog/GroupHierarchy';
import { PortalDatabaseEvidenceProvider } from './providers/evidenceProviders';

jest.setTimeout(60_000);

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'compliance-evidence',
    namespace: 'default',
    annotations: {
      'devex.io/remediation-backlog': 'https://git.example.com/backlog.yaml',
    },
  },
  spec: {},
};
const goodFile = `
- { id: POPIA-001, framework: POPIA, title: Automate consent validation, risk: High, owner: group:default/compliance, status: completed }
- { id: POPIA-002, framework: POPIA, title: Enrichment minimisation checklists, risk: Medium, owner: group:default/compliance }
- { id: SOC2-005, framework: SOC 2, title: Confidentiality controls for exports, risk: High, owner: group:default/platform-eng }
`;

describe('the evidence sync', () => {
  const databases = createDevexTestDatabases();

  async function setUp(databaseId: any) {
    const knex = await databases.migrated(databaseId);
    const store = syncStores(knex);
    const file = { text: goodFile };
    const flaky = { fail: false };
    const extra: EvidenceProvider = {
      id: 'url-index',
      listEvidence: async () => {
        if (flaky.fail) throw new Error('503 Service Unavailable');
        return [
          {
            id: 'idx-consent',
            title: 'Consent logs',
            remediationIds: ['POPIA-001'],
            location: 'data/logs/prefect/',
            collection: 'automated',
          },
        ];
      },
    };
    const sync = new SyncService({
      ...store,
      ratios: new SyncRatios({
        store: store.status,
        clock: () => DateTime.fromISO('2026-11-25T10:00:00Z'),
        target: 0.8,
        waivedCounted: false,
      }),
      // no waivers: waived items are the waivers' own tests
      waivers: { openOnRemediationItems: async () => new Map() },
      providers: [new PortalDatabaseEvidenceProvider(store.evidence), extra],
      permissions: mockServices.permissions(),
      auditor: silentAuditor(),
      // permissions of writes through the API are tested in router.test.ts; here every write may
      records: {
        authorize: async () => {},
      } as unknown as EntityRecordAuthorizer,
      catalog: catalogServiceMock({ entities: [entity] }),
      entities: new EntityCatalog(
        catalogServiceMock({ entities: [entity] }),
        mockServices.auth(),
        mockServices.permissions(),
      ),
      groups: new GroupHierarchy(
        catalogServiceMock({ entities: [] }),
        mockServices.auth(),
      ),
      auth: mockServices.auth(),
      urlReader: mockServices.urlReader.mock({
        readUrl: async () =>
          ({ buffer: async () => Buffer.from(file.text), etag: '' } as any),
      }),
      logger: mockServices.logger.mock(),
      target: 0.8,
      scheduler: mockServices.scheduler(),
      schedule: { frequency: { minutes: 30 }, timeout: { minutes: 10 } },
      clock: () => DateTime.fromISO('2026-11-25T10:00:00Z'),
    });
    await store.evidence.putEvidence({
      ...automatedEvidence,
      collectedAt: '2026-11-01T00:00:00Z',
    });
    return { knex, store, sync, file, flaky };
  }

  it.each(databases.eachSupportedId())(
    'reconciles, then skips everything unchanged on a second run, on %p',
    async databaseId => {
      const { knex, sync } = await setUp(databaseId);
      const first = await sync.run('test');
      expect(first).toMatchObject({
        total: 3,
        syncedAutomatically: 2,
        unsynced: 1,
        skipped: 0,
        errors: [],
      });
      expect(first.ratio).toBeCloseTo(2 / 3);
      const statesBefore = await knex('devex_sync_states').orderBy(
        'remediation_id',
      );

      const second = await sync.run('test');
      expect(second).toMatchObject({
        total: 3,
        syncedAutomatically: 2,
        skipped: 3,
      });
      expect(await knex('devex_sync_states').orderBy('remediation_id')).toEqual(
        statesBefore,
      );
      expect(await knex('devex_sync_runs').count({ n: '*' })).toEqual([
        { n: expect.anything() },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps what was synced when the backlog file goes bad, and says why on %p',
    async databaseId => {
      const { sync, file, store } = await setUp(databaseId);
      await sync.run('test');
      file.text =
        '- { id: POPIA-009, framework: POPIA, title: t, risk: catastrophic, owner: group:default/qa }';
      const run = await sync.run('test');
      expect(run.total).toBe(3);
      expect(run.errors).toEqual([
        'component:default/compliance-evidence: https://git.example.com/backlog.yaml item 0 (POPIA-009): riskLevel must be one of high, medium, low',
      ]);
      expect((await store.runs.sourceErrors())[0]).toMatchObject({
        entityRef: 'component:default/compliance-evidence',
        error: expect.stringMatching(/riskLevel/),
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'marks items failed when their provider fails, without stopping the others, and retries later on %p',
    async databaseId => {
      const { sync, flaky, store } = await setUp(databaseId);
      flaky.fail = true;
      const run = await sync.run('test');
      expect(run.errors).toEqual([
        'Evidence provider url-index failed: 503 Service Unavailable',
      ]);
      expect(run).toMatchObject({ syncedAutomatically: 1, failed: 2 });
      const [failed] = (
        await store.status.notSyncedAutomatically({}, 10)
      ).filter(s => s.item.id === 'POPIA-001');
      expect(failed).toMatchObject({
        state: 'failed',
        reason: 'url-index: 503 Service Unavailable',
        attempts: 1,
      });
      flaky.fail = false;
      expect(await sync.run('test')).toMatchObject({
        syncedAutomatically: 2,
        failed: 0,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'a file and the API claiming one id do not overwrite each other, on %p',
    async databaseId => {
      const { knex, sync, file, store } = await setUp(databaseId);
      const entityRef = 'component:default/compliance-evidence';
      const fileSource = `file:${entityRef}:https://git.example.com/backlog.yaml`;
      const apiSource = `api:${entityRef}`;
      const credentials = mockCredentials.service();
      const row = async (id: string) =>
        knex('devex_remediation_items')
          .where({ id })
          .first('title', 'owner_ref', 'status', 'source_key');
      await sync.run('test');
      const fileItem = await row('POPIA-002');
      expect(fileItem.source_key).toBe(fileSource);

      // the API claims an id of the file, and holds a new one
      const pushed = await sync.upsertItems(
        [
          {
            id: 'POPIA-002',
            framework: 'POPIA',
            title: 'Rewritten by the API',
            riskLevel: 'low',
            owner: 'group:default/qa',
            status: 'completed',
            entityRef,
          },
          {
            id: 'POPIA-010',
            framework: 'POPIA',
            title: 'Pushed through the API',
            riskLevel: 'low',
            owner: 'group:default/qa',
            entityRef,
          },
        ],
        credentials,
      );
      expect(pushed).toMatchObject({
        written: 1,
        conflicts: [
          { id: 'POPIA-002', heldBy: fileSource, claimedBy: apiSource },
        ],
      });
      expect(await row('POPIA-002')).toEqual(fileItem);

      // the file then claims the API's id: the API keeps it, run after run
      file.text = `${goodFile}- { id: POPIA-010, framework: POPIA, title: From the file, risk: High, owner: group:default/compliance }\n`;
      await sync.run('test');
      await sync.run('test');
      expect(await row('POPIA-010')).toMatchObject({
        title: 'Pushed through the API',
        owner_ref: 'group:default/qa',
        source_key: apiSource,
      });
      expect(await row('POPIA-002')).toEqual(fileItem);
      const conflicts = await store.items.conflicts({ entityRef }, 10);
      expect(conflicts.map(c => [c.id, c.heldBy, c.claimedBy]).sort()).toEqual([
        ['POPIA-002', fileSource, apiSource],
        ['POPIA-010', apiSource, fileSource],
      ]);

      // the file drops the id: its claim is settled, the API's claim stays
      file.text = goodFile;
      await sync.run('test');
      expect(
        (await store.items.conflicts({ entityRef }, 10)).map(c => c.id),
      ).toEqual(['POPIA-002']);
    },
  );

  it('hashes item content stably', () => {
    const i = {
      id: 'A-1',
      framework: 'F',
      title: 't',
      riskLevel: 'low' as const,
      owner: 'group:default/qa',
      dueDate: null,
      status: 'open' as const,
      expectedEvidence: [],
      entityRef: 'component:default/c',
      sourceLocation: null,
    };
    expect(remediationContentHash(i)).toBe(remediationContentHash({ ...i }));
    expect(remediationContentHash(i)).not.toBe(
      remediationContentHash({ ...i, title: 'u' }),
    );
  });
});
