import { UrlReaderServiceReadUrlOptions } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError, NotModifiedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import request from 'supertest';
import { movableClock } from '../__testUtils__/movableClock';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { CHECK_RUNBOOKS_TASK } from './RunbookService';

jest.setTimeout(120_000);

const HOTPASS = 'component:default/hotpass';
const SOURCE = 'https://github.com/acme/hotpass/tree/main/';
/** docs/devex/review-loop.md of the annotation, resolved next to the source location. */
const REVIEW_LOOP = `${SOURCE}docs/devex/review-loop.md`;
const AUDIT = 'https://runbooks.example.com/devex-audit.md';
const OUTSIDER = 'user:default/olga';

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'hotpass',
      namespace: 'default',
      annotations: {
        'backstage.io/source-location': `url:${SOURCE}`,
        'devex.io/runbooks': `docs/devex/review-loop.md, ${AUDIT}`,
      },
    },
    spec: {},
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'docs-site',
      namespace: 'default',
      annotations: {
        'backstage.io/techdocs-ref': 'dir:.',
        'devex.io/runbooks': 'docs/runbook.md',
      },
    },
    spec: {},
  },
];

/**
 * The URL reader at its boundary: documents by URL, each with an ETag; a matching ETag is a
 * NotModifiedError and an unknown URL a NotFoundError, as Backstage's readers answer.
 */
function fakeSources(initial: Record<string, string>) {
  const documents = new Map<string, { content: string; etag: string }>();
  let version = 0;
  const put = (url: string, content: string) =>
    documents.set(url, { content, etag: `"v${++version}"` });
  Object.entries(initial).forEach(([url, content]) => put(url, content));
  const readUrl = jest.fn(
    async (url: string, options?: UrlReaderServiceReadUrlOptions) => {
      const doc = documents.get(url);
      if (!doc) throw new NotFoundError(`${url} could not be read: 404`);
      if (options?.etag === doc.etag) throw new NotModifiedError();
      return {
        buffer: async () => Buffer.from(doc.content, 'utf8'),
        etag: doc.etag,
        lastModifiedAt: new Date('2026-10-01T09:00:00Z'),
      };
    },
  );
  return { readUrl, put, documents };
}

