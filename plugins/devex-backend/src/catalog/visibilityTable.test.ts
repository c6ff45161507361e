import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import { recordAnomaly } from '../__testUtils__/anomalies';
import { Server } from 'node:http';
import request from 'supertest';
import { postGovernanceRecords } from '../__testUtils__/governanceRecords';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { spec as openApiSpec } from '../schema/openapi.generated';

jest.setTimeout(300_000);

const OPEN = 'component:default/qa-service';
const SECRET = 'component:default/hidden-service';
/** Every record of the hidden entity carries this word; a reader it is hidden from never meets it. */
const MARK = /classified/i;
const OLGA = 'user:default/olga'; // the catalog hides the hidden service from her
const AMARA = 'user:default/amara'; // sees everything

const component = (name: string, owner: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    annotations: {
      'devex.io/runbooks': `https://runbooks.example.com/${name}.md`,
    },
  },
  spec: { owner },
  relations: [{ type: 'ownedBy', targetRef: owner }],
});

const userEntity = (ref: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: ref.split('/')[1], namespace: 'default' },
  spec: {},
});

/** What the seeding made, for the routes that read one record. */
interface Seeded {
  itemId: string;
  experimentId: string;
  forumId: string;
  campaignId: string;
  feedPath: (user: string) => Promise<string>;
}

/**
 * How a read route treats an entity the catalog hides from the caller:
 * - `not-found`: asked about the hidden entity or one of its records, it answers 404;
 * - `left-out`: its records are left out of what the route lists, counts or exports;
 * - `no-entity-records`: it holds nothing of an entity (the caller's own links, the pulse,
 *   portal-wide aggregates), checked all the same.
 * `shows` asks that a user who sees the entity meets its records there, so the row proves that
 * the hidden records reached the route.
 */
interface Row {
  op: string;
  rule: 'not-found' | 'left-out' | 'no-entity-records';
  /** The path asked, where it is not the operation's own (`GET /scorecards` asks /scorecards). */
  path?: (s: Seeded, user: string) => Promise<string> | string;
  query?: Record<string, string>;
  shows?: boolean;
  /** What marks the hidden entity's records in this route's answer; default MARK. */
  mark?: RegExp;
}

