import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { recordAnomaly } from '../__testUtils__/anomalies';
import { Server } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import request from 'supertest';
import { permissionsFromPolicy } from '../__testUtils__/permissionsFromPolicy';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { spec as openApiSpec } from '../schema/openapi.generated';
import { DevexPermissionPolicy } from './DevexPermissionPolicy';

jest.setTimeout(300_000);

const QA_SERVICE = 'component:default/qa-service';
const PLATFORM_PORTAL = 'component:default/platform-portal';

type Role = 'outsider' | 'owner' | 'admin';
const users: Record<Role, string> = {
  outsider: 'user:default/olga',
  owner: 'user:default/amara',
  admin: 'user:default/ada',
};
const memberships: Record<string, string[]> = {
  [users.outsider]: ['group:default/docs'],
  [users.owner]: ['group:default/qa'],
  [users.admin]: ['group:default/guild'],
};

const component = (name: string, owner: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { owner },
  relations: [{ type: 'ownedBy', targetRef: owner }],
});
const user = (ref: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: ref.split('/')[1], namespace: 'default' },
  spec: {},
});
const QA_RUNBOOK = 'https://runbooks.example.com/qa.md';
const entities = [
  {
    ...component('qa-service', 'group:default/qa'),
    metadata: {
      name: 'qa-service',
      namespace: 'default',
      annotations: { 'devex.io/runbooks': QA_RUNBOOK },
    },
  },
  component('platform-portal', 'group:default/platform-eng'),
  ...Object.values(users).map(user),
];

const ALL: Role[] = ['outsider', 'owner', 'admin'];
const OWNERS: Role[] = ['owner', 'admin'];
const ADMINS: Role[] = ['admin'];

let serial = 0;
const unique = (prefix: string) => `${prefix}-${++serial}`;

/** What a case needs: the servers, and requests made as the admin to prepare records. */
interface Context {
  as: (role: Role) => (r: request.Test) => request.Test;
  admin: request.SuperTest<request.Test>;
  campaignId: () => Promise<string>;
  /** An open anomaly of an entity, as the detection would have recorded it. */
  anomalyOf: (entityRef: string) => Promise<string>;
}

interface Call {
  path: string;
  body?: object;
  query?: Record<string, string>;
}

interface Case {
  /** The operation of the spec, `METHOD /path`; a suffix in brackets names a variant. */
  op: string;
  /** The request it makes; `METHOD /path` asks the path as it is, with nothing sent. */
  call?: (ctx: Context, role: Role) => Promise<Call>;
  allowed: Role[];
  /** Requests without a Backstage token (the calendar feed), authorised by their link. */
  unauthenticated?: boolean;
  /** A write no computed view shows (so it need not drop them), and why. */
  changesNoView?: string;
}

const api = (path: string) => `/api/devex${path}`;

/** The request a case makes, as its `call` says or (without one) its operation's path. */
const callOf = (c: Case, ctx: Context, role: Role): Promise<Call> =>
  c.call ? c.call(ctx, role) : Promise.resolve({ path: c.op.split(' ')[1] });

/** A record the admin creates through the API, as it answered. */
async function createdByAdmin(ctx: Context, path: string, body: object) {
  return (await ctx.admin.post(api(path)).send(body).expect(201)).body;
}

/** A PATCH of a fresh action item (of the given entity and owner) with the given changes. */
function itemPatch(changes: object, entityRef?: string, owner?: string) {
  return async (ctx: Context): Promise<Call> => {
    const item = await createActionItem(ctx, entityRef, owner);
    return {
      path: `/action-items/${item.id}`,
      body: { version: item.version, ...changes },
    };
  };
}

async function createActionItem(
  ctx: Context,
  entityRef = QA_SERVICE,
  owner = 'group:default/qa',
) {
  return (
    await ctx.admin
      .post(api('/action-items'))
      .send({
        title: unique('Item'),
        entityRef,
        owner,
        dueDate: '2026-12-15',
      })
      .expect(201)
  ).body;
}

