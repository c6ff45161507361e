import { mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';

jest.setTimeout(120_000);

const group = (
  name: string,
  spec: { parent?: string; children?: string[] },
) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [], ...spec },
});
const component = (name: string, owner: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { owner },
  relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
});
// engineering > platform (> platform-data, by spec.parent only) and qa; sales stands apart
const entities = [
  group('engineering', { children: ['platform', 'qa'] }),
  group('platform', { parent: 'engineering' }),
  group('platform-data', { parent: 'platform' }),
  group('qa', { parent: 'engineering' }),
  group('sales', {}),
  component('hotpass', 'platform'),
  component('lakehouse', 'platform-data'),
  component('qa-suite', 'qa'),
  component('crm', 'sales'),
];

describe('roll-ups through nested groups', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it("count a group's descendants in its sync ratio, portfolio, action items and experiments", async () => {
      const { server } = await startDevexBackend(knex, { entities });
      const items = [
        ['R-1', 'hotpass', 'platform'],
        ['R-2', 'lakehouse', 'platform-data'],
        ['R-3', 'lakehouse', 'platform-data'],
        ['R-4', 'qa-suite', 'qa'],
        ['R-5', 'crm', 'sales'],
      ].map(([id, entity, owner]) => ({
        id,
        framework: 'POPIA',
        title: `Remediation ${id}`,
        riskLevel: 'high',
        owner: `group:default/${owner}`,
        entityRef: `component:default/${entity}`,
      }));
      await request(server)
        .post('/api/devex/remediation-items')
        .set('Authorization', mockCredentials.service.header())
        .send({ items })
        .expect(200);

      const overview = (
        await request(server)
          .get('/api/devex/sync/overview')
          .query({ group: 'group:default/engineering' })
          .expect(200)
      ).body;
      expect(overview.ratio).toMatchObject({
        scope: { type: 'group', groupRef: 'group:default/engineering' },
        total: 4,
      });
      expect(
        overview.children.map((c: any) => [c.scope.groupRef, c.total]),
      ).toEqual([
        ['group:default/platform', 3],
        ['group:default/qa', 1],
      ]);
      const portfolio = (
        await request(server).get('/api/devex/sync/portfolio').expect(200)
      ).body;
      expect(
        Object.fromEntries(
          portfolio.groups.map((r: any) => [r.scope.groupRef, r.total]),
        ),
      ).toEqual({
        'group:default/engineering': 4,
        'group:default/platform': 3,
        'group:default/platform-data': 2,
        'group:default/qa': 1,
        'group:default/sales': 1,
      });

      for (const [entity, owner] of [
        ['lakehouse', 'platform-data'],
        ['qa-suite', 'qa'],
        ['crm', 'sales'],
      ]) {
        await request(server)
          .post('/api/devex/action-items')
          .send({
            title: `Follow up on ${entity}`,
            entityRef: `component:default/${entity}`,
            owner: `group:default/${owner}`,
            dueDate: '2026-12-20',
          })
          .expect(201);
      }
      const actionItems = (
        await request(server)
          .get('/api/devex/action-items')
          .query({ owner: 'group:default/engineering' })
          .expect(200)
      ).body.items;
      expect(actionItems.map((i: any) => i.owner).sort()).toEqual([
        'group:default/platform-data',
        'group:default/qa',
      ]);

      await request(server)
        .post('/api/devex/experiments')
        .send({
          key: 'EXP-9',
          title: 'Lakehouse test data on demand',
          hypothesis: 'Test data on demand shortens the QA loop.',
          owner: 'group:default/platform-data',
          entityRefs: ['component:default/lakehouse'],
          metrics: [
            {
              metricKey: 'devex.qa_loop_duration',
              target: 20,
              comparator: 'lte',
            },
          ],
        })
        .expect(201);
      const experiments = (
        await request(server)
          .get('/api/devex/experiments')
          .query({ owner: 'group:default/engineering' })
          .expect(200)
      ).body.items;
      expect(experiments.map((e: any) => e.key)).toEqual(['EXP-9']);
      expect(
        (
          await request(server)
            .get('/api/devex/experiments')
            .query({ owner: 'group:default/sales' })
            .expect(200)
        ).body.items,
      ).toEqual([]);
    });
  });
});
