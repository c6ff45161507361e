import { Knex } from 'knex';
import request from 'supertest';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import { EVIDENCE_SYNC_TASK_ID } from '../sync/SyncService';
import {
  automatedEvidence as evidence,
  remediationItems as items,
} from '../__testUtils__/remediationFixtures';

jest.setTimeout(120_000);

const DAY = 24 * 60 * 60 * 1000;
describe('waivers', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    /** A backend whose clock the test moves, with one item synced automatically and one not. */
    async function start(config: object = {}) {
      const clock = { at: Date.parse('2026-11-25T08:00:00Z') };
      const backend = await startDevexBackend(knex, {
        clock: { now: () => new Date(clock.at) },
        runTasksOnStartup: false,
        config: { devex: { sync: config } },
      });
      const { server, runTask } = backend;
      await request(server)
        .post('/api/devex/remediation-items')
        .send({ items })
        .expect(200);
      await request(server)
        .put(`/api/devex/evidence/${evidence.id}`)
        .send(evidence)
        .expect(200);
      await runTask(EVIDENCE_SYNC_TASK_ID);
      const ratio = async () =>
        (await request(server).get('/api/devex/sync/overview').expect(200))
          .body;
      return { ...backend, clock, ratio };
    }

    /** A waiver requested and approved (the mock user is both: an admin). */
    async function approvedWaiver(
      server: Parameters<typeof request>[0],
      waiver: object,
    ) {
      const { id } = (
        await request(server)
          .post('/api/devex/waivers')
          .send(waiver)
          .expect(201)
      ).body;
      await request(server)
        .post(`/api/devex/waivers/${id}/decision`)
        .send({ decision: 'approve', version: 1 })
        .expect(200);
      return id as string;
    }

    it('a waiver approved by an admin takes its item out of the ratio until it expires, with its owners told before', async () => {
      const { server, clock, ratio, runTask, sent, auditEvents } =
        await start();
      expect((await ratio()).ratio).toMatchObject({
        total: 2,
        syncedAutomatically: 1,
        waived: 0,
        waivedCounted: false,
        ratio: 0.5,
      });

      const requested = (
        await request(server)
          .post('/api/devex/waivers')
          .send({
            subjectType: 'remediation_item',
            subjectId: 'POPIA-003',
            justification:
              'DSAR tracking stays manual until the vendor API ships',
            expiresOn: '2026-12-05',
          })
          .expect(201)
      ).body;
      expect(requested).toMatchObject({
        subjectTitle: 'DSAR tracking with SLA clocks',
        entityRef: 'component:default/compliance-evidence',
        requestedBy: 'user:default/mock',
        status: 'requested',
        inForce: false,
        version: 1,
      });
      // requested is not approved: the ratio is as before
      expect((await ratio()).ratio.ratio).toBe(0.5);
      await request(server)
        .post('/api/devex/waivers')
        .send({
          subjectType: 'remediation_item',
          subjectId: 'POPIA-003',
          justification: 'again',
          expiresOn: '2026-12-05',
        })
        .expect(409);

      const approved = (
        await request(server)
          .post(`/api/devex/waivers/${requested.id}/decision`)
          .send({
            decision: 'approve',
            note: 'Reviewed in the forum',
            version: 1,
          })
          .expect(200)
      ).body;
      expect(approved).toMatchObject({
        status: 'approved',
        inForce: true,
        decidedBy: 'user:default/mock',
        decisionNote: 'Reviewed in the forum',
        version: 2,
      });
      // a stale or repeated decision is refused
      await request(server)
        .post(`/api/devex/waivers/${requested.id}/decision`)
        .send({ decision: 'approve', version: 1 })
        .expect(409);

      const overview = await ratio();
      expect(overview.ratio).toMatchObject({
        total: 2,
        syncedAutomatically: 1,
        waived: 1,
        ratio: 1,
        meetsTarget: true,
      });
      expect(
        overview.notSyncedAutomatically.map((s: any) => [
          s.item.id,
          s.waiver?.status,
          s.waiver?.inForce,
        ]),
      ).toEqual([['POPIA-003', 'approved', true]]);

      // ten days out: no notice yet; three days before expiry: one, and only one
      await runTask('devex-waiver-expiry');
      expect(
        sent.filter(n => n.payload.topic === 'devex-waiver-expiry'),
      ).toEqual([]);
      clock.at += 7 * DAY;
      await runTask('devex-waiver-expiry');
      await runTask('devex-waiver-expiry');
      const notices = sent.filter(
        n => n.payload.topic === 'devex-waiver-expiry',
      );
      expect(notices).toHaveLength(1);
      expect(notices[0].recipients).toEqual({
        type: 'entity',
        entityRef: ['user:default/mock', 'group:default/compliance'],
      });
      expect(notices[0].payload.title).toBe(
        'Waiver for POPIA-003 expires on 2026-12-05',
      );

      // the day after its expiry date the item counts as before
      clock.at += 4 * DAY;
      expect((await ratio()).ratio).toMatchObject({ waived: 0, ratio: 0.5 });
      const listed = (
        await request(server).get('/api/devex/waivers').expect(200)
      ).body.items;
      expect(
        listed.map((w: any) => [w.subjectId, w.status, w.inForce]),
      ).toEqual([['POPIA-003', 'approved', false]]);
      // and a new waiver may be requested
      await request(server)
        .post('/api/devex/waivers')
        .send({
          subjectType: 'remediation_item',
          subjectId: 'POPIA-003',
          justification: 'Vendor API slipped a quarter',
          expiresOn: '2027-03-01',
        })
        .expect(201);
      expect(auditEvents.map(e => e.eventId)).toEqual(
        expect.arrayContaining(['waiver-request', 'waiver-decision']),
      );
    });

    it('counts waived items as not synced when configured, still showing them apart', async () => {
      const { server, ratio } = await start({
        waivers: { countInRatio: true },
      });
      await approvedWaiver(server, {
        subjectType: 'remediation_item',
        subjectId: 'POPIA-003',
        justification: 'Manual by design',
        expiresOn: '2026-12-20',
      });
      expect((await ratio()).ratio).toMatchObject({
        waived: 1,
        waivedCounted: true,
        ratio: 0.5,
      });
    });

    it("pauses a success measure's target: the measure shows the waiver in force", async () => {
      const { server } = await start();
      await approvedWaiver(server, {
        subjectType: 'success_measure',
        subjectId: 'space-satisfaction',
        justification: 'Pulse paused over the year-end freeze',
        expiresOn: '2027-01-15',
      });
      const measures = (
        await request(server).get('/api/devex/success-measures').expect(200)
      ).body;
      const list = measures.items ?? measures.measures ?? measures;
      const space = list.find(
        (m: any) => m.measure.id === 'space-satisfaction',
      );
      expect(space.waiver).toMatchObject({ status: 'approved', inForce: true });
      expect(
        list.find((m: any) => m.measure.id === 'onboarding-duration').waiver,
      ).toBeNull();
    });

    it('refuses bad requests with a 4xx naming what is wrong, and writes nothing', async () => {
      const { server, count } = await start();
      const base = {
        subjectType: 'remediation_item',
        subjectId: 'POPIA-003',
        justification: 'Manual by design',
        expiresOn: '2026-12-20',
      };
      const cases: Array<[object, number, RegExp]> = [
        [
          { ...base, expiresOn: '2026-11-25' },
          400,
          /expiresOn must be a date after today/,
        ],
        [{ ...base, expiresOn: '2028-01-01' }, 400, /within 366 days/],
        [{ ...base, justification: '  ' }, 400, /justification/],
        [{ ...base, subjectId: 'NOPE-1' }, 404, /No remediation item NOPE-1/],
        [
          { ...base, subjectType: 'success_measure', subjectId: 'nope' },
          404,
          /No success measure nope/,
        ],
        [
          { ...base, requestedBy: 'user:default/someone' },
          400,
          /additional properties/,
        ],
      ];
      for (const [body, status, message] of cases) {
        const res = await request(server).post('/api/devex/waivers').send(body);
        expect(res.status).toBe(status);
        expect(res.body.error.message).toMatch(message);
      }
      expect(await count('devex_waivers')).toBe(0);
    });
  });
});