const TABLE: Row[] = [
  { op: 'GET /action-items', rule: 'left-out', shows: true },
  {
    op: 'GET /action-items [entity]',
    rule: 'left-out',
    query: { entityRef: SECRET },
  },
  {
    op: 'GET /action-items/{id}',
    rule: 'not-found',
    path: s => `/action-items/${s.itemId}`,
  },
  { op: 'GET /experiments', rule: 'left-out', shows: true },
  {
    op: 'GET /experiments/{id}',
    rule: 'not-found',
    path: s => `/experiments/${s.experimentId}`,
  },
  {
    op: 'GET /experiments/{id}/transitions',
    rule: 'not-found',
    path: s => `/experiments/${s.experimentId}/transitions`,
  },
  {
    op: 'GET /experiments/{id}/flag-decisions',
    rule: 'not-found',
    path: s => `/experiments/${s.experimentId}/flag-decisions`,
  },
  { op: 'GET /scorecards', rule: 'left-out', shows: true },
  { op: 'GET /scorecards/export.csv', rule: 'left-out', shows: true },
  {
    op: 'GET /calendar/occurrences',
    rule: 'left-out',
    query: { from: '2026-11-20', to: '2027-03-01' },
  },
  {
    op: 'GET /calendar/occurrences [entity]',
    rule: 'not-found',
    query: { entityRef: SECRET },
  },
  { op: 'GET /calendar/verification-windows', rule: 'no-entity-records' },
  { op: 'GET /calendar/feed-url', rule: 'no-entity-records' },
  { op: 'GET /calendar/feeds', rule: 'no-entity-records' },
  {
    op: 'GET /calendar/feed/{token}/devex.ics',
    rule: 'left-out',
    path: (s, user) => s.feedPath(user),
  },
  { op: 'GET /backlog', rule: 'left-out', path: () => '/backlog', shows: true },
  { op: 'GET /risks', rule: 'left-out', path: () => '/risks', shows: true },
  {
    op: 'GET /runbooks/content',
    rule: 'not-found',
    query: {
      entityRef: SECRET,
      url: 'https://runbooks.example.com/hidden-service.md',
    },
  },
  {
    op: 'GET /runbooks/status',
    rule: 'not-found',
    query: { entityRef: SECRET },
  },
  {
    // an anomaly holds no text of people's: the hidden entity's ref marks it
    op: 'GET /anomalies',
    rule: 'left-out',
    shows: true,
    mark: /hidden-service/,
  },
  {
    op: 'GET /anomalies [entity]',
    rule: 'left-out',
    query: { entityRef: SECRET },
    mark: /hidden-service/,
  },
  { op: 'GET /blockers', rule: 'left-out', shows: true },
  { op: 'GET /sync/overview', rule: 'left-out', shows: true },
  {
    op: 'GET /sync/overview [entity]',
    rule: 'not-found',
    query: { entityRef: SECRET },
  },
  { op: 'GET /sync/portfolio', rule: 'left-out' },
  { op: 'GET /sync/runs', rule: 'no-entity-records', path: () => '/sync/runs' },
  { op: 'GET /waivers', rule: 'left-out', path: () => '/waivers', shows: true },
  { op: 'GET /evidence', rule: 'left-out', path: () => '/evidence' },
  {
    op: 'GET /forums/{occurrenceId}',
    rule: 'left-out',
    path: s => `/forums/${encodeURIComponent(s.forumId)}`,
    shows: true,
  },
  {
    op: 'GET /forums/{occurrenceId}/minutes.md',
    rule: 'left-out',
    path: s => `/forums/${encodeURIComponent(s.forumId)}/minutes.md`,
    shows: true,
  },
  { op: 'GET /success-measures', rule: 'no-entity-records' },
  { op: 'GET /summary', rule: 'left-out', path: () => '/summary', shows: true },
  {
    op: 'GET /summary [entity]',
    rule: 'not-found',
    query: { entityRef: SECRET },
  },
  { op: 'GET /metric-sources', rule: 'no-entity-records' },
  { op: 'GET /digest/preview', rule: 'left-out', shows: true },
  { op: 'GET /pulse/current', rule: 'no-entity-records' },
  { op: 'GET /pulse/trend', rule: 'no-entity-records' },
  {
    op: 'GET /pulse/campaigns/{campaignId}/results',
    rule: 'no-entity-records',
    path: s => `/pulse/campaigns/${s.campaignId}/results`,
  },
  {
    op: 'GET /pulse/campaigns/{campaignId}/results.csv',
    rule: 'no-entity-records',
    path: s => `/pulse/campaigns/${s.campaignId}/results.csv`,
  },
];

/** Records of both entities, the hidden one's marked; a forum run with outputs on both. */
async function seed(server: Server): Promise<Seeded> {
  const post = async (path: string, body: object, status = 201) => {
    const res = await request(server).post(`/api/devex${path}`).send(body);
    if (res.status !== status)
      throw new Error(`POST ${path}: ${res.status} ${res.text}`);
    return res.body;
  };
  const ids: Record<string, Record<string, string>> = {};
  for (const [name, entityRef] of [
    ['open', OPEN],
    ['classified', SECRET],
  ]) {
    const item = await post('/action-items', {
      title: `Item ${name}`,
      entityRef,
      owner: 'group:default/qa',
      dueDate: '2026-11-02', // overdue: the digest lists it
    });
    const experiment = await post('/experiments', {
      key: `EXP-${name}`,
      title: `Experiment ${name}`,
      hypothesis: 'h',
      owner: 'group:default/qa',
      entityRefs: [entityRef],
    });
    await post(`/experiments/${experiment.id}/transitions`, {
      to: 'planned',
      note: 'Planned',
      version: experiment.version,
    });
    await postGovernanceRecords(post, name, entityRef);
    await post(
      '/remediation-items',
      {
        items: [
          {
            id: `REM-${name}`,
            framework: 'ISO 27001',
            title: `Remediation ${name}`,
            riskLevel: 'high',
            owner: 'group:default/qa',
            entityRef,
          },
        ],
      },
      200,
    );
    await post('/waivers', {
      subjectType: 'remediation_item',
      subjectId: `REM-${name}`,
      justification: `Waiver ${name}`,
      expiresOn: '2026-12-20',
    });
    ids[name] = { item: item.id, experiment: experiment.id };
  }
  const { occurrences } = (
    await request(server).get('/api/devex/calendar/occurrences').expect(200)
  ).body;
  const forumId = occurrences.find((o: any) =>
    ['monthly_sync', 'quarterly_forum'].includes(o.type),
  ).id;
  const forum = (path: string) =>
    `/forums/${encodeURIComponent(forumId)}${path}`;
  await post('/forums', { occurrenceId: forumId });
  for (const [name, entityRef] of [
    ['open', OPEN],
    ['classified', SECRET],
  ]) {
    await post(forum('/action-items'), {
      step: 'Track active experiments',
      title: `Forum item ${name}`,
      entityRef,
      owner: 'group:default/qa',
      dueDate: '2026-12-15',
    });
  }
  await post(forum('/finish'), {}, 200);
  // the opener may have opened this month's campaign at start-up
  const current = (await request(server).get('/api/devex/pulse/current')).body
    .campaign;
  const campaignId = current?.id ?? (await post('/pulse/campaigns', {})).id;
  return {
    itemId: ids.classified.item,
    experimentId: ids.classified.experiment,
    forumId,
    campaignId,
    feedPath: async user =>
      (
        await request(server)
          .post('/api/devex/calendar/feeds')
          .set('Authorization', mockCredentials.user.header(user))
          .send({})
          .expect(201)
      ).body.path,
  };
}