/** The next forum occurrences (monthly syncs and quarterly forums), soonest first. */
async function forumOccurrences(ctx: Context): Promise<string[]> {
  const { occurrences } = (
    await ctx.admin.get(api('/calendar/occurrences')).expect(200)
  ).body;
  return occurrences
    .filter((o: any) => ['monthly_sync', 'quarterly_forum'].includes(o.type))
    .map((o: any) => o.id);
}
/** A forum run started by the admin (the first occurrence, or the one at `index`). */
async function runningForum(ctx: Context, index = 0): Promise<string> {
  const id = (await forumOccurrences(ctx))[index];
  await ctx.admin.post(api('/forums')).send({ occurrenceId: id });
  return id;
}

const forumPath = (id: string, rest = '') =>
  `/forums/${encodeURIComponent(id)}${rest}`;

/** A request that records an output of the running forum through the given route. */
async function forumOutputCall(
  ctx: Context,
  route: string,
  body: object,
): Promise<Call> {
  return { path: forumPath(await runningForum(ctx), route), body };
}
const experimentBody = () => ({
  key: unique('EXP'),
  title: 'Faster QA loop',
  hypothesis: 'A cached QA suite halves the loop',
  owner: 'group:default/qa',
  entityRefs: [QA_SERVICE],
});
async function createExperiment(ctx: Context) {
  return await createdByAdmin(ctx, '/experiments', experimentBody());
}
const flagDecisionBody = () => ({
  flagKey: unique('flag'),
  environment: 'production',
  from: 'off',
  to: '10%',
  reason: 'Pilot',
});
/** A remediation item of the QA service (owned by the owner role's group), made by the admin. */
async function remediationItem(ctx: Context): Promise<string> {
  const id = unique('QA-W');
  await ctx.admin
    .post(api('/remediation-items'))
    .send({
      items: [
        {
          id,
          framework: 'POPIA',
          title: 'QA evidence',
          riskLevel: 'high',
          owner: 'group:default/qa',
          entityRef: QA_SERVICE,
        },
      ],
    })
    .expect(200);
  return id;
}
const backlogBody = () => ({
  initiative: unique('Initiative'),
  owner: 'group:default/platform-eng',
  horizon: 30,
  effort: 'M',
  entityRef: QA_SERVICE,
});
const riskBody = () => ({
  key: unique('R'),
  title: 'Flaky QA suite',
  impact: 3,
  likelihood: 3,
  owner: 'group:default/qa',
  entityRef: QA_SERVICE,
});
const evidenceBody = (id: string) => ({
  id,
  title: 'QA logs',
  source: 'QA logs',
  location: 'dist/logs/qa/',
  owner: 'group:default/qa',
  retentionDays: 365,
  collection: 'automated',
  collectedAt: '2026-11-20T10:00:00Z',
  remediationIds: [],
  url: null,
});

