import { mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import { unleashFeatureState } from './UnleashFlagProvider';

jest.setTimeout(120_000);

const hotpass = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'hotpass', namespace: 'default' },
  spec: { owner: 'group:default/platform-eng' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/platform-eng' }],
};

/** Unleash's client API as its SDKs receive it: the features of the token's environment. */
const unleashFeatures: Record<string, object[]> = {
  'prod-token': [
    {
      name: 'checkout-v2',
      type: 'release',
      enabled: true,
      stale: false,
      impressionData: false,
      strategies: [
        {
          name: 'flexibleRollout',
          constraints: [],
          parameters: {
            groupId: 'checkout-v2',
            rollout: '25',
            stickiness: 'default',
          },
          variants: [],
        },
      ],
      variants: [],
    },
    { name: 'unrelated', enabled: false, strategies: [] },
  ],
  'staging-token': [
    {
      name: 'checkout-v2',
      type: 'release',
      enabled: true,
      strategies: [{ name: 'default', constraints: [], parameters: {} }],
    },
  ],
};

/** A local HTTP server speaking Unleash's client API; `failing` makes it answer 500. */
async function startUnleash() {
  const calls: Array<{ url?: string; authorization?: string; app?: string }> =
    [];
  const state = { failing: false };
  const server: Server = createServer((req: IncomingMessage, res) => {
    calls.push({
      url: req.url,
      authorization: req.headers.authorization,
      app: req.headers['unleash-appname'] as string | undefined,
    });
    const features = unleashFeatures[req.headers.authorization ?? ''];
    if (state.failing) {
      res.writeHead(500).end('boom');
    } else if (req.url !== '/api/client/features' || !features) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{}');
    } else {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ version: 2, features, query: {}, meta: {} }));
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    state,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

describe('unleashFeatureState', () => {
  it.each([
    [{ name: 'f', enabled: false, strategies: [{ name: 'default' }] }, 'off'],
    [{ name: 'f', enabled: true, strategies: [] }, 'on'],
    [{ name: 'f', enabled: true, strategies: [{ name: 'default' }] }, 'on'],
    [
      {
        name: 'f',
        enabled: true,
        strategies: [
          { name: 'flexibleRollout', parameters: { rollout: '30' } },
        ],
      },
      '30%',
    ],
    [
      {
        name: 'f',
        enabled: true,
        strategies: [
          { name: 'gradualRolloutRandom', parameters: { percentage: 10 } },
          { name: 'flexibleRollout', parameters: { rollout: '40' } },
        ],
      },
      '40%',
    ],
    [
      {
        name: 'f',
        enabled: true,
        strategies: [
          { name: 'flexibleRollout', parameters: { rollout: '100' } },
        ],
      },
      'on',
    ],
    [
      {
        name: 'f',
        enabled: true,
        strategies: [
          {
            name: 'flexibleRollout',
            parameters: { rollout: '100' },
            constraints: [
              { contextName: 'userId', operator: 'IN', values: ['a'] },
            ],
          },
        ],
      },
      'targeted',
    ],
    [
      {
        name: 'f',
        enabled: true,
        strategies: [{ name: 'userWithId', parameters: { userIds: 'a,b' } }],
      },
      'targeted',
    ],
    [
      {
        name: 'f',
        enabled: true,
        strategies: [
          { name: 'default', disabled: true },
          { name: 'flexibleRollout', parameters: { rollout: '5' } },
        ],
      },
      '5%',
    ],
  ])('%j is %p', (feature, state) => {
    expect(unleashFeatureState(feature)).toBe(state);
  });
});

