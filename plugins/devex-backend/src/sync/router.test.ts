import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import request from 'supertest';
import { devexPlugin } from '../plugin';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import {
  automatedEvidence as evidence,
  remediationItems as items,
} from '../__testUtils__/remediationFixtures';

jest.setTimeout(120_000);

describe('sync routes', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it('upserts items idempotently from a service, keeps evidence, and reports the ratio by entity, group and portal', async () => {
      const { server, count } = await startDevexBackend(knex);
      const service = mockCredentials.service.header();
      expect(
        (
          await request(server)
            .post('/api/devex/remediation-items')
            .set('Authorization', service)
            .send({ items })
        ).body,
      ).toEqual({ written: 2, unchanged: 0, conflicts: [] });
      expect(
        (
          await request(server)
            .post('/api/devex/remediation-items')
            .set('Authorization', service)
            .send({ items })
        ).body,
      ).toEqual({ written: 0, unchanged: 2, conflicts: [] });
      await request(server)
        .put(`/api/devex/evidence/${evidence.id}`)
        .send(evidence)
        .expect(200);
      expect(
        (await request(server).get('/api/devex/evidence')).body.items,
      ).toHaveLength(1);

      const trigger = await request(server).post('/api/devex/sync/runs');
      expect(trigger.status).toBe(202);
      for (let i = 0; i < 100 && (await count('devex_sync_states')) < 2; i++) {
        await new Promise(resolve => setTimeout(resolve, 200));
      }
      expect(await count('devex_sync_states')).toBe(2);

      const portal = (
        await request(server).get('/api/devex/sync/overview').expect(200)
      ).body;
      expect(portal.ratio).toMatchObject({
        scope: { type: 'portal' },
        total: 2,
        syncedAutomatically: 1,
        ratio: 0.5,
        target: 0.8,
        meetsTarget: false,
      });
      expect(portal.notSyncedAutomatically).toEqual([
        expect.objectContaining({
          item: expect.objectContaining({ id: 'POPIA-003' }),
          state: 'unsynced',
          reason: 'No evidence record names POPIA-003; expected: DSAR runbook',
        }),
      ]);
      const entity = (
        await request(server)
          .get('/api/devex/sync/overview')
          .query({ entityRef: 'component:default/hotpass' })
      ).body;
      expect(entity.ratio).toMatchObject({
        total: 1,
        ratio: 1,
        meetsTarget: true,
      });
      const group = (
        await request(server)
          .get('/api/devex/sync/overview')
          .query({ group: 'group:default/compliance' })
      ).body;
      expect(group.ratio).toMatchObject({
        scope: { type: 'group', groupRef: 'group:default/compliance' },
        total: 1,
        ratio: 0,
      });
      const portfolio = (await request(server).get('/api/devex/sync/portfolio'))
        .body.groups;
      expect(portfolio.map((g: any) => [g.scope.groupRef, g.ratio])).toEqual([
        ['group:default/compliance', 0],
        ['group:default/platform-eng', 1],
      ]);
      expect(
        (await request(server).get('/api/devex/sync/runs')).body.items[0],
      ).toMatchObject({ total: 2, syncedAutomatically: 1 });
      await request(server)
        .delete(`/api/devex/evidence/${evidence.id}`)
        .expect(204);
      expect(await count('devex_evidence_records')).toBe(0);
    });

    it("posting remediation items whose ids belong to another entity's source changes nothing of that entity and answers with the conflict", async () => {
      const { server } = await startDevexBackend(knex);
      const service = mockCredentials.service.header();
      await request(server)
        .post('/api/devex/remediation-items')
        .set('Authorization', service)
        .send({ items: [items[0]] })
        .expect(200);
      const before = await knex('devex_remediation_items').where({
        id: 'POPIA-003',
      });

      const claim = await request(server)
        .post('/api/devex/remediation-items')
        .set('Authorization', service)
        .send({
          items: [
            {
              ...items[0],
              title: 'Taken over',
              owner: 'group:default/platform-eng',
              status: 'completed',
              entityRef: 'component:default/hotpass',
            },
            items[1],
          ],
        });
      expect(claim.status).toBe(200);
      const conflict = {
        id: 'POPIA-003',
        heldBy: 'api:component:default/compliance-evidence',
        holderEntityRef: 'component:default/compliance-evidence',
        claimedBy: 'api:component:default/hotpass',
        claimantEntityRef: 'component:default/hotpass',
        firstSeenAt: expect.any(String),
        lastSeenAt: expect.any(String),
      };
      expect(claim.body).toEqual({
        written: 1,
        unchanged: 0,
        conflicts: [conflict],
      });
      expect(
        await knex('devex_remediation_items').where({ id: 'POPIA-003' }),
      ).toEqual(before);

      // claimed again: still one conflict, first seen when it was first claimed
      const again = await request(server)
        .post('/api/devex/remediation-items')
        .set('Authorization', service)
        .send({
          items: [{ ...items[0], entityRef: 'component:default/hotpass' }],
        });
      expect(again.body).toEqual({
        written: 0,
        unchanged: 0,
        conflicts: [
          { ...conflict, firstSeenAt: claim.body.conflicts[0].firstSeenAt },
        ],
      });

      for (const entityRef of [
        'component:default/compliance-evidence',
        'component:default/hotpass',
      ]) {
        const overview = (
          await request(server)
            .get('/api/devex/sync/overview')
            .query({ entityRef })
            .expect(200)
        ).body;
        expect(overview.conflicts).toEqual([conflict]);
      }
      const holderGroup = (
        await request(server)
          .get('/api/devex/sync/overview')
          .query({ group: 'group:default/compliance' })
      ).body;
      expect(holderGroup.conflicts).toEqual([conflict]);
      expect(
        (await request(server).get('/api/devex/sync/overview')).body.conflicts,
      ).toHaveLength(1);
    });

    it('answers 400 to bad items and 403 when denied, writing nothing', async () => {
      const { server, count } = await startDevexBackend(knex);
      const bad = await request(server)
        .post('/api/devex/remediation-items')
        .send({ items: [{ ...items[0], riskLevel: 'severe' }] });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(
        /request\/body\/items\/0\/riskLevel/,
      );
      const twice = await request(server)
        .post('/api/devex/remediation-items')
        .send({ items: [items[0], items[0]] });
      expect(twice.status).toBe(400);
      expect(await count('devex_remediation_items')).toBe(0);

      const denied = await startDevexBackend(knex, {
        permission: AuthorizeResult.DENY,
      });
      const responses = await Promise.all([
        request(denied.server)
          .post('/api/devex/remediation-items')
          .send({ items }),
        request(denied.server).post('/api/devex/sync/runs'),
        request(denied.server)
          .put(`/api/devex/evidence/${evidence.id}`)
          .send(evidence),
      ]);
      expect(responses.map(r => r.status)).toEqual([403, 403, 403]);
      expect(await count('devex_remediation_items')).toBe(0);
      expect(await count('devex_evidence_records')).toBe(0);
    });

    it('runs the scheduled sync once per interval with two backend instances on one database', async () => {
      const config = mockServices.rootConfig.factory({
        data: {
          devex: {
            sync: {
              schedule: { frequency: { seconds: 5 }, timeout: { seconds: 30 } },
            },
          },
          backend: { baseUrl: 'http://localhost' },
        },
      });
      const instance = () =>
        startTestBackend({
          features: [
            devexPlugin,
            config,
            mockServices.database.factory({ knex }),
            schedulerServiceFactory,
            catalogServiceMock.factory({ entities: [] }),
            createServiceFactory({
              service: notificationService,
              deps: {},
              factory: () => ({ send: async () => {} }),
            }),
          ],
        });
      // started one after the other, as replicas roll out; both then schedule the same task
      const started = performance.now();
      const a = await instance();
      const b = await instance();
      const finishedRuns = async () =>
        Number(
          (
            await knex('devex_sync_runs')
              .whereNotNull('finished_at')
              .count({ n: '*' })
          )[0].n,
        );
      // until three runs have finished (a minute at most), not for a fixed time
      for (let i = 0; i < 300 && (await finishedRuns()) < 3; i++)
        await new Promise(resolve => setTimeout(resolve, 200));
      await Promise.all([a.stop(), b.stop()]);
      const elapsed = performance.now() - started;

      const toMs = (v: any) =>
        new Date(
          v instanceof Date || typeof v === 'number'
            ? v
            : `${String(v).replace(' ', 'T')}Z`,
        ).getTime();
      const runs = (
        await knex('devex_sync_runs')
          .select('started_at', 'finished_at')
          .orderBy('started_at')
      ).map((r: any) => ({
        start: toMs(r.started_at),
        end: toMs(r.finished_at),
      }));
      expect(runs.length).toBeGreaterThanOrEqual(3);
      // one run per 5 s slot (a late first run may be followed by the slot it missed); the task
      // running on both instances would make twice as many, and they would overlap
      expect(runs.length).toBeLessThanOrEqual(Math.floor(elapsed / 5000) + 2);
      for (let i = 1; i < runs.length; i++) {
        expect(runs[i].start).toBeGreaterThanOrEqual(runs[i - 1].end);
      }
    });
  });
});
