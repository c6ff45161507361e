import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  SchedulerServiceTaskInvocationDefinition,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import notificationsPlugin from '@backstage/plugin-notifications-backend';
import emailModule from '@backstage/plugin-notifications-backend-module-email';
import slackModule from '@backstage/plugin-notifications-backend-module-slack';
import devexPlugin from '@devex-governance/backstage-plugin-devex-backend';
import request from 'supertest';

/*
 * Delivery of the DevEx notifications by email and Slack, end to end: the real DevEx plugin
 * sends its digest, a blocker and its escalation through the real notifications backend, whose
 * email and Slack modules deliver them. The email transport is the demo's (sendmail pointing at
 * scripts/mail-to-folder.js, writing .eml files, here into a temporary folder); Slack is stubbed
 * at the WebClient's single network boundary, `apiCall`.
 */

jest.setTimeout(60_000);

const mailScript = path.resolve(
  __dirname,
  '../../../scripts/mail-to-folder.js',
);

// The WebClient the Slack module itself loads (its own copy of @slack/web-api).
const { WebClient } = require(require.resolve('@slack/web-api', {
  paths: [
    path.dirname(
      require.resolve(
        '@backstage/plugin-notifications-backend-module-slack/package.json',
      ),
    ),
  ],
}));

const user = (name: string, groups: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: {
    profile: { email: `${name}@example.com` },
    memberOf: groups,
  },
  relations: groups.map(g => ({
    type: 'memberOf',
    targetRef: `group:default/${g}`,
  })),
});

const group = (name: string, members: string[], channel?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name,
    namespace: 'default',
    ...(channel && { annotations: { 'slack.com/bot-notify': channel } }),
  },
  spec: { type: 'team', children: [] },
  relations: members.map(m => ({
    type: 'hasMember',
    targetRef: `user:default/${m}`,
  })),
});

const entities: Entity[] = [
  user('guest', ['developer-productivity-guild']),
  user('dx-sponsor', ['platform-steering-committee']),
  user('lerato.devops', ['devops']),
  user('amara.qa', ['qa']),
  group('developer-productivity-guild', ['guest'], 'C0GUILD'),
  group('platform-steering-committee', ['dx-sponsor'], 'C0STEERING'),
  group('devops', ['lerato.devops'], 'C0DEVOPS'),
  group('qa', ['amara.qa']),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'prefect-pipelines', namespace: 'default' },
    spec: { type: 'service', owner: 'group:default/devops' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/devops' }],
  },
];

interface Mail {
  to: string;
  subject: string;
  body: string;
}

/** The .eml files in the folder, with their headers unfolded. */
function readMails(dir: string): Mail[] {
  return fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.eml'))
    .map(f => {
      const raw = fs.readFileSync(path.join(dir, f), 'utf8');
      const [head, ...rest] = raw.split(/\r?\n\r?\n/);
      const headers = head.replace(/\r?\n[ \t]+/g, ' ');
      const header = (name: string) =>
        new RegExp(`^${name}: (.*)$`, 'mi').exec(headers)?.[1] ?? '';
      return {
        to: header('To'),
        subject: header('Subject'),
        body: rest.join('\n\n'),
      };
    });
}

async function waitFor<T>(what: () => T, done: (t: T) => boolean): Promise<T> {
  const until = Date.now() + 15_000;
  for (;;) {
    const value = what();
    if (done(value) || Date.now() > until) return value;
    await new Promise(r => setTimeout(r, 100));
  }
}

