import { mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { startDevexBackend } from './__testUtils__/startDevexBackend';
import { createDevexTestDatabases } from './__testUtils__/testDatabases';

jest.setTimeout(60_000);

const PAYMENTS = 'component:default/payments';

describe('the plugin with nothing configured', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it('starts, logs each feature that is not configured, and answers', async () => {
      const logger = mockServices.logger.mock();
      const { server, sent } = await startDevexBackend(knex, {
        config: {},
        logger,
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'payments', namespace: 'default' },
            spec: { owner: 'group:default/payments-team' },
            relations: [
              { type: 'ownedBy', targetRef: 'group:default/payments-team' },
            ],
          },
        ],
      });
      const logged = (level: 'info' | 'warn') =>
        (logger[level] as jest.Mock).mock.calls.map(([message]) => message);
      expect(logged('info')).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^devex\.timeZone is not set: .* UTC$/),
          expect.stringMatching(
            /^devex\.calendar\.holidays is not set: .* weekends only/,
          ),
          expect.stringMatching(
            /^devex\.digest\.recipients is not set: the monthly digest goes only to the owners it names$/,
          ),
          expect.stringMatching(/^devex\.calendar\.governanceEntityRef/),
          expect.stringMatching(/^devex\.calendar\.cadences names no/),
        ]),
      );
      expect(logged('warn')).toContain(
        "devex.escalation.steeringCommittee and devex.escalation.chair are not set: blockers notify their entity's owners and are never escalated",
      );

      const summary = await request(server)
        .get('/api/devex/summary')
        .query({ entityRef: PAYMENTS })
        .expect(200);
      expect(summary.body).toMatchObject({
        entityRef: PAYMENTS,
        actionItems: { open: 0 },
      });
      // the DevEx page shows the review cadence; its events name no one
      const { occurrences } = (
        await request(server)
          .get('/api/devex/calendar/occurrences')
          .query({ from: '2026-12-01', to: '2027-01-01' })
          .expect(200)
      ).body;
      expect(occurrences.length).toBeGreaterThan(0);
      expect(
        occurrences.flatMap(
          (o: { participants: string[]; runbookUrl: string | null }) => [
            ...o.participants,
            ...(o.runbookUrl ? [o.runbookUrl] : []),
          ],
        ),
      ).toEqual([]);
      // the month's digest went out at start-up to the owners it names: none yet
      expect(
        sent
          .filter(n => n.payload.topic === 'devex-digest')
          .map(n => n.recipients),
      ).toEqual([{ type: 'entity', entityRef: [] }]);
    });
  });
});
