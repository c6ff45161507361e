import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import request from 'supertest';
import { postGovernanceRecords } from '../__testUtils__/governanceRecords';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(120_000);

const OPEN = 'component:default/qa-service';
const SECRET = 'component:default/secret-service';
const component = (name: string, owner: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { owner },
  relations: [{ type: 'ownedBy', targetRef: owner }],
});

/** A portal where the catalog hides the secret service from Olga and shows Amara everything. */
const startWithSecret = (knex: Knex) =>
  startDevexBackend(knex, {
    entities: [
      component('qa-service', 'group:default/qa'),
      component('secret-service', 'group:default/security'),
    ],
    hiddenEntities: { 'user:default/olga': [SECRET] },
  });

/**
 * Reads follow the catalog: a user from whom the catalog hides an entity sees none of its DevEx
 * records, in lists, by id, in the heat map or in its calendar, while others see them all.
 */
describe('reads follow the catalog', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it("leaves the records of an entity the catalog hides out of every read of that user's", async () => {
      const { server } = await startWithSecret(knex);
      const seed = (path: string, body: object) =>
        request(server).post(`/api/devex${path}`).send(body).expect(201);
      const ids: Record<string, string> = {};
      for (const [name, entityRef] of [
        ['open', OPEN],
        ['secret', SECRET],
      ]) {
        ids[`item-${name}`] = (
          await seed('/action-items', {
            title: `Item ${name}`,
            entityRef,
            owner: 'group:default/qa',
            dueDate: '2026-12-15',
          })
        ).body.id;
        ids[`experiment-${name}`] = (
          await seed('/experiments', {
            key: `EXP-${name}`,
            title: `Experiment ${name}`,
            hypothesis: 'h',
            owner: 'group:default/qa',
            entityRefs: [entityRef],
          })
        ).body.id;
        await postGovernanceRecords(
          seed,
          name,
          entityRef,
          name === 'secret' ? 5 : 2,
        );
      }

      const read = async (user: string, path: string, query = {}) =>
        request(server)
          .get(`/api/devex${path}`)
          .query(query)
          .set('Authorization', mockCredentials.user.header(user));
      const titlesSeenBy = async (user: string) => ({
        actionItems: (await read(user, '/action-items')).body.items.map(
          (i: any) => i.title,
        ),
        experiments: (await read(user, '/experiments')).body.items.map(
          (e: any) => e.key,
        ),
        scorecards: (await read(user, '/scorecards')).body.scorecards.map(
          (s: any) => s.experiment.key,
        ),
        risks: (await read(user, '/risks')).body.risks.map((r: any) => r.key),
        heatmap: (await read(user, '/risks')).body.heatmap.cells,
        blockers: (await read(user, '/blockers')).body.items.map(
          (b: any) => b.title,
        ),
        backlog: (await read(user, '/backlog')).body.items.map(
          (b: any) => b.initiative,
        ),
      });

      expect(await titlesSeenBy('user:default/olga')).toEqual({
        actionItems: ['Item open'],
        experiments: ['EXP-open'],
        scorecards: ['EXP-open'],
        risks: ['R-open'],
        heatmap: [{ impact: 2, likelihood: 5, count: 1 }],
        blockers: ['Blocker open'],
        backlog: ['Initiative open'],
      });
      const everyone = await titlesSeenBy('user:default/amara');
      expect(everyone.actionItems.sort()).toEqual(['Item open', 'Item secret']);
      expect(everyone.experiments.sort()).toEqual(['EXP-open', 'EXP-secret']);
      expect(everyone.heatmap).toHaveLength(2);

      // by id and by entity: not found, as if it did not exist
      for (const path of [
        `/action-items/${ids['item-secret']}`,
        `/experiments/${ids['experiment-secret']}`,
        `/experiments/${ids['experiment-secret']}/transitions`,
      ]) {
        expect({
          path,
          status: (await read('user:default/olga', path)).status,
        }).toEqual({ path, status: 404 });
      }
      expect(
        (
          await read('user:default/olga', '/action-items', {
            entityRef: SECRET,
          })
        ).body.items,
      ).toEqual([]);
      expect(
        (
          await read('user:default/olga', '/calendar/occurrences', {
            entityRef: SECRET,
          })
        ).status,
      ).toBe(404);
      expect(
        (
          await read('user:default/amara', '/calendar/occurrences', {
            entityRef: SECRET,
          })
        ).status,
      ).toBe(200);
    });

    it("leaves the overdue action items of a hidden entity out of that user's digest preview", async () => {
      const { server } = await startWithSecret(knex);
      for (const [name, entityRef] of [
        ['open', OPEN],
        ['secret', SECRET],
      ]) {
        await request(server)
          .post('/api/devex/action-items')
          .send({
            title: `Overdue ${name}`,
            entityRef,
            owner: 'group:default/qa',
            dueDate: '2026-11-02',
          })
          .expect(201);
      }
      const overdueSeenBy = async (user: string) =>
        (
          await request(server)
            .get('/api/devex/digest/preview')
            .set('Authorization', mockCredentials.user.header(user))
            .expect(200)
        ).body.sections
          .find((s: any) => s.title === 'Overdue action items')
          .lines.map((l: any) => l.text.replace(/ \(.*/, ''))
          .sort();
      expect(await overdueSeenBy('user:default/olga')).toEqual([
        'Overdue open',
      ]);
      expect(await overdueSeenBy('user:default/amara')).toEqual([
        'Overdue open',
        'Overdue secret',
      ]);
    });

    it("answers the sync overview of a hidden entity with 404 and leaves its items out of the group and portal overviews of that user's", async () => {
      const { server } = await startWithSecret(knex);
      await request(server)
        .post('/api/devex/remediation-items')
        .send({
          items: [
            ['QA-001', OPEN, 'group:default/qa'],
            ['SEC-001', SECRET, 'group:default/security'],
          ].map(([id, entityRef, owner]) => ({
            id,
            framework: 'ISO 27001',
            title: `Item ${id}`,
            riskLevel: 'high',
            owner,
            entityRef,
          })),
        })
        .expect(200);
      const overview = (user: string, query = {}) =>
        request(server)
          .get('/api/devex/sync/overview')
          .query(query)
          .set('Authorization', mockCredentials.user.header(user));
      const ids = (res: any) =>
        res.body.notSyncedAutomatically.map((s: any) => s.item.id).sort();

      expect(
        (await overview('user:default/olga', { entityRef: SECRET })).status,
      ).toBe(404);
      expect(
        ids(await overview('user:default/olga', { entityRef: OPEN })),
      ).toEqual(['QA-001']);
      expect(ids(await overview('user:default/olga'))).toEqual(['QA-001']);
      expect(ids(await overview('user:default/amara'))).toEqual([
        'QA-001',
        'SEC-001',
      ]);
      expect(
        ids(await overview('user:default/amara', { entityRef: SECRET })),
      ).toEqual(['SEC-001']);
    });
  });
});
