import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import request from 'supertest';
import { ownerPermissions } from '../__testUtils__/ownerPermissions';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';

jest.setTimeout(120_000);

const item = (initiative: string) => ({
  initiative,
  owner: 'group:default/platform-eng',
  horizon: 30,
  effort: 'M',
  entityRef: 'component:default/hotpass',
});
const prefect = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'prefect-pipelines', namespace: 'default' },
  spec: {},
  relations: [{ type: 'ownedBy', targetRef: 'group:default/devops' }],
};

describe('backlog, risk and blocker routes', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it('ranks new items last, reorders with a note, keeps the history and refuses a stale move', async () => {
      const { server, count } = await startDevexBackend(knex);
      const ids: string[] = [];
      for (const name of [
        'Bootstrap GA',
        'Template publishing',
        'Self-service QA gating',
        'Evidence automation',
      ]) {
        ids.push(
          (
            await request(server)
              .post('/api/devex/backlog')
              .send(item(name))
              .expect(201)
          ).body.id,
        );
      }
      const moved = await request(server)
        .post('/api/devex/backlog/reorder')
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/dx-sponsor'),
        )
        .send({
          itemId: ids[3],
          toRank: 1,
          version: 1,
          note: 'Evidence automation moves the 80% sync measure',
          occurrenceId: 'quarterly-forum:2026-12-22',
        });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ rank: 1, version: 2 });

      const { body } = await request(server)
        .get('/api/devex/backlog')
        .query({ entityRef: 'component:default/hotpass' })
        .expect(200);
      expect(body.items.map((i: any) => [i.rank, i.initiative])).toEqual([
        [1, 'Evidence automation'],
        [2, 'Bootstrap GA'],
        [3, 'Template publishing'],
        [4, 'Self-service QA gating'],
      ]);
      expect(body.history).toEqual([
        expect.objectContaining({
          initiative: 'Evidence automation',
          oldRank: 4,
          newRank: 1,
          changedBy: 'user:default/dx-sponsor',
          occurrenceId: 'quarterly-forum:2026-12-22',
        }),
      ]);

      const stale = await request(server)
        .post('/api/devex/backlog/reorder')
        .send({ itemId: ids[3], toRank: 4, version: 1, note: 'old tab' });
      expect(stale.status).toBe(409);
      const noNote = await request(server)
        .post('/api/devex/backlog/reorder')
        .send({ itemId: ids[0], toRank: 1, version: 1, note: '' });
      expect(noNote.status).toBe(400);
      expect(await count('devex_backlog_rank_changes')).toBe(1);

      const decided = await request(server)
        .patch(`/api/devex/backlog/${ids[1]}`)
        .send({
          version: 1,
          decision: 'Keep in 30-day horizon',
          decisionNote: 'Bootstrap pilot went well',
        });
      expect(decided.body).toMatchObject({
        decision: 'Keep in 30-day horizon',
        version: 2,
      });
    });

    it.each([
      [
        'a horizon that is not 30, 60 or 90',
        { ...item('x'), horizon: 45 },
        /request\/body\/horizon must be equal to one of the allowed values/,
      ],
      [
        'an unknown effort',
        { ...item('x'), effort: 'XXL' },
        /request\/body\/effort/,
      ],
      [
        'an unknown field',
        { ...item('x'), priority: 1 },
        /must NOT have additional properties/,
      ],
      [
        'a bad target date',
        { ...item('x'), targetDate: '2026-02-30' },
        /targetDate/,
      ],
    ])(
      'refuses a backlog item with %s and writes nothing',
      async (_c, body, message) => {
        const { server, count } = await startDevexBackend(knex);
        const res = await request(server).post('/api/devex/backlog').send(body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
        expect(await count('devex_backlog_items')).toBe(0);
      },
    );

    it('keeps the risk register with exposure, a heat map and the history of changes', async () => {
      const { server, count } = await startDevexBackend(knex);
      const risk = (key: string, impact: number, likelihood: number) =>
        request(server)
          .post('/api/devex/risks')
          .send({
            key,
            title: `Risk ${key}`,
            impact,
            likelihood,
            owner: 'group:default/security',
          });
      const r1 = (await risk('R-001', 4, 3).expect(201)).body;
      expect(r1.exposure).toBe(12);
      await risk('R-002', 4, 3).expect(201);
      await risk('R-003', 2, 5).expect(201);
      expect((await risk('R-001', 1, 1)).status).toBe(409);
      expect((await risk('R-009', 6, 1)).status).toBe(400);

      const updated = await request(server)
        .patch(`/api/devex/risks/${r1.id}`)
        .send({
          version: 1,
          status: 'mitigated',
          mitigation: 'Vault strategy approved',
        });
      expect(updated.status).toBe(200);
      const { body } = await request(server)
        .get('/api/devex/risks')
        .expect(200);
      expect(body.risks.map((r: any) => r.key)).toEqual([
        'R-001',
        'R-002',
        'R-003',
      ]);
      expect(body.heatmap.cells).toEqual(
        expect.arrayContaining([
          { impact: 4, likelihood: 3, count: 1 },
          { impact: 2, likelihood: 5, count: 1 },
        ]),
      );
      expect(body.heatmap.cells).toHaveLength(2);
      expect(body.history).toEqual([
        expect.objectContaining({
          riskId: r1.id,
          changes: {
            status: { from: 'open', to: 'mitigated' },
            mitigation: { from: '', to: 'Vault strategy approved' },
          },
        }),
      ]);
      expect(await count('devex_risk_changes')).toBe(1);
    });

    it("refuses an entity owner's move of their risk to portal-wide (admins only), and writes nothing", async () => {
      const admin = await startDevexBackend(knex, { entities: [prefect] });
      const { body: risk } = await request(admin.server)
        .post('/api/devex/risks')
        .send({
          key: 'R-101',
          title: 'Prefect credentials differ per environment',
          impact: 3,
          likelihood: 3,
          owner: 'group:default/devops',
          entityRef: 'component:default/prefect-pipelines',
        })
        .expect(201);
      // as the shipped policy decides for a member of DevOps: their entities' records only
      const devops = await startDevexBackend(knex, {
        entities: [prefect],
        permissions: ownerPermissions('entity record', [
          'user:default/dana',
          'group:default/devops',
        ]),
      });
      const url = `/api/devex/risks/${risk.id}`;
      const moved = await request(devops.server)
        .patch(url)
        .send({ version: 1, entityRef: null });
      expect(moved.status).toBe(403);
      expect(moved.body.error.message).toMatch(/a portal-wide risk/);
      expect(
        await knex('devex_risks').where({ id: risk.id }).first(),
      ).toMatchObject({
        entity_ref: 'component:default/prefect-pipelines',
        version: 1,
      });
      // a change that keeps it on their entity is theirs to make
      await request(devops.server)
        .patch(url)
        .send({ version: 1, mitigation: 'One credential store' })
        .expect(200);
    });

    it('raises a blocker, notifies the entity owners, and resolves it', async () => {
      const { server, sent } = await startDevexBackend(knex, {
        entities: [prefect],
      });
      const raised = await request(server).post('/api/devex/blockers').send({
        entityRef: 'component:default/prefect-pipelines',
        title: 'Staging access pending',
      });
      expect(raised.status).toBe(201);
      expect(raised.body).toMatchObject({
        raisedBy: 'user:default/mock',
        notifiedOwners: ['group:default/devops'],
        escalatedAt: null,
      });
      expect(
        sent
          .filter(n => n.payload.topic === 'devex-blocker')
          .map(n => n.recipients),
      ).toEqual([{ type: 'entity', entityRef: ['group:default/devops'] }]);
      const missing = await request(server)
        .post('/api/devex/blockers')
        .send({ entityRef: 'component:default/nope', title: 'x' });
      expect(missing.status).toBe(404);
      const resolved = await request(server)
        .post(`/api/devex/blockers/${raised.body.id}/resolve`)
        .send({ resolution: 'Access granted', version: 1 });
      expect(resolved.body).toMatchObject({
        resolution: 'Access granted',
        resolvedBy: 'user:default/mock',
      });
      expect(
        (await request(server).get('/api/devex/blockers')).body.items,
      ).toEqual([]);
      expect(
        (
          await request(server)
            .get('/api/devex/blockers')
            .query({ includeResolved: true })
        ).body.items,
      ).toHaveLength(1);
    });

    it('answers 403 to writes when denied, and writes nothing', async () => {
      const { server, count } = await startDevexBackend(knex, {
        entities: [prefect],
        permission: AuthorizeResult.DENY,
      });
      const responses = await Promise.all([
        request(server).post('/api/devex/backlog').send(item('x')),
        request(server).post('/api/devex/risks').send({
          key: 'R-1',
          title: 't',
          impact: 1,
          likelihood: 1,
          owner: 'group:default/qa',
        }),
        request(server).post('/api/devex/blockers').send({
          entityRef: 'component:default/prefect-pipelines',
          title: 't',
        }),
        request(server).get('/api/devex/backlog'),
      ]);
      expect(responses.map(r => r.status)).toEqual([403, 403, 403, 403]);
      expect(await count('devex_backlog_items')).toBe(0);
      expect(await count('devex_risks')).toBe(0);
      expect(await count('devex_blockers')).toBe(0);
    });
  });
});