describe('runbooks in the portal', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    async function start(
      sources = fakeSources({
        [REVIEW_LOOP]: '# Review loop\n\nThe monthly sync.',
        [AUDIT]: '# DevEx audit',
      }),
      // a Wednesday; the last runbook-update ritual was Friday 30 October (all day, UTC)
      clock = movableClock('2026-11-25T08:00:00Z'),
    ) {
      const backend = await startDevexBackend(knex, {
        entities,
        hiddenEntities: { [OUTSIDER]: [HOTPASS] },
        urlReader: { readUrl: sources.readUrl },
        clock,
        runTasksOnStartup: false,
      });
      const get = (path: string, query: object, user?: string) =>
        request(backend.server)
          .get(`/api/devex${path}`)
          .query(query)
          .set(
            'Authorization',
            mockCredentials.user.header(user ?? 'user:default/amara'),
          );
      const status = async () =>
        (await get('/runbooks/status', { entityRef: HOTPASS }).expect(200))
          .body;
      const byUrl = (body: any, url: string) =>
        body.runbooks.find((r: any) => r.url === url);
      return { ...backend, sources, clock, get, status, byUrl };
    }

    it('renders a runbook the entity names, read through the URL reader', async () => {
      const { get, sources } = await start();
      const res = await get('/runbooks/content', {
        entityRef: HOTPASS,
        url: REVIEW_LOOP,
      }).expect(200);
      expect(res.body).toEqual({
        url: REVIEW_LOOP,
        markdown: '# Review loop\n\nThe monthly sync.',
        etag: '"v1"',
        lastModified: '2026-10-01T09:00:00.000Z',
        fetchedAt: '2026-11-25T08:00:00.000Z',
      });
      expect(sources.readUrl).toHaveBeenCalledWith(REVIEW_LOOP);
    });

    it('reads no URL the entity does not name, and says which runbooks it names', async () => {
      const { get, sources } = await start();
      const res = await get('/runbooks/content', {
        entityRef: HOTPASS,
        url: 'http://169.254.169.254/latest/meta-data/',
      }).expect(400);
      expect(res.body.error.message).toBe(
        `url http://169.254.169.254/latest/meta-data/ is not a runbook of ${HOTPASS}: its devex.io/runbooks annotation names ${REVIEW_LOOP}, ${AUDIT}`,
      );
      // a runbook of another entity is not one of this entity's
      await get('/runbooks/content', {
        entityRef: 'component:default/docs-site',
        url: AUDIT,
      }).expect(400);
      expect(sources.readUrl).not.toHaveBeenCalled();
    });

    it('answers 404 for an entity the catalog hides from the caller or does not have, before reading anything', async () => {
      const { get, sources } = await start();
      const hidden = await get(
        '/runbooks/content',
        { entityRef: HOTPASS, url: AUDIT },
        OUTSIDER,
      ).expect(404);
      expect(hidden.body.error.message).toBe(
        `No entity ${HOTPASS} in the catalog`,
      );
      await get('/runbooks/status', { entityRef: HOTPASS }, OUTSIDER).expect(
        404,
      );
      await get('/runbooks/content', {
        entityRef: 'component:default/unknown',
        url: AUDIT,
      }).expect(404);
      expect(sources.readUrl).not.toHaveBeenCalled();
    });

    it('answers 400 naming the parameter for a malformed entity ref or a missing url', async () => {
      const { get } = await start();
      const bad = await get('/runbooks/content', {
        entityRef: 'hotpass',
        url: AUDIT,
      }).expect(400);
      expect(bad.body.error.message).toMatch(/entityRef/);
      const missing = await get('/runbooks/content', {
        entityRef: HOTPASS,
      }).expect(400);
      expect(missing.body.error.message).toMatch(/url/);
    });

    it('answers 404 when the source no longer has the runbook', async () => {
      const { get, sources } = await start();
      sources.documents.delete(AUDIT);
      const res = await get('/runbooks/content', {
        entityRef: HOTPASS,
        url: AUDIT,
      }).expect(404);
      expect(res.body.error.message).toBe(
        `Runbook ${AUDIT} of ${HOTPASS} was not found at its source`,
      );
    });

    it('refuses to read a runbook that opens in TechDocs', async () => {
      const { get, sources } = await start();
      const res = await get('/runbooks/content', {
        entityRef: 'component:default/docs-site',
        url: '/docs/default/component/docs-site/runbook',
      }).expect(400);
      expect(res.body.error.message).toMatch(/opens in TechDocs/);
      expect(sources.readUrl).not.toHaveBeenCalled();
    });

    it('knows nothing of changes before the first check, then tells unchanged from changed since the last ritual', async () => {
      const { status, byUrl, runTask, sources, clock } = await start();

      const before = await status();
      expect(before.lastRitual).toEqual({
        occurrenceId: 'runbook-update:2026-10-30',
        start: '2026-10-30T00:00:00.000Z',
        end: '2026-10-31T00:00:00.000Z',
      });
      expect(before.runbooks).toEqual([
        {
          title: 'review-loop',
          url: REVIEW_LOOP,
          readable: true,
          changedSinceLastRitual: null,
          lastChangedAt: null,
          lastModified: null,
          checkedAt: null,
          baselineAt: null,
          error: null,
        },
        expect.objectContaining({ url: AUDIT, changedSinceLastRitual: null }),
      ]);

      // the first check after the ritual records its baseline: nothing changed since
      await runTask(CHECK_RUNBOOKS_TASK);
      const first = await status();
      expect(byUrl(first, REVIEW_LOOP)).toEqual(
        expect.objectContaining({
          changedSinceLastRitual: false,
          checkedAt: '2026-11-25T08:00:00.000Z',
          baselineAt: '2026-11-25T08:00:00.000Z',
          lastModified: '2026-10-01T09:00:00.000Z',
          lastChangedAt: null,
        }),
      );
      expect(byUrl(first, AUDIT).changedSinceLastRitual).toBe(false);

      // the audit runbook is edited; the next check asks with the ETag it was given
      sources.put(AUDIT, '# DevEx audit\n\nNow with a checklist.');
      clock.set('2026-11-26T08:00:00Z');
      sources.readUrl.mockClear();
      await runTask(CHECK_RUNBOOKS_TASK);
      expect(sources.readUrl).toHaveBeenCalledWith(
        REVIEW_LOOP,
        expect.objectContaining({ etag: '"v1"' }),
      );
      const second = await status();
      expect(byUrl(second, REVIEW_LOOP)).toEqual(
        expect.objectContaining({
          changedSinceLastRitual: false,
          checkedAt: '2026-11-26T08:00:00.000Z',
          baselineAt: '2026-11-25T08:00:00.000Z',
        }),
      );
      expect(byUrl(second, AUDIT)).toEqual(
        expect.objectContaining({
          changedSinceLastRitual: true,
          lastChangedAt: '2026-11-26T08:00:00.000Z',
        }),
      );

      // after the next ritual (Friday 27 November) its first check is the new baseline
      clock.set('2026-11-28T01:00:00Z');
      await runTask(CHECK_RUNBOOKS_TASK);
      const third = await status();
      expect(third.lastRitual.occurrenceId).toBe('runbook-update:2026-11-27');
      expect(byUrl(third, AUDIT)).toEqual(
        expect.objectContaining({
          changedSinceLastRitual: false,
          baselineAt: '2026-11-28T01:00:00.000Z',
          lastChangedAt: '2026-11-26T08:00:00.000Z',
        }),
      );
    });

    it('keeps what it knew when a check cannot read a runbook, and says why', async () => {
      const { status, byUrl, runTask, sources, clock } = await start();
      await runTask(CHECK_RUNBOOKS_TASK);
      sources.documents.delete(REVIEW_LOOP);
      clock.set('2026-11-25T09:00:00Z');
      await runTask(CHECK_RUNBOOKS_TASK);
      expect(byUrl(await status(), REVIEW_LOOP)).toEqual(
        expect.objectContaining({
          changedSinceLastRitual: false,
          checkedAt: '2026-11-25T08:00:00.000Z',
          error: `${REVIEW_LOOP} could not be read: 404`,
        }),
      );
    });

    it('lists a TechDocs runbook as not read by the portal', async () => {
      const { get, runTask, sources } = await start();
      await runTask(CHECK_RUNBOOKS_TASK);
      // the checks read the two http(s) runbooks of hotpass, not the TechDocs one
      expect(sources.readUrl.mock.calls.map(c => c[0]).sort()).toEqual(
        [AUDIT, REVIEW_LOOP].sort(),
      );
      const res = await get('/runbooks/status', {
        entityRef: 'component:default/docs-site',
      }).expect(200);
      expect(res.body.runbooks).toEqual([
        expect.objectContaining({
          url: '/docs/default/component/docs-site/runbook',
          readable: false,
          changedSinceLastRitual: null,
        }),
      ]);
    });

    it('answers 403 without calendar read permission, reading nothing', async () => {
      const sources = fakeSources({ [AUDIT]: '# DevEx audit' });
      const { server } = await startDevexBackend(knex, {
        entities,
        urlReader: { readUrl: sources.readUrl },
        permission: AuthorizeResult.DENY,
        runTasksOnStartup: false,
      });
      await request(server)
        .get('/api/devex/runbooks/content')
        .query({ entityRef: HOTPASS, url: AUDIT })
        .expect(403);
      await request(server)
        .get('/api/devex/runbooks/status')
        .query({ entityRef: HOTPASS })
        .expect(403);
      expect(sources.readUrl).not.toHaveBeenCalled();
    });
  });
});