describe('delivery of the DevEx notifications by email and Slack', () => {
  // each plugin its own SQLite database, closed after the tests
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let mailDir: string;
  let slackCalls: Array<{ method: string; options: any }>;

  beforeEach(() => {
    mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'devex-mail-'));
    slackCalls = [];
    jest
      .spyOn(WebClient.prototype, 'apiCall')
      .mockImplementation(async (method: any, options: any) => {
        slackCalls.push({ method, options });
        if (method === 'users.lookupByEmail') {
          return { ok: true, user: { id: `U-${options.email}` } };
        }
        return { ok: true, ts: '1700000000.000100', channel: options.channel };
      });
  });

  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(mailDir, { recursive: true, force: true });
  });

  it('sends the digest, a blocker and its escalation to the right addresses and channels', async () => {
    // the demo's transport, writing into this test's folder
    const sendmail = path.join(mailDir, 'sendmail.sh');
    fs.writeFileSync(
      sendmail,
      `#!/bin/sh\nDEVEX_MAIL_DIR='${mailDir}' exec node '${mailScript}' "$@"\n`,
      { mode: 0o755 },
    );
    const tasks = new Map<string, SchedulerServiceTaskInvocationDefinition>();
    const backend = await startTestBackend({
      features: [
        notificationsPlugin,
        emailModule,
        slackModule,
        devexPlugin,
        createServiceFactory({
          service: catalogServiceRef,
          deps: {},
          factory: () => catalogServiceMock({ entities }),
        }),
        createServiceFactory({
          service: coreServices.database,
          deps: {},
          factory: async () => {
            const knex = await databases.init('SQLITE_3');
            return { getClient: async () => knex };
          },
        }),
        // scheduled tasks run when the test says so
        mockServices.scheduler.mock({
          scheduleTask: async task => void tasks.set(task.id, task),
          createScheduledTaskRunner: () => ({
            run: async task => void tasks.set(task.id, task),
          }),
        }).factory,
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://localhost:3000' },
            notifications: {
              processors: {
                email: {
                  sender: 'devex-portal@example.com',
                  transportConfig: { transport: 'sendmail', path: sendmail },
                },
                slack: [{ token: 'xoxb-test' }],
              },
            },
            devex: {
              clock: { startAt: '2026-11-25T08:00:00Z' },
              // a blocker is due for escalation as soon as it is raised
              escalation: {
                workingDays: 0,
                steeringCommittee: 'group:default/platform-steering-committee',
                chair: 'user:default/dx-sponsor',
              },
              digest: {
                recipients: ['group:default/developer-productivity-guild'],
              },
            },
          },
        }),
      ],
    });
    const { server } = backend;
    const mails = (n: number) =>
      waitFor(
        () => readMails(mailDir),
        m => m.length >= n,
      );
    const posted = (n: number) =>
      waitFor(
        () =>
          slackCalls
            .filter(c => c.method === 'chat.postMessage')
            .map(c => ({ channel: c.options.channel, text: c.options.text })),
        p => p.length >= n,
      );
    const asGuest = mockCredentials.user.header('user:default/guest');

    // 1. the digest ("Send now"), to the governance guild
    await request(server)
      .post('/api/devex/digest/send')
      .set('Authorization', asGuest)
      .expect(200);
    expect(await mails(1)).toEqual([
      expect.objectContaining({
        to: 'guest@example.com',
        subject: 'DevEx metrics digest, November 2026',
        body: expect.stringContaining('http://localhost:3000/devex'),
      }),
    ]);
    expect(await posted(1)).toEqual([
      { channel: 'C0GUILD', text: 'DevEx metrics digest, November 2026' },
    ]);

    // 2. a blocker, to the owners of the entity
    await request(server)
      .post('/api/devex/blockers')
      .set('Authorization', asGuest)
      .send({
        entityRef: 'component:default/prefect-pipelines',
        title: 'Staging access pending',
      })
      .expect(201);
    const blocker =
      'Blocker on component:default/prefect-pipelines: Staging access pending';
    expect((await mails(2)).map(m => [m.to, m.subject])).toContainEqual([
      'lerato.devops@example.com',
      blocker,
    ]);
    expect(await posted(2)).toContainEqual({
      channel: 'C0DEVOPS',
      text: blocker,
    });

    // 3. its escalation, to the steering committee and its chair
    await tasks
      .get('devex-escalate-blockers')!
      .fn(new AbortController().signal);
    const escalated =
      'Escalated: Staging access pending (component:default/prefect-pipelines)';
    const all = await mails(3);
    expect(all.map(m => [m.to, m.subject]).sort()).toEqual(
      [
        ['guest@example.com', 'DevEx metrics digest, November 2026'],
        ['lerato.devops@example.com', blocker],
        // the chair is also the committee's member: one email
        ['dx-sponsor@example.com', escalated],
      ].sort(),
    );
    // the committee's channel, and the chair (named as a recipient) directly, found by email
    const all4 = await posted(4);
    expect(all4).toHaveLength(4);
    expect(all4).toEqual(
      expect.arrayContaining([
        { channel: 'C0STEERING', text: escalated },
        { channel: 'U-dx-sponsor@example.com', text: escalated },
      ]),
    );
    expect(slackCalls).toContainEqual({
      method: 'users.lookupByEmail',
      options: { email: 'dx-sponsor@example.com' },
    });
    // nobody outside the recipients heard of it
    expect(all.map(m => m.to)).not.toContain('amara.qa@example.com');
    await backend.stop();
  });
});