/**
 * One table of every read route of the spec and what it does with an entity the catalog hides
 * from the caller (like the permission matrix, for visibility): each row is played as a user
 * the hidden service is hidden from, and, where the row says so, as one who sees it.
 */
describe('the visibility table of every read route', () => {
  it('covers every GET operation of the OpenAPI spec', () => {
    const specOps = Object.entries(openApiSpec.paths).flatMap(([path, ops]) =>
      Object.keys(ops as object)
        .filter(method => method === 'get')
        .map(() => `GET ${path}`),
    );
    const rows = new Set(TABLE.map(r => r.op.replace(/ \[.*\]$/, '')));
    expect(specOps.filter(op => !rows.has(op))).toEqual([]);
    expect([...rows].filter(op => !specOps.includes(op))).toEqual([]);
  });

  const databases = createDevexTestDatabases();
  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it('answers each route as its row says, for a user the entity is hidden from and one who sees it', async () => {
      const { server } = await startDevexBackend(knex, {
        entities: [
          component('qa-service', 'group:default/qa'),
          component('hidden-service', 'group:default/security'),
          ...[OLGA, AMARA].map(userEntity),
        ],
        hiddenEntities: { [OLGA]: [SECRET] },
        urlReader: {
          readUrl: async () => ({
            buffer: async () => Buffer.from('# Runbook classified'),
            etag: 'e1',
          }),
        } as any,
      });
      const seeded = await seed(server);
      // the detection's findings of both entities, as its run would record them
      for (const entityRef of [OPEN, SECRET]) {
        await recordAnomaly(knex, { entityRef, week: '2026-11-30' });
      }
      const read = async (row: Row, user: string) => {
        const res = await request(server)
          .get(
            `/api/devex${
              row.path ? await row.path(seeded, user) : row.op.split(' ')[1]
            }`,
          )
          .query(row.query ?? {})
          .set('Authorization', mockCredentials.user.header(user));
        return { status: res.status, text: res.text };
      };
      const outcomes = [];
      for (const row of TABLE) {
        const hidden = await read(row, OLGA);
        const seen = await read(row, AMARA);
        outcomes.push({
          op: row.op,
          hidden:
            row.rule === 'not-found'
              ? hidden.status
              : hidden.status === 200 && !(row.mark ?? MARK).test(hidden.text),
          seen: row.shows
            ? (row.mark ?? MARK).test(seen.text)
            : seen.status < 500,
        });
      }
      expect(outcomes).toEqual(
        TABLE.map(row => ({
          op: row.op,
          hidden: row.rule === 'not-found' ? 404 : true,
          seen: true,
        })),
      );

      // the portal's counts are counts of what the reader sees
      const summary = async (user: string) =>
        (
          await request(server)
            .get('/api/devex/summary')
            .set('Authorization', mockCredentials.user.header(user))
            .expect(200)
        ).body;
      const [olga, amara] = [await summary(OLGA), await summary(AMARA)];
      const counts = (s: any) => ({
        actionItems: [s.actionItems.open, s.actionItems.overdue],
        blockers: s.blockers.open,
        risks: [s.risks.open, s.risks.high],
        experiments: s.experiments.active,
      });
      expect(counts(amara)).toEqual({
        actionItems: [4, 2],
        blockers: 2,
        risks: [2, 2],
        experiments: 2,
      });
      expect(counts(olga)).toEqual({
        actionItems: [2, 1],
        blockers: 1,
        risks: [1, 1],
        experiments: 1,
      });
    });
  });
});
