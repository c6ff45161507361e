import { mockCredentials } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import request from 'supertest';
import { movableClock } from '../__testUtils__/movableClock';
import {
  startDevexBackend,
  TEST_NOW,
} from '../__testUtils__/startDevexBackend';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

/**
 * The attacks of the pulse's threat model (README, "Pulse anonymity"), played against the API
 * and the database; each must fail.
 */
describe('pulse anonymity attacks', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    const answers = (q1: number) => ({ q1, q2: 3, q3: 3, q4: 3, q5: 3 });
    const as = (user: string) =>
      mockCredentials.user.header(`user:default/${user}`);

    async function startWith(
      memberships: Record<string, string[]> = {},
      config?: JsonObject,
    ) {
      const clock = movableClock(TEST_NOW);
      const backend = await startDevexBackend(knex, {
        clock,
        runTasksOnStartup: false,
        memberships,
        config,
      });
      const open = async () =>
        (
          await request(backend.server)
            .post('/api/devex/pulse/campaigns')
            .expect(201)
        ).body;
      const answer = (
        campaignId: string,
        user: string,
        q1: number,
        text?: string,
      ) =>
        request(backend.server)
          .post(`/api/devex/pulse/campaigns/${campaignId}/responses`)
          .set('Authorization', as(user))
          .send({ answers: answers(q1), freeText: text })
          .expect(201);
      const results = async (campaignId: string, group?: string) =>
        (
          await request(backend.server)
            .get(`/api/devex/pulse/campaigns/${campaignId}/results`)
            .query(group ? { group } : {})
            .expect(200)
        ).body;
      const settle = async (campaign: { closesAt: string }) => {
        clock.set(DateTime.fromISO(campaign.closesAt).plus({ minutes: 11 }));
        await backend.runTask('devex-pulse-release-closed');
        await backend.runTask('devex-open-pulse-campaign');
      };
      /** Erases a person through this replica (an admin's request). */
      const erase = (user: string) =>
        request(backend.server)
          .post('/api/devex/admin/erasure')
          .send({ userEntityRef: `user:default/${user}` })
          .expect(200);
      return { ...backend, clock, open, answer, results, settle, erase };
    }

    it('differencing two groups: with group B at 5 and the portal at 6, no published figure isolates the sixth answer', async () => {
      const memberships: Record<string, string[]> = {
        'user:default/f': ['group:default/c'],
      };
      for (const u of ['a', 'b', 'c', 'd', 'e'])
        memberships[`user:default/${u}`] = ['group:default/b'];
      const portal = await startWith(memberships);
      const campaign = await portal.open();
      for (const [i, u] of ['a', 'b', 'c', 'd', 'e'].entries())
        await portal.answer(campaign.id, u, 2 + (i % 2), `b says ${u}`);
      await portal.answer(campaign.id, 'f', 5, 'the sixth person');
      // while open, group B's count is withheld too (the rule that will withhold it once settled)
      expect(
        await portal.results(campaign.id, 'group:default/b'),
      ).toMatchObject({
        hidden: true,
        hiddenReason: 'campaign-open',
        responses: null,
      });
      await portal.settle(campaign);

      const all = await portal.results(campaign.id);
      expect(all).toMatchObject({ hidden: false, responses: 6 });
      const b = await portal.results(campaign.id, 'group:default/b');
      const c = await portal.results(campaign.id, 'group:default/c');
      // the attack: 6·mean(portal) − 5·mean(B), and portal free text minus B's
      expect(b).toMatchObject({
        hidden: true,
        hiddenReason: 'suppressed',
        responses: null,
        questions: [],
        satisfaction: null,
        freeText: null,
      });
      expect(c).toMatchObject({
        hidden: true,
        hiddenReason: 'too-few-responses',
        responses: null,
        questions: [],
      });
      const csvB = await request(portal.server)
        .get(`/api/devex/pulse/campaigns/${campaign.id}/results.csv`)
        .query({ group: 'group:default/b' })
        .expect(200);
      expect(csvB.text.trim().split('\n')).toHaveLength(1); // the header alone
    });

    it('before/after polling: reading every figure around one answer shows no change in any score until the campaign has settled', async () => {
      const portal = await startWith();
      const campaign = await portal.open();
      const scores = async () => {
        const r = await portal.results(campaign.id);
        const measures = (
          await request(portal.server)
            .get('/api/devex/success-measures')
            .expect(200)
        ).body.measures;
        return {
          questions: r.questions,
          dimensions: r.dimensions,
          satisfaction: r.satisfaction,
          freeText: r.freeText,
          space: measures.find(
            (m: any) => m.measure.id === 'space-satisfaction',
          ).value,
        };
      };
      const seen = [await scores()];
      for (const [i, u] of ['a', 'b', 'c', 'd', 'e', 'f', 'g'].entries()) {
        await portal.answer(campaign.id, u, 1 + (i % 5), `text ${u}`);
        seen.push(await scores());
      }
      for (const s of seen) {
        expect(s).toEqual({
          questions: [],
          dimensions: [],
          satisfaction: null,
          freeText: null,
          space: null,
        });
      }
      // the count of answers moves a whole batch at a time, never one answer
      const counts = await Promise.all(
        ['a', 'b'].map(
          async u =>
            (
              await request(portal.server)
                .get('/api/devex/pulse/current')
                .set('Authorization', as(u))
            ).body.responses,
        ),
      );
      expect(counts).toEqual([5, 5]);
      // once settled, the figures are published once and answers are refused
      await portal.settle(campaign);
      expect(await portal.count('devex_pulse_responses')).toBe(7);
      expect(await portal.count('devex_pulse_participation')).toBe(5);
      const published = await scores();
      expect(published.satisfaction).not.toBeNull();
      expect(published.space).not.toBeNull();
    });

    it('row order and transaction ids: the stored rows are the same whoever gave which answer, so no join recovers a pairing', async () => {
      const portal = await startWith();
      const people = ['ann', 'ben', 'cat', 'dan', 'eve'];
      // November: ann gives 1 ... eve gives 5; December: the same people and answers, reversed
      const november = await portal.open();
      for (const [i, u] of people.entries())
        await portal.answer(november.id, u, i + 1, `from ${i + 1}`);
      portal.clock.set('2026-12-02T08:00:00Z');
      const december = await portal.open();
      for (const [i, u] of people.entries())
        await portal.answer(december.id, u, 5 - i, `from ${5 - i}`);

      const isPostgres = knex.client.config.client === 'pg';
      const position = isPostgres ? 'ctid' : 'rowid';
      const stored = async (campaignId: string) => {
        const participants = await knex('devex_pulse_participation')
          .select(
            'user_ref',
            knex.raw(isPostgres ? 'xmin::text as tx' : "'' as tx"),
          )
          .where({ campaign_id: campaignId })
          .orderBy(knex.raw(position) as any);
        const responses = await knex('devex_pulse_responses')
          .select(
            'id',
            'answers',
            'free_text',
            knex.raw(isPostgres ? 'xmin::text as tx' : "'' as tx"),
          )
          .where({ campaign_id: campaignId })
          .orderBy(knex.raw(position) as any);
        return { participants, responses };
      };
      const nov = await stored(november.id);
      const dec = await stored(december.id);

      // one transaction per batch: participants and responses share one transaction id
      const txs = new Set(
        [...nov.participants, ...nov.responses].map(r => r.tx),
      );
      expect(txs.size).toBe(1);
      // physical order: participants by name, responses by content (and their ids in that order)
      expect(nov.participants.map(p => p.user_ref)).toEqual(
        people.map(p => `user:default/${p}`),
      );
      const content = (rows: any[]) =>
        rows.map(r => [JSON.parse(r.answers).q1, r.free_text]);
      expect(content(nov.responses)).toEqual(content(dec.responses));
      expect(nov.responses.map(r => r.id)).toEqual(
        [...nov.responses.map(r => r.id)].sort(),
      );
      // the attack: pair the i-th participant with the i-th response; it cannot be right in both
      // months, since the stored rows are the same and only the pairing differs
      const attack = (s: typeof nov) =>
        s.participants.map((p, i) => [
          p.user_ref,
          JSON.parse(s.responses[i].answers).q1,
        ]);
      const truth = (values: number[]) =>
        people.map((p, i) => [`user:default/${p}`, values[i]]);
      expect(attack(nov)).toEqual(attack(dec));
      expect(
        [
          JSON.stringify(attack(nov)) ===
            JSON.stringify(truth([1, 2, 3, 4, 5])),
          JSON.stringify(attack(dec)) ===
            JSON.stringify(truth([5, 4, 3, 2, 1])),
        ].filter(Boolean).length,
      ).toBeLessThanOrEqual(1);
      // no column of either table carries a time
      const columns = async (table: string) =>
        Object.keys(await knex(table).columnInfo());
      for (const table of [
        'devex_pulse_participation',
        'devex_pulse_responses',
      ])
        expect(
          (await columns(table)).filter(c => /_at$|time|date/.test(c)),
        ).toEqual([]);
    });

    /**
     * A reader of the database (or of a backup, or a replica) who also reads the catalog and
     * watches every write: after each answer, the rows added to participation and responses
     * form one write. For every stored response the attacker's candidates are the people the
     * write that stored it could have come from and whose catalog groups hold the response's
     * group (for a response stored without participants: anyone not recorded as a participant).
     */
    async function joinAttack(
      campaignId: string,
      groupsOf: Record<string, string[]>,
      act: (step: () => Promise<void>) => Promise<void>,
    ) {
      const seenParticipants = new Set<string>();
      const seenResponses = new Set<string>();
      const candidates: Array<{ freeText: string; people: string[] }> = [];
      const participantsPerWrite: number[] = [];
      const observe = async () => {
        const participants: string[] = (
          await knex('devex_pulse_participation')
            .where({ campaign_id: campaignId })
            .pluck('user_ref')
        ).filter(p => !seenParticipants.has(p));
        const responses = (
          await knex('devex_pulse_responses').where({ campaign_id: campaignId })
        ).filter((r: any) => !seenResponses.has(r.id));
        participants.forEach(p => seenParticipants.add(p));
        responses.forEach((r: any) => seenResponses.add(r.id));
        if (participants.length) participantsPerWrite.push(participants.length);
        for (const r of responses) {
          const pool = participants.length
            ? participants
            : Object.keys(groupsOf).filter(p => !seenParticipants.has(p));
          candidates.push({
            freeText: r.free_text,
            people: pool.filter(
              p => r.group_ref === null || groupsOf[p]?.includes(r.group_ref),
            ),
          });
        }
      };
      await act(observe);
      await observe();
      return { candidates, participantsPerWrite };
    }

    /** People in five teams nested under two departments; some in a second group too. */
    function organisation() {
      const groupsOf: Record<string, string[]> = {};
      const teams = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
      for (const team of teams)
        groupsOf[`user:default/solo-${team}`] = [`group:default/team-${team}`];
      for (let i = 0; i < 7; i++)
        groupsOf[`user:default/platform-${i}`] = [
          'group:default/team-platform',
          ...(i < 2 ? ['group:default/zz-guild-frontend'] : []),
        ];
      // nesting (teams under departments) lives in the catalog, not in a user's ownership refs
      return groupsOf;
    }

    it('the join attack: with respondents in different and nested groups, no stored answer can be pinned to fewer than k people', async () => {
      const groupsOf = organisation();
      const portal = await startWith(groupsOf);
      const campaign = await portal.open();
      const people = Object.keys(groupsOf);
      const { candidates, participantsPerWrite } = await joinAttack(
        campaign.id,
        groupsOf,
        async observe => {
          for (const [i, ref] of people.entries()) {
            await portal.answer(
              campaign.id,
              ref.replace('user:default/', ''),
              1 + (i % 5),
              `said by ${ref}`,
            );
            await observe();
          }
          await portal.settle(campaign);
        },
      );
      expect(candidates).toHaveLength(people.length);
      // every answer is one of at least k people's, its author among them (chance is 1/k at best)
      for (const c of candidates) {
        expect(c.people.length).toBeGreaterThanOrEqual(5);
        expect(c.people).toContain(c.freeText.replace('said by ', ''));
      }
      // the five teams' single answers never named their authors as participants
      expect(participantsPerWrite).toEqual([5]);
      expect(
        await knex('devex_pulse_participation').pluck('user_ref'),
      ).not.toContain('user:default/solo-alpha');
    });

    /**
     * Two replicas of one database, and people p0… in one team; a's campaign open. With
     * `sharingAKey`, both are configured with the same sealing key; without, each seals under a
     * key of its own.
     */
    async function twoReplicas(people: number, sharingAKey: boolean) {
      const groupsOf: Record<string, string[]> = {};
      for (let i = 0; i < people; i++)
        groupsOf[`user:default/p${i}`] = ['group:default/team'];
      const config = sharingAKey
        ? {
            devex: {
              pulse: {
                sealingKeys: ['a-sealing-key-of-at-least-32-characters'],
              },
            },
          }
        : undefined;
      const a = await startWith(groupsOf, config);
      const b = await startWith(groupsOf, config);
      return { a, b, campaign: await a.open(), groupsOf };
    }

    it('two replicas: a person pooled on both is written once, and no write names fewer than k participants', async () => {
      const { a, b, campaign, groupsOf } = await twoReplicas(10, false);
      const { candidates, participantsPerWrite } = await joinAttack(
        campaign.id,
        groupsOf,
        async observe => {
          // p0 answers on both replicas before either writes a batch
          await a.answer(campaign.id, 'p0', 1, 'p0 on a');
          await b.answer(campaign.id, 'p0', 1, 'p0 on b');
          for (const u of ['p1', 'p2', 'p3', 'p4']) {
            await a.answer(campaign.id, u, 2, `${u} on a`);
            await observe();
          }
          for (const u of ['p5', 'p6', 'p7', 'p8']) {
            await b.answer(campaign.id, u, 3, `${u} on b`);
            await observe();
          }
          await b.answer(campaign.id, 'p9', 4, 'p9 on b');
          await observe();
        },
      );
      expect(participantsPerWrite).toEqual([5, 5]);
      expect(candidates.map(c => c.freeText).sort()).toEqual(
        [0, 1, 2, 3, 4]
          .map(i => `p${i} on a`)
          .concat([5, 6, 7, 8, 9].map(i => `p${i} on b`))
          .sort(),
      );
      expect(await a.count('devex_pulse_responses')).toBe(10);
      expect(await a.count('devex_pulse_participation')).toBe(10);
    });

    it('a replica that dies: the answers it acknowledged wait sealed in the database, and another replica completes their batch', async () => {
      const { a, b, campaign } = await twoReplicas(7, true);
      for (const u of ['p0', 'p1', 'p2'])
        await a.answer(campaign.id, u, 2, `${u} said so`);

      // what a reader of the database finds of them: random ids, keyed tags and ciphertext
      const pooled = await knex('devex_pulse_pool');
      expect(pooled).toHaveLength(3);
      expect(Object.keys(pooled[0]).sort()).toEqual(
        [
          'answer_tag',
          'campaign_id',
          'cohort_tag',
          'id',
          'key_id',
          'sealed',
        ].sort(),
      );
      const stored = JSON.stringify(pooled);
      const opened = pooled
        .map((r: any) => Buffer.from(r.sealed, 'base64').toString('latin1'))
        .join();
      for (const secret of ['user:default', 'group:default', 'said so'])
        expect(`${stored}${opened}`).not.toContain(secret);
      expect(new Set(pooled.map((r: any) => r.cohort_tag)).size).toBe(1);

      // a dies without stopping (SIGKILL: no shutdown hook runs); b knows who answered
      const p1 = await request(b.server)
        .get('/api/devex/pulse/current')
        .set('Authorization', as('p1'));
      expect(p1.body.answered).toBe(true);
      await request(b.server)
        .post(`/api/devex/pulse/campaigns/${campaign.id}/responses`)
        .set('Authorization', as('p0'))
        .send({ answers: answers(1) })
        .expect(409);
      await b.answer(campaign.id, 'p3', 3, 'p3 said so');
      expect(await b.count('devex_pulse_responses')).toBe(0);
      await b.answer(campaign.id, 'p4', 4, 'p4 said so');
      // the batch b wrote holds a's three answers: five participants, five responses, none pooled
      expect(await b.count('devex_pulse_participation')).toBe(5);
      expect(
        (await knex('devex_pulse_responses').pluck('free_text')).sort(),
      ).toEqual(['p0', 'p1', 'p2', 'p3', 'p4'].map(u => `${u} said so`));
      expect(await b.count('devex_pulse_pool')).toBe(0);
      // the sixth waits, and at the close any replica writes it without a group or participant
      await a.answer(campaign.id, 'p5', 5, 'p5 said so');
      await a.answer(campaign.id, 'p6', 5, 'p6 said so');
      // an erasure through either replica finds a pooled answer by its tag and deletes it
      await b.erase('p6');
      expect(await b.count('devex_pulse_pool')).toBe(1);
      await b.settle(campaign);
      expect(await b.count('devex_pulse_responses')).toBe(6);
      expect(await b.count('devex_pulse_participation')).toBe(5);
      expect(await b.count('devex_pulse_pool')).toBe(0);
    });

    it('answers arriving at once on two replicas: each batch is written once, whole, and none is lost', async () => {
      const { a, b, campaign, groupsOf } = await twoReplicas(20, true);
      await Promise.all(
        Object.keys(groupsOf).map((ref, i) =>
          (i % 2 ? a : b).answer(
            campaign.id,
            ref.replace('user:default/', ''),
            1 + (i % 5),
          ),
        ),
      );
      expect(await a.count('devex_pulse_participation')).toBe(20);
      expect(await a.count('devex_pulse_responses')).toBe(20);
      expect(await a.count('devex_pulse_pool')).toBe(0);
    });

    it('erasure while answers are pooled: the erased person is never written as a participant, on this replica or another', async () => {
      const { a, b, campaign } = await twoReplicas(6, false);
      await a.answer(campaign.id, 'p0', 1, 'p0');
      await b.answer(campaign.id, 'p5', 1, 'p5');
      // erased through replica b while p0's answer waits on a, and p5's on b
      await b.erase('p0');
      await b.erase('p5');
      expect(
        await knex('devex_pulse_erasures').pluck('user_hash'),
      ).not.toContain('user:default/p0'); // a hash, not the ref
      for (const u of ['p1', 'p2', 'p3', 'p4'])
        await a.answer(campaign.id, u, 2);
      // p0's answer was dropped with the batch it would have joined: four wait for a fifth
      expect(await a.count('devex_pulse_participation')).toBe(0);
      await a.settle(campaign);
      expect(await knex('devex_pulse_participation').pluck('user_ref')).toEqual(
        [],
      );
      expect(await a.count('devex_pulse_responses')).toBe(4); // p1-p4, counted in no group
      await b.runTask('devex-pulse-release-closed');
      expect(await a.count('devex_pulse_responses')).toBe(4); // p5's went from b's pool
      // once the campaigns open at the erasure have settled, the erasure records go
      expect(await a.count('devex_pulse_erasures')).toBe(0);
    });

    it('the audit log: no event names who answered or when; a written batch is audited by size under the scheduler', async () => {
      const portal = await startWith();
      const campaign = await portal.open();
      for (const [i, u] of ['a', 'b', 'c', 'd', 'e', 'f'].entries())
        await portal.answer(campaign.id, u, 1 + (i % 5));
      const pulseEvents = portal.auditDetails.filter(e =>
        String(e.eventId).startsWith('pulse-'),
      );
      expect(pulseEvents.map(e => [e.eventId, e.hasRequest])).toEqual([
        ['pulse-open', true],
        ['pulse-responses-record', false],
      ]);
      expect(pulseEvents[1]).toEqual({
        eventId: 'pulse-responses-record',
        hasRequest: false,
        severityLevel: 'low',
        meta: {
          actor: 'user:default/devex-scheduler',
          campaignId: campaign.id,
          responses: 5,
        },
      });
      // the sixth waits in the pool; at the close it is written without a participation row
      await portal.settle(campaign);
      expect(await portal.count('devex_pulse_responses')).toBe(6);
      expect(await portal.count('devex_pulse_participation')).toBe(5);
    });
  });
});