/** Every operation of the OpenAPI spec, with who may call it under the shipped policy. */
const cases: Case[] = [
  // pulse first: the campaign is opened by the admin's call
  { op: 'POST /pulse/campaigns', allowed: ADMINS },
  { op: 'GET /pulse/current', allowed: ALL },
  { op: 'GET /pulse/trend', allowed: ALL },
  {
    op: 'POST /pulse/campaigns/{campaignId}/responses',
    call: async ctx => ({
      path: `/pulse/campaigns/${await ctx.campaignId()}/responses`,
      body: { answers: { q1: 3, q2: 3, q3: 3, q4: 3, q5: 3 } },
    }),
    allowed: ALL,
    changesNoView:
      'an answer waits sealed in the pool; the batch of k it is written in announces itself',
  },
  {
    op: 'GET /pulse/campaigns/{campaignId}/results',
    call: async ctx => ({
      path: `/pulse/campaigns/${await ctx.campaignId()}/results`,
    }),
    allowed: ALL,
  },
  {
    op: 'GET /pulse/campaigns/{campaignId}/results.csv',
    call: async ctx => ({
      path: `/pulse/campaigns/${await ctx.campaignId()}/results.csv`,
    }),
    allowed: ALL,
  },
  { op: 'GET /action-items', allowed: ALL },
  {
    op: 'POST /action-items',
    call: async () => ({
      path: '/action-items',
      body: {
        title: unique('Item'),
        entityRef: QA_SERVICE,
        owner: 'group:default/qa',
        dueDate: '2026-12-15',
      },
    }),
    allowed: OWNERS,
  },
  {
    op: 'GET /action-items/{id}',
    call: async ctx => ({
      path: `/action-items/${(await createActionItem(ctx)).id}`,
    }),
    allowed: ALL,
  },
  {
    op: 'PATCH /action-items/{id}',
    call: itemPatch({ title: 'Renamed' }),
    allowed: OWNERS,
  },
  {
    op: "PATCH /action-items/{id} [status only, another team's entity, assigned to QA]",
    call: itemPatch(
      { status: 'in_progress' },
      PLATFORM_PORTAL,
      'group:default/qa',
    ),
    allowed: OWNERS,
  },
  {
    op: "PATCH /action-items/{id} [title, another team's entity, assigned to QA]",
    call: itemPatch({ title: 'Renamed' }, PLATFORM_PORTAL, 'group:default/qa'),
    allowed: ADMINS,
  },
  {
    op: 'DELETE /action-items/{id}',
    call: async ctx => ({
      path: `/action-items/${(await createActionItem(ctx)).id}`,
    }),
    allowed: OWNERS,
  },
  { op: 'GET /experiments', allowed: ALL },
  {
    op: 'POST /experiments',
    call: async () => ({ path: '/experiments', body: experimentBody() }),
    allowed: OWNERS,
  },
  {
    op: 'GET /experiments/{id}',
    call: async ctx => ({
      path: `/experiments/${(await createExperiment(ctx)).id}`,
    }),
    allowed: ALL,
  },
  {
    op: 'PATCH /experiments/{id}',
    call: async ctx => {
      const e = await createExperiment(ctx);
      return {
        path: `/experiments/${e.id}`,
        body: { version: e.version, title: 'Renamed' },
      };
    },
    allowed: OWNERS,
  },
  {
    op: 'GET /experiments/{id}/transitions',
    call: async ctx => ({
      path: `/experiments/${(await createExperiment(ctx)).id}/transitions`,
    }),
    allowed: ALL,
  },
  {
    op: 'POST /experiments/{id}/transitions',
    call: async ctx => {
      const e = await createExperiment(ctx);
      return {
        path: `/experiments/${e.id}/transitions`,
        body: { to: 'planned', note: 'go', version: e.version },
      };
    },
    allowed: OWNERS,
  },
  {
    op: 'GET /experiments/{id}/flag-decisions',
    call: async ctx => ({
      path: `/experiments/${(await createExperiment(ctx)).id}/flag-decisions`,
    }),
    allowed: ALL,
  },
  {
    op: 'POST /experiments/{id}/flag-decisions',
    call: async ctx => ({
      path: `/experiments/${(await createExperiment(ctx)).id}/flag-decisions`,
      body: flagDecisionBody(),
    }),
    allowed: OWNERS,
  },
  {
    op: 'POST /measurements',
    call: async () => ({
      path: '/measurements',
      body: {
        measurements: [
          {
            metricKey: 'dora.mttr',
            value: 3,
            measuredAt: '2026-11-20T10:00:00Z',
            entityRef: QA_SERVICE,
          },
        ],
      },
    }),
    allowed: OWNERS,
  },
  { op: 'GET /scorecards', allowed: ALL },
  { op: 'GET /scorecards/export.csv', allowed: ALL },
  {
    op: 'GET /calendar/occurrences',
    call: async () => ({
      path: '/calendar/occurrences',
      query: { entityRef: QA_SERVICE },
    }),
    allowed: ALL,
  },
  {
    op: 'PUT /calendar/occurrences/{occurrenceId}/record',
    call: async ctx => {
      const { occurrences } = (
        await ctx.admin.get(api('/calendar/occurrences')).expect(200)
      ).body;
      const free = occurrences.find((o: any) => !o.record);
      return {
        path: `/calendar/occurrences/${encodeURIComponent(free.id)}/record`,
        body: { status: 'held' },
      };
    },
    allowed: ADMINS,
  },
  { op: 'GET /calendar/verification-windows', allowed: ALL },
  {
    op: 'POST /calendar/verification-runs',
    call: async () => ({
      path: '/calendar/verification-runs',
      body: { framework: 'ISO 27001', runAt: '2026-11-24T10:00:00Z' },
    }),
    allowed: ADMINS,
  },
  { op: 'GET /calendar/feed-url', allowed: ALL },
  { op: 'GET /calendar/feeds', allowed: ALL },
  {
    op: 'POST /calendar/feeds',
    call: async () => ({
      path: '/calendar/feeds',
      body: { entityRef: QA_SERVICE },
    }),
    allowed: ALL,
  },
  {
    op: "DELETE /calendar/feeds [another user's]",
    call: async () => ({
      path: '/calendar/feeds',
      query: { userRef: 'user:default/someone-else' },
    }),
    allowed: ADMINS,
  },
  {
    op: 'DELETE /calendar/feeds/{id} [own]',
    call: async (ctx, role) => {
      const issued = await ctx
        .as(role)(ctx.admin.post(api('/calendar/feeds')).send({}))
        .expect(201);
      return { path: `/calendar/feeds/${issued.body.id}` };
    },
    allowed: ALL,
  },
  {
    op: 'GET /calendar/feed/{token}/devex.ics',
    call: async ctx => {
      const issued = await createdByAdmin(ctx, '/calendar/feeds', {});
      return { path: issued.path };
    },
    allowed: ALL,
    unauthenticated: true,
  },
  { op: 'GET /backlog', allowed: ALL },
  {
    op: 'POST /backlog',
    call: async () => ({ path: '/backlog', body: backlogBody() }),
    allowed: ADMINS,
  },
  {
    op: 'PATCH /backlog/{id}',
    call: async ctx => {
      const item = await createdByAdmin(ctx, '/backlog', backlogBody());
      return {
        path: `/backlog/${item.id}`,
        body: { version: item.version, effort: 'L' },
      };
    },
    allowed: ADMINS,
  },
  {
    op: 'POST /backlog/reorder',
    call: async ctx => {
      const item = await createdByAdmin(ctx, '/backlog', backlogBody());
      return {
        path: '/backlog/reorder',
        body: {
          itemId: item.id,
          toRank: 1,
          version: item.version,
          note: 'first',
        },
      };
    },
    allowed: ADMINS,
  },
  { op: 'GET /risks', call: async () => ({ path: '/risks' }), allowed: ALL },
  {
    op: 'GET /runbooks/content',
    call: async () => ({
      path: '/runbooks/content',
      query: { entityRef: QA_SERVICE, url: QA_RUNBOOK },
    }),
    allowed: ALL,
  },
  {
    op: 'GET /runbooks/status',
    call: async () => ({
      path: '/runbooks/status',
      query: { entityRef: QA_SERVICE },
    }),
    allowed: ALL,
  },
  {
    op: 'POST /risks',
    call: async () => ({ path: '/risks', body: riskBody() }),
    allowed: OWNERS,
  },
  {
    op: 'PATCH /risks/{id}',
    call: async ctx => {
      const risk = await createdByAdmin(ctx, '/risks', riskBody());
      return {
        path: `/risks/${risk.id}`,
        body: { version: risk.version, impact: 4 },
      };
    },
    allowed: OWNERS,
  },
  {
    op: 'GET /anomalies',
    call: async () => ({
      path: '/anomalies',
      query: { entityRef: QA_SERVICE },
    }),
    allowed: ALL,
  },
  {
    op: 'POST /anomalies/{id}/dismiss',
    call: async ctx => ({
      path: `/anomalies/${await ctx.anomalyOf(QA_SERVICE)}/dismiss`,
      body: { note: 'A release week: expected' },
    }),
    allowed: ADMINS,
  },
  { op: 'GET /blockers', allowed: ALL },
  {
    op: 'POST /blockers',
    call: async () => ({
      path: '/blockers',
      body: { entityRef: QA_SERVICE, title: unique('Blocked') },
    }),
    allowed: OWNERS,
  },
  {
    op: 'POST /blockers/{id}/resolve',
    call: async ctx => {
      const blocker = (
        await ctx.admin
          .post(api('/blockers'))
          .send({ entityRef: QA_SERVICE, title: unique('Blocked') })
          .expect(201)
      ).body;
      return {
        path: `/blockers/${blocker.id}/resolve`,
        body: { resolution: 'unblocked', version: blocker.version },
      };
    },
    allowed: OWNERS,
  },
  {
    op: 'GET /sync/overview',
    call: async () => ({
      path: '/sync/overview',
      query: { entityRef: QA_SERVICE },
    }),
    allowed: ALL,
  },
  { op: 'GET /sync/portfolio', allowed: ALL },
  { op: 'GET /sync/runs', allowed: ALL },
  { op: 'POST /sync/runs', allowed: ADMINS },
  {
    op: 'POST /remediation-items',
    call: async () => ({
      path: '/remediation-items',
      body: {
        items: [
          {
            id: unique('QA'),
            framework: 'POPIA',
            title: 'QA evidence',
            riskLevel: 'high',
            owner: 'group:default/qa',
            entityRef: QA_SERVICE,
          },
        ],
      },
    }),
    allowed: OWNERS,
  },
  { op: 'GET /waivers', allowed: ALL },
  {
    op: 'POST /waivers',
    call: async ctx => ({
      path: '/waivers',
      body: {
        subjectType: 'remediation_item',
        subjectId: await remediationItem(ctx),
        justification: 'Manual by design',
        expiresOn: '2026-12-20',
      },
    }),
    allowed: OWNERS,
  },
  {
    op: 'POST /waivers [success measure]',
    call: async () => ({
      path: '/waivers',
      body: {
        subjectType: 'success_measure',
        subjectId: 'space-satisfaction',
        justification: 'Paused over the freeze',
        expiresOn: '2026-12-20',
      },
    }),
    allowed: ADMINS,
  },
  {
    op: 'POST /waivers/{id}/decision',
    call: async ctx => {
      const waiver = (
        await ctx.admin
          .post(api('/waivers'))
          .send({
            subjectType: 'remediation_item',
            subjectId: await remediationItem(ctx),
            justification: 'Manual by design',
            expiresOn: '2026-12-20',
          })
          .expect(201)
      ).body;
      return {
        path: `/waivers/${waiver.id}/decision`,
        body: { decision: 'approve', version: waiver.version },
      };
    },
    allowed: ADMINS,
  },
  { op: 'GET /evidence', allowed: ALL },
  {
    op: 'PUT /evidence/{evidenceId}',
    call: async () => {
      const id = unique('ev');
      return { path: `/evidence/${id}`, body: evidenceBody(id) };
    },
    allowed: ADMINS,
  },
  {
    op: 'DELETE /evidence/{evidenceId}',
    call: async ctx => {
      const id = unique('ev');
      await ctx.admin
        .put(api(`/evidence/${id}`))
        .send(evidenceBody(id))
        .expect(200);
      return { path: `/evidence/${id}` };
    },
    allowed: ADMINS,
  },
  {
    op: 'POST /forums',
    call: async ctx => ({
      path: '/forums',
      body: { occurrenceId: (await forumOccurrences(ctx))[0] },
    }),
    allowed: ADMINS,
  },
  {
    op: 'GET /forums/{occurrenceId}',
    call: async ctx => ({ path: forumPath(await runningForum(ctx)) }),
    allowed: ALL,
  },
  {
    op: 'POST /forums/{occurrenceId}/decisions',
    call: async ctx => {
      const experiment = await createExperiment(ctx);
      return forumOutputCall(ctx, '/decisions', {
        step: 'Track active experiments',
        experimentId: experiment.id,
        to: 'planned',
        note: 'Planned in the sync',
        version: experiment.version,
      });
    },
    allowed: ADMINS,
  },
  {
    op: 'POST /forums/{occurrenceId}/flag-decisions',
    call: async ctx =>
      forumOutputCall(ctx, '/flag-decisions', {
        step: 'Track active experiments',
        experimentId: (await createExperiment(ctx)).id,
        ...flagDecisionBody(),
      }),
    allowed: ADMINS,
  },
  {
    op: 'POST /forums/{occurrenceId}/action-items',
    call: async ctx =>
      forumOutputCall(ctx, '/action-items', {
        step: 'Track active experiments',
        title: unique('Forum item'),
        entityRef: QA_SERVICE,
        owner: 'group:default/qa',
        dueDate: '2026-12-15',
      }),
    allowed: ADMINS,
  },
  {
    op: 'POST /forums/{occurrenceId}/backlog-moves',
    call: async ctx => {
      const item = await createdByAdmin(ctx, '/backlog', backlogBody());
      return forumOutputCall(ctx, '/backlog-moves', {
        step: 'Unblock platform automation work',
        itemId: item.id,
        toRank: 1,
        version: item.version,
        note: 'First in the sync',
      });
    },
    allowed: ADMINS,
  },
  {
    op: 'POST /forums/{occurrenceId}/risk-changes',
    call: async ctx => {
      const risk = await createdByAdmin(ctx, '/risks', riskBody());
      return forumOutputCall(ctx, '/risk-changes', {
        step: 'Surface telemetry anomalies',
        riskId: risk.id,
        version: risk.version,
        status: 'in_progress',
      });
    },
    allowed: ADMINS,
  },
  {
    op: 'POST /forums/{occurrenceId}/notes',
    call: async ctx =>
      forumOutputCall(ctx, '/notes', {
        step: 'Track active experiments',
        text: 'Roadmap unchanged',
      }),
    allowed: ADMINS,
  },
  {
    op: 'POST /forums/{occurrenceId}/anomaly-dismissals',
    call: async ctx =>
      forumOutputCall(ctx, '/anomaly-dismissals', {
        step: 'Surface telemetry anomalies',
        anomalyId: await ctx.anomalyOf(QA_SERVICE),
        note: 'A release week: expected',
      }),
    allowed: ADMINS,
  },
  {
    op: 'PUT /forums/{occurrenceId}/attendees',
    call: async ctx => ({
      path: forumPath(await runningForum(ctx), '/attendees'),
      body: { attendees: ['group:default/qa'] },
    }),
    allowed: ADMINS,
  },
  {
    // its own occurrence: the admin's call holds it
    op: 'POST /forums/{occurrenceId}/finish',
    call: async ctx => ({
      path: forumPath(await runningForum(ctx, 1), '/finish'),
      body: {},
    }),
    allowed: ADMINS,
  },
  {
    op: 'GET /forums/{occurrenceId}/minutes.md',
    call: async ctx => {
      const id = await runningForum(ctx, 2);
      await ctx.admin.post(api(forumPath(id, '/finish'))).send({});
      return { path: forumPath(id, '/minutes.md') };
    },
    allowed: ALL,
  },
  { op: 'GET /success-measures', allowed: ALL },
  {
    op: 'GET /summary',
    call: async () => ({ path: '/summary', query: { entityRef: QA_SERVICE } }),
    allowed: ALL,
  },
  { op: 'GET /metric-sources', allowed: ALL },
  { op: 'GET /digest/preview', allowed: ALL },
  { op: 'POST /digest/send', allowed: ADMINS },
  {
    // last: the outsider, who answered the pulse and holds feed links, so a refused erasure shows
    op: 'POST /admin/erasure',
    call: async () => ({
      path: '/admin/erasure',
      body: { userEntityRef: users.outsider },
    }),
    allowed: ADMINS,
  },
];

