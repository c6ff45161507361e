import { escalationFixture } from '../__testUtils__/escalationWithReader';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { Readable } from 'node:stream';
import request from 'supertest';
import { applyDatabaseMigrations } from '../database/migrations';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import { BlockerStore } from './BlockerStore';
import { EscalationService } from './EscalationService';
import { NEXT_STEPS_MAX_BULLETS, NEXT_STEPS_MAX_BYTES } from './nextSteps';

jest.setTimeout(120_000);

const zone = 'Africa/Johannesburg';
const ENTITY = 'component:default/prefect-pipelines';
const URL = 'https://git.example.com/hotpass/Next_Steps.md';
const caller = {
  credentials: {
    principal: { type: 'user', userEntityRef: 'user:default/guest' },
  } as any,
  userEntityRef: 'user:default/guest',
};
const pipelines = (annotated = true): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'prefect-pipelines',
    namespace: 'default',
    annotations: annotated ? { 'devex.io/next-steps': URL } : {},
  },
  spec: {},
  relations: [{ type: 'ownedBy', targetRef: 'group:default/devops' }],
});

const STAGING = 'Staging access for Prefect backfills pending';
const MAKE_QA = 'make qa fails with "recipe commences before first target"';
const notes = (...bullets: string[]) =>
  `# Next steps\n## Tasks\n- [ ] Ship it\n## Risks/Notes\n${bullets
    .map(b => `- ${b}\n`)
    .join('')}## Quality Gates\n- [ ] coverage\n`;

