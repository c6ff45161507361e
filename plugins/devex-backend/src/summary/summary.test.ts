import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { devexGovernanceReadPermission } from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import request from 'supertest';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const HOTPASS = 'component:default/hotpass';

describe('GET /summary', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it("answers an entity's first view in one request, and a write through the API shows at once", async () => {
      const { server } = await startDevexBackend(knex, {
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'hotpass', namespace: 'default' },
            spec: { owner: 'group:default/platform-eng' },
            relations: [
              { type: 'ownedBy', targetRef: 'group:default/platform-eng' },
            ],
          },
        ],
      });
      const post = (path: string, body: object) =>
        request(server).post(`/api/devex${path}`).send(body).expect(201);
      await post('/action-items', {
        title: 'Overdue',
        entityRef: HOTPASS,
        owner: 'group:default/qa',
        dueDate: '2026-11-01',
      });
      await post('/action-items', {
        title: 'Later',
        entityRef: HOTPASS,
        owner: 'group:default/qa',
        dueDate: '2027-01-10',
      });
      const experiment = (
        await post('/experiments', {
          key: 'EXP-1',
          title: 'Cache the QA suite',
          hypothesis: 'h',
          owner: 'group:default/qa',
          entityRefs: [HOTPASS],
        })
      ).body;
      await request(server)
        .post(`/api/devex/experiments/${experiment.id}/transitions`)
        .send({ to: 'planned', note: 'go', version: experiment.version })
        .expect(201);
      await post('/blockers', { entityRef: HOTPASS, title: 'Staging access' });
      await post('/risks', {
        key: 'R-1',
        title: 'Flaky suite',
        impact: 4,
        likelihood: 4,
        owner: 'group:default/qa',
        entityRef: HOTPASS,
      });
      const summary = async (query: object = { entityRef: HOTPASS }) =>
        (
          await request(server)
            .get('/api/devex/summary')
            .query(query)
            .expect(200)
        ).body;
      const first = await summary();
      expect(first).toMatchObject({
        entityRef: HOTPASS,
        experiments: { active: 1, hasMore: false },
        actionItems: { open: 2, overdue: 1 },
        sync: { scope: { type: 'entity', entityRef: HOTPASS }, total: 0 },
        blockers: { open: 1 },
        risks: { open: 1, high: 1 },
        pulse: { answered: false },
      });
      expect(first.actionItems.items.map((i: any) => i.title)).toEqual([
        'Overdue',
        'Later',
      ]);
      expect(first.experiments.scorecards[0].experiment.key).toBe('EXP-1');
      expect(Array.isArray(first.measures)).toBe(true);
      expect(Array.isArray(first.nextEvents)).toBe(true);

      await post('/action-items', {
        title: 'New',
        entityRef: HOTPASS,
        owner: 'group:default/qa',
        dueDate: '2026-12-20',
      });
      expect((await summary()).actionItems.open).toBe(3);
      // the portal's first view: the same sections, portal-wide
      expect(await summary({})).toMatchObject({
        entityRef: null,
        actionItems: { open: 3, overdue: 1 },
        sync: { scope: { type: 'portal' } },
      });
    });

    it('leaves out the sections the caller may not read, and answers 404 for an entity the catalog hides', async () => {
      const { server } = await startDevexBackend(knex, {
        permissions: {
          authorize: async (requests: any[]) =>
            requests.map(r => ({
              result:
                r.permission.name === devexGovernanceReadPermission.name
                  ? AuthorizeResult.DENY
                  : AuthorizeResult.ALLOW,
            })),
        },
        hiddenEntities: { 'user:default/olga': [HOTPASS] },
      });
      const partialResponse = await request(server)
        .get('/api/devex/summary')
        .query({ entityRef: HOTPASS });
      expect(partialResponse.body.error?.message).toBeUndefined();
      const partial = partialResponse.body;
      expect(partial).toMatchObject({
        sync: null,
        blockers: null,
        risks: null,
        measures: null,
        pulse: null,
        actionItems: { open: 0 },
      });
      const hidden = await request(server)
        .get('/api/devex/summary')
        .query({ entityRef: HOTPASS })
        .set('Authorization', mockCredentials.user.header('user:default/olga'));
      expect(hidden.status).toBe(404);
      const bad = await request(server)
        .get('/api/devex/summary')
        .query({ entityRef: 'not a ref' });
      expect(bad.status).toBe(400);
    });
  });
});