const methodOf = (op: string) => op.split(' ')[0];
const isWrite = (op: string) => methodOf(op) !== 'GET';

/** The operations a service (a CI job, an exporter) may call: pushes of data, nothing else. */
const SERVICE_OPS = ['POST /measurements', 'POST /remediation-items'];

function send(server: Server, op: string, call: Call) {
  const agent = request(server) as any;
  const req: request.Test = agent[methodOf(op).toLowerCase()](api(call.path));
  if (call.query) req.query(call.query);
  return call.body ? req.send(call.body) : req;
}

describe('the permission matrix', () => {
  it('covers every operation of the OpenAPI spec', () => {
    const specOps = Object.entries(openApiSpec.paths).flatMap(
      ([path, methods]) =>
        Object.keys(methods as object).map(m => `${m.toUpperCase()} ${path}`),
    );
    const covered = new Set(cases.map(c => c.op.replace(/ \[.*\]$/, '')));
    expect(specOps.filter(op => !covered.has(op))).toEqual([]);
  });

  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    /** Every row of every table of the plugin, to show that a refused write wrote nothing. */
    async function snapshot() {
      const tables = (await knex.raw(
        knex.client.config.client === 'pg'
          ? "select tablename as name from pg_tables where schemaname = current_schema() and tablename like 'devex\\_%'"
          : "select name from sqlite_master where type = 'table' and name like 'devex\\_%' escape '\\'",
      )) as any;
      const names: string[] = (tables.rows ?? tables).map((t: any) => t.name);
      const rows: Record<string, string> = {};
      for (const name of names.sort()) {
        const all = await knex(name).select();
        // a refused calendar read suspends the caller's feed links (`confirmed_at`): the one
        // change a refusal makes, by design (see feeds.test.ts); nothing the request sent
        if (name === 'devex_calendar_feed_tokens')
          all.forEach(r => delete r.confirmed_at);
        rows[name] = JSON.stringify(all.map(r => JSON.stringify(r)).sort());
      }
      return rows;
    }

    const viewStamp = async () =>
      (await knex('devex_plugin_state').where({ key: 'views.changed' }).first())
        ?.value;
    const viewStampOf = (rows: Record<string, string>) =>
      (JSON.parse(rows.devex_plugin_state) as string[])
        .map(r => JSON.parse(r))
        .find(r => r.key === 'views.changed')?.value;

    async function start(permission?: AuthorizeResult.DENY) {
      const backend = await startDevexBackend(knex, {
        entities,
        memberships,
        runTasksOnStartup: false,
        urlReader: {
          readUrl: async () => ({
            buffer: async () => Buffer.from('# QA runbook'),
          }),
        },
        config: {
          devex: { permissions: { admins: ['group:default/guild'] } },
        },
        ...(permission
          ? { permission }
          : {
              permissions: permissionsFromPolicy(
                new DevexPermissionPolicy({ admins: ['group:default/guild'] }),
                memberships,
              ),
            }),
      });
      const as = (role: Role) => (r: request.Test) =>
        r.set('Authorization', mockCredentials.user.header(users[role]));
      const admin = new Proxy(request(backend.server), {
        get: (target: any, method: string) => (path: string) =>
          as('admin')(target[method](path)),
      }) as request.SuperTest<request.Test>;
      const ctx: Context = {
        as,
        admin,
        campaignId: async () =>
          (await admin.get(api('/pulse/current')).expect(200)).body.campaign.id,
        anomalyOf: entityRef =>
          recordAnomaly(knex, {
            entityRef,
            // a week of its own for each: one anomaly per series and week
            week: new Date(Date.UTC(2026, 0, 1 + ++serial))
              .toISOString()
              .slice(0, 10),
          }),
      };
      return { ...backend, ctx, as };
    }

    it('under the shipped policy: an outsider, an owner of the entity and an admin get what the policy says, and a refused write writes nothing', async () => {
      const { server, ctx, as } = await start();
      const outcomes: string[] = [];
      for (const c of cases) {
        for (const role of ALL) {
          const call = await callOf(c, ctx, role);
          const before = isWrite(c.op) ? await snapshot() : undefined;
          const res = c.unauthenticated
            ? await request(server).get(api(call.path))
            : await as(role)(send(server, c.op, call));
          const allowed = c.allowed.includes(role);
          // an allowed write announced its change before it was acknowledged (the stamp the
          // replicas' views are computed at), unless it changes no view
          if (
            allowed &&
            before &&
            !c.changesNoView &&
            res.status < 300 &&
            (await viewStamp()) === viewStampOf(before)
          )
            outcomes.push(`${c.op} as ${role}: the views were not told`);
          const ok = allowed
            ? res.status >= 200 && res.status < 300
            : res.status === 403;
          if (!ok)
            outcomes.push(
              `${c.op} as ${role}: ${res.status} ${JSON.stringify(
                res.body?.error?.message ?? '',
              )}`,
            );
          // a refused write wrote nothing
          if (
            !allowed &&
            before &&
            !isDeepStrictEqual(await snapshot(), before)
          )
            outcomes.push(`${c.op} as ${role}: refused, but rows changed`);
        }
      }
      expect(outcomes).toEqual([]);
    });

    it('without credentials, with a bad token and with a service token: every operation answers 401 (a service, 401 or 403) but the two a service may call, and nothing is written', async () => {
      const shipped = await start();
      await shipped.ctx.admin.post(api('/pulse/campaigns')).expect(201);
      const outcomes: string[] = [];
      for (const c of cases) {
        if (c.unauthenticated) continue; // a feed link is its own authority (see the README)
        const call = await callOf(c, shipped.ctx, 'admin');
        for (const [who, header] of [
          ['no credentials', mockCredentials.none.header()],
          ['a bad user token', mockCredentials.user.invalidHeader()],
          ['a bad service token', mockCredentials.service.invalidHeader()],
          ['a service', mockCredentials.service.header()],
        ] as const) {
          const before = isWrite(c.op) ? await snapshot() : undefined;
          const res = await send(shipped.server, c.op, call).set(
            'Authorization',
            header,
          );
          const serviceMay = who === 'a service' && SERVICE_OPS.includes(c.op);
          // a service may push data; a service elsewhere is refused (401 or 403), the rest 401
          let expected = [401];
          if (who === 'a service')
            expected = serviceMay ? [200, 201] : [401, 403];
          if (!expected.includes(res.status))
            outcomes.push(`${c.op} with ${who}: ${res.status}`);
          if (
            !serviceMay &&
            before &&
            !isDeepStrictEqual(await snapshot(), before)
          )
            outcomes.push(`${c.op} with ${who}: refused, but rows changed`);
        }
      }
      expect(outcomes).toEqual([]);
    });

    it('under a deny-all policy: every operation answers 403 and writes nothing', async () => {
      // records to act on are made under the shipped policy, on the same database
      const shipped = await start();
      await shipped.ctx.admin.post(api('/pulse/campaigns')).expect(201);
      const calls = new Map<Case, Call>();
      for (const c of cases)
        calls.set(c, await callOf(c, shipped.ctx, 'admin'));
      const denied = await start(AuthorizeResult.DENY);
      const outcomes: string[] = [];
      for (const c of cases) {
        if (c.unauthenticated) continue; // a feed link is its own authority (see the README)
        const before = await snapshot();
        const res = await denied.as('admin')(
          send(denied.server, c.op, calls.get(c)!),
        );
        if (res.status !== 403) outcomes.push(`${c.op}: ${res.status}`);
        expect({ op: c.op, rows: await snapshot() }).toEqual({
          op: c.op,
          rows: before,
        });
      }
      expect(outcomes).toEqual([]);
    });
  });
});