describe('Next_Steps files', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    /** The file the reader finds: text, or the error reading it throws; `chunks` streams it. */
    let file: string | Error;
    let streamed: { chunks: Buffer[]; pulled: number } | undefined;
    let now: DateTime;
    const sent: NotificationSendOptions[] = [];
    const logger = mockServices.logger.mock();

    async function setUp(startAt: string, annotated = true) {
      await applyDatabaseMigrations({ getClient: async () => knex });
      now = DateTime.fromISO(startAt, { zone });
      file = '';
      streamed = undefined;
      sent.length = 0;
      logger.warn.mockClear();
      const service = (entities = [pipelines(annotated)]) => {
        return escalationFixture({
          knex,
          catalog: catalogServiceMock({ entities }),
          sent,
          clock: () => now,
          logger,
          urlReader: mockServices.urlReader.mock({
            readUrl: async () => {
              if (file instanceof Error) throw file;
              const buffer = Buffer.from(file);
              const stream = streamed;
              return {
                buffer: async () => buffer,
                stream: stream
                  ? () =>
                      Readable.from(
                        (function* chunks() {
                          for (const chunk of stream.chunks) {
                            stream.pulled++;
                            yield chunk;
                          }
                        })(),
                        { objectMode: false, highWaterMark: 1 },
                      )
                  : undefined,
                etag: '',
              } as any;
            },
          }),
        });
      };
      return service;
    }

    const board = (service: EscalationService, includeResolved = false) =>
      service.listWithSourceErrors(
        { entityRef: ENTITY, includeResolved },
        caller,
      );
    const titles = async (service: EscalationService) =>
      (await service.list({ entityRef: ENTITY }, caller))
        .map(b => b.title)
        .sort();

    it('a file whose section disappeared resolves nothing and shows an error on the entity', async () => {
      const service = (await setUp('2026-11-25T10:00'))();
      file = notes(STAGING, MAKE_QA);
      await service.syncNextStepsFiles();
      expect(await titles(service)).toEqual([MAKE_QA, STAGING].sort());
      expect((await board(service)).sourceErrors).toEqual([]);

      now = DateTime.fromISO('2026-11-25T11:00', { zone });
      file = '# Next steps\n## Tasks\n- [ ] Ship it\n'; // the heading was renamed away
      await service.syncNextStepsFiles();
      const { items, sourceErrors } = await board(service, true);
      expect(items.map(b => b.resolvedAt)).toEqual([null, null]);
      expect(sourceErrors).toEqual([
        {
          entityRef: ENTITY,
          location: URL,
          error: expect.stringMatching(/no "Risks\/Notes" heading/),
          checkedAt: DateTime.fromISO('2026-11-25T11:00', { zone })
            .toUTC()
            .toISO(),
        },
      ]);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringMatching(
          /Next_Steps file of component:default\/prefect-pipelines .* left its blockers unchanged: .*Risks\/Notes/,
        ),
      );

      // the section is back, one bullet shorter: the error clears and only that blocker resolves
      file = notes(STAGING);
      await service.syncNextStepsFiles();
      expect(await titles(service)).toEqual([STAGING]);
      expect((await board(service)).sourceErrors).toEqual([]);
    });

    it('an unreadable file resolves nothing and shows why on the entity', async () => {
      const setUpService = await setUp('2026-11-25T10:00');
      const service = setUpService();
      file = notes(STAGING);
      await service.syncNextStepsFiles();

      file = new NotFoundError(`${URL} could not be found`);
      await service.syncNextStepsFiles();
      expect(await titles(service)).toEqual([STAGING]);
      expect((await board(service)).sourceErrors).toEqual([
        expect.objectContaining({
          entityRef: ENTITY,
          location: URL,
          error: `The file could not be read: ${URL} could not be found`,
        }),
      ]);

      // an entity that no longer names a file no longer shows its old error
      await setUpService([pipelines(false)]).syncNextStepsFiles();
      expect((await board(service)).sourceErrors).toEqual([]);
      expect(await titles(service)).toEqual([STAGING]);
    });

    it('an oversized file resolves nothing, and the read stops at the limit', async () => {
      const service = (await setUp('2026-11-25T10:00'))();
      file = notes(STAGING, MAKE_QA);
      await service.syncNextStepsFiles();

      // a whole response over the limit
      file = `${notes(STAGING)}\n${'x'.repeat(NEXT_STEPS_MAX_BYTES)}`;
      await service.syncNextStepsFiles();
      expect(await titles(service)).toEqual([MAKE_QA, STAGING].sort());
      expect((await board(service)).sourceErrors).toEqual([
        expect.objectContaining({
          error:
            'The file is larger than 256 KiB, the most that is read for blockers',
        }),
      ]);

      // a streamed one (a 1 MiB file): read no further than the limit
      const chunk = Buffer.alloc(64 * 1024, 'y');
      streamed = {
        chunks: [Buffer.from(notes(STAGING)), ...Array(16).fill(chunk)],
        pulled: 0,
      };
      await service.syncNextStepsFiles();
      expect(streamed.pulled).toBeLessThanOrEqual(6);
      expect(await titles(service)).toEqual([MAKE_QA, STAGING].sort());
      expect((await board(service)).sourceErrors).toHaveLength(1);

      // a file at the limit is read
      streamed = undefined;
      file = notes(STAGING).padEnd(NEXT_STEPS_MAX_BYTES, ' ');
      await service.syncNextStepsFiles();
      expect(await titles(service)).toEqual([STAGING]);
      expect((await board(service)).sourceErrors).toEqual([]);
    });

    it('a file with more bullets than the limit resolves nothing; one at the limit raises them all', async () => {
      const service = (await setUp('2026-11-25T10:00'))();
      file = notes(STAGING);
      await service.syncNextStepsFiles();

      const many = (n: number) =>
        Array.from({ length: n }, (_, i) => `Risk number ${i + 1}`);
      file = notes(...many(NEXT_STEPS_MAX_BULLETS + 1));
      await service.syncNextStepsFiles();
      expect(await titles(service)).toEqual([STAGING]);
      expect((await board(service)).sourceErrors).toEqual([
        expect.objectContaining({
          error:
            'The "Risks/Notes" section lists 201 bullets, more than the 200 that are read as blockers',
        }),
      ]);

      file = notes(...many(NEXT_STEPS_MAX_BULLETS));
      await service.syncNextStepsFiles();
      const { items, sourceErrors } = await board(service);
      expect(items).toHaveLength(NEXT_STEPS_MAX_BULLETS);
      expect(items.some(b => b.title === STAGING)).toBe(false);
      expect(sourceErrors).toEqual([]);
    });

    it('a bullet that returns re-opens its blocker', async () => {
      const service = (await setUp('2026-11-27T16:00'))(); // a Friday
      file = notes(STAGING, MAKE_QA);
      await service.syncNextStepsFiles();
      const [first] = (
        await service.list({ entityRef: ENTITY }, caller)
      ).filter(b => b.title === MAKE_QA);
      now = DateTime.fromISO('2026-12-01T16:00', { zone });
      expect((await service.escalateDue()).map(b => b.title).sort()).toEqual(
        [MAKE_QA, STAGING].sort(),
      );

      now = DateTime.fromISO('2026-12-02T09:00', { zone });
      file = notes(STAGING); // fixed, so taken out of the file
      await service.syncNextStepsFiles();
      expect(await titles(service)).toEqual([STAGING]);

      now = DateTime.fromISO('2026-12-04T10:00', { zone }); // a Friday again
      sent.length = 0;
      file = notes(STAGING, MAKE_QA); // and broken again
      await service.syncNextStepsFiles();
      const reopened = (await service.list({ entityRef: ENTITY }, caller)).find(
        b => b.title === MAKE_QA,
      )!;
      expect(reopened).toMatchObject({
        id: first.id,
        resolvedAt: null,
        resolvedBy: null,
        resolution: null,
        escalatedAt: null,
        escalatedTo: [],
        notifiedOwners: ['group:default/devops'],
        raisedAt: now.toUTC().toISO(),
        escalationDueAt: DateTime.fromISO('2026-12-08T10:00', { zone })
          .toUTC()
          .toISO(),
      });
      expect(reopened.version).toBeGreaterThan(first.version);
      expect(sent.map(n => n.payload.title)).toEqual([
        `Blocker on ${ENTITY}: ${MAKE_QA}`,
      ]);

      // its escalation timer runs again, as for a new blocker
      now = DateTime.fromISO('2026-12-08T10:00', { zone });
      expect((await service.escalateDue()).map(b => b.id)).toEqual([first.id]);
      await service.syncNextStepsFiles();
      expect(sent.filter(n => n.payload.title.includes(MAKE_QA))).toHaveLength(
        2,
      );
    });

    it('a blocker resolved by hand stays resolved while its bullet stays in the file', async () => {
      const service = (await setUp('2026-11-25T10:00'))();
      file = notes(STAGING);
      await service.syncNextStepsFiles();
      const [blocker] = await service.list({ entityRef: ENTITY }, caller);
      await service.resolve(
        blocker.id,
        { version: blocker.version, resolution: 'Access granted' },
        caller,
      );
      await service.syncNextStepsFiles();
      expect(await titles(service)).toEqual([]);

      file = notes(); // taken out of the file at last
      await service.syncNextStepsFiles();
      file = notes(STAGING); // and back: it returned
      await service.syncNextStepsFiles();
      expect(await titles(service)).toEqual([STAGING]);
    });

    it('GET /blockers answers the errors of the Next_Steps files with the blockers', async () => {
      await applyDatabaseMigrations({ getClient: async () => knex });
      const store = new BlockerStore(knex);
      const at = new Date('2026-11-25T07:30:00Z');
      await store.recordFileRead(ENTITY, URL, 'The file could not be read', at);
      await store.recordFileRead(
        'component:default/hotpass',
        'https://git.example.com/hotpass/other.md',
        null,
        at,
      );
      const { server } = await startDevexBackend(knex, {
        runTasksOnStartup: false,
        entities: [
          pipelines(),
          { ...pipelines(false), metadata: { name: 'hotpass' } },
        ],
      });
      const { body } = await request(server)
        .get('/api/devex/blockers')
        .query({ entityRef: ENTITY })
        .expect(200);
      expect(body).toEqual({
        items: [],
        sourceErrors: [
          {
            entityRef: ENTITY,
            location: URL,
            error: 'The file could not be read',
            checkedAt: '2026-11-25T07:30:00.000Z',
          },
        ],
      });
      const other = await request(server)
        .get('/api/devex/blockers')
        .query({ entityRef: 'component:default/hotpass' })
        .expect(200);
      expect(other.body.sourceErrors).toEqual([]);
      const all = await request(server).get('/api/devex/blockers').expect(200);
      expect(all.body.sourceErrors.map((e: any) => e.entityRef)).toEqual([
        ENTITY,
      ]);
    });
  });
});