describe('feature-flag decisions', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let unleash: Awaited<ReturnType<typeof startUnleash>>;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
      unleash = await startUnleash();
    });
    afterEach(async () => {
      await unleash.close();
    });

    async function start() {
      const backend = await startDevexBackend(knex, {
        entities: [hotpass],
        runTasksOnStartup: false,
        config: {
          app: { baseUrl: 'https://portal.example.com' },
          devex: {
            featureFlags: {
              unleash: {
                url: unleash.url,
                environments: [
                  { name: 'production', token: 'prod-token' },
                  { name: 'staging', token: 'staging-token' },
                ],
              },
            },
          },
        },
      });
      const experiment = (
        await request(backend.server)
          .post('/api/devex/experiments')
          .send({
            key: 'EXP-9',
            title: 'Checkout v2 behind a flag',
            hypothesis: 'The new checkout shortens the QA loop.',
            owner: 'group:default/platform-eng',
            entityRefs: ['component:default/hotpass'],
            vehicle: { type: 'feature_flag', ref: 'checkout-v2' },
          })
          .expect(201)
      ).body;
      const decide = (body: object) =>
        request(backend.server)
          .post(`/api/devex/experiments/${experiment.id}/flag-decisions`)
          .send(body);
      return { ...backend, experiment, decide };
    }

    it('records decisions with who and when, keeps the newest per flag and environment current, and flags drift from the live Unleash state', async () => {
      const { server, experiment, decide, runTask, auditEvents } =
        await start();
      await decide({
        flagKey: 'checkout-v2',
        environment: 'production',
        from: 'off',
        to: '25%',
        reason: 'Pilot with a quarter of traffic',
      }).expect(201);
      const newest = (
        await decide({
          flagKey: 'checkout-v2',
          environment: 'production',
          from: '25%',
          to: '50%',
          reason: 'Pilot went well',
        }).expect(201)
      ).body;
      expect(newest).toMatchObject({
        experimentId: experiment.id,
        flagKey: 'checkout-v2',
        environment: 'production',
        from: '25%',
        to: '50%',
        decidedBy: 'user:default/mock',
        occurrenceId: null,
        meetingLink: null,
        current: true,
        live: null,
        drift: null,
      });
      await decide({
        flagKey: 'checkout-v2',
        environment: 'staging',
        from: 'off',
        to: 'on',
        reason: 'Everyone in staging',
      }).expect(201);
      await decide({
        flagKey: 'ghost-flag',
        environment: 'production',
        from: 'off',
        to: 'on',
        reason: 'A flag Unleash does not have',
      }).expect(201);

      await runTask('devex-flag-drift');
      // one read per environment, with that environment's client token
      expect(unleash.calls.map(c => c.authorization).sort()).toEqual([
        'prod-token',
        'staging-token',
      ]);
      expect(unleash.calls.every(c => c.app === 'backstage-devex')).toBe(true);

      const { items } = (
        await request(server)
          .get(`/api/devex/experiments/${experiment.id}/flag-decisions`)
          .expect(200)
      ).body;
      const summary = items.map((d: any) => [
        d.flagKey,
        d.environment,
        d.to,
        d.current,
        d.live?.state ?? null,
        d.live?.provider ?? null,
        d.drift,
      ]);
      // newest first
      expect(summary).toEqual([
        ['ghost-flag', 'production', 'on', true, null, null, null],
        ['checkout-v2', 'staging', 'on', true, 'on', 'unleash', false],
        ['checkout-v2', 'production', '50%', true, '25%', 'unleash', true],
        ['checkout-v2', 'production', '25%', false, null, null, null],
      ]);
      expect(items[0].live.error).toBe(
        'No flag service knows ghost-flag in production',
      );
      expect(
        auditEvents.filter(e => e.eventId === 'flag-decision'),
      ).toHaveLength(4);

      // the flag service fails: the read says why, the decision keeps its state
      unleash.state.failing = true;
      await runTask('devex-flag-drift');
      const after = (
        await request(server)
          .get(`/api/devex/experiments/${experiment.id}/flag-decisions`)
          .expect(200)
      ).body.items;
      expect(after[2].live.state).toBeNull();
      expect(after[2].live.error).toMatch(/unleash: Unleash answered 500/);
      expect(after[2].drift).toBeNull();
    });

    it('refuses bad decisions with a 4xx naming what is wrong, and writes nothing', async () => {
      const { server, decide, count } = await start();
      const before = await count('devex_flag_decisions');
      const cases: Array<[object, RegExp]> = [
        [
          {
            flagKey: 'f',
            environment: 'production',
            from: 'on',
            to: 'on',
            reason: 'x',
          },
          /from and to are both on/,
        ],
        [
          {
            flagKey: 'f',
            environment: 'production',
            from: 'off',
            to: '150%',
            reason: 'x',
          },
          /to/,
        ],
        [
          {
            flagKey: 'f',
            environment: 'production',
            from: 'off',
            to: 'on',
            reason: '   ',
          },
          /reason/,
        ],
        [
          {
            flagKey: 'f',
            environment: 'production',
            from: 'off',
            to: 'on',
            reason: 'x',
            decidedBy: 'user:default/someone',
          },
          // who decided comes from the credentials, never from the body
          /must NOT have additional properties/,
        ],
      ];
      for (const [body, message] of cases) {
        const res = await decide(body).expect(400);
        expect(res.body.error.message).toMatch(message);
      }
      await request(server)
        .post(
          '/api/devex/experiments/00000000-0000-4000-8000-000000000000/flag-decisions',
        )
        .send({
          flagKey: 'f',
          environment: 'production',
          from: 'off',
          to: 'on',
          reason: 'x',
        })
        .expect(404);
      expect(await count('devex_flag_decisions')).toBe(before);
    });

    it('in forum mode: the decision links to the meeting, and the minutes list it', async () => {
      const { server, experiment } = await start();
      const chair = mockCredentials.user.header('user:default/dx-sponsor');
      const { occurrences } = (
        await request(server)
          .get('/api/devex/calendar/occurrences')
          .query({ from: '2026-11-25', to: '2027-02-20' })
          .expect(200)
      ).body;
      const sync = occurrences.find((o: any) => o.type === 'monthly_sync');
      await request(server)
        .post('/api/devex/forums')
        .set('Authorization', chair)
        .send({ occurrenceId: sync.id })
        .expect(201);
      const output = (
        await request(server)
          .post(
            `/api/devex/forums/${encodeURIComponent(sync.id)}/flag-decisions`,
          )
          .set('Authorization', chair)
          .send({
            step: sync.agenda[0],
            experimentId: experiment.id,
            flagKey: 'checkout-v2',
            environment: 'production',
            from: 'off',
            to: '10%',
            reason: 'Start the pilot',
          })
          .expect(201)
      ).body;
      expect(output).toMatchObject({
        kind: 'flag_decision',
        summary:
          'EXP-9: flag checkout-v2 in production off to 10%: Start the pilot',
        record: { type: 'experiment', id: experiment.id },
      });
      const [decision] = (
        await request(server)
          .get(`/api/devex/experiments/${experiment.id}/flag-decisions`)
          .expect(200)
      ).body.items;
      expect(decision).toMatchObject({
        occurrenceId: sync.id,
        meetingLink: `/devex/forum/${encodeURIComponent(sync.id)}/minutes`,
        decidedBy: 'user:default/dx-sponsor',
      });
      await request(server)
        .post(`/api/devex/forums/${encodeURIComponent(sync.id)}/finish`)
        .set('Authorization', chair)
        .send({})
        .expect(200);
      const minutes = (
        await request(server)
          .get(`/api/devex/forums/${encodeURIComponent(sync.id)}/minutes.md`)
          .set('Authorization', chair)
          .expect(200)
      ).text;
      expect(minutes).toMatch(/1 flag decisions/);
      expect(minutes).toMatch(/\*\*Flag decision:\*\* EXP-9: flag checkout-v2/);
    });
  });
});
