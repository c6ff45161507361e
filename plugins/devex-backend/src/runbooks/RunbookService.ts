import { createHash } from 'node:crypto';
import {
  AuthService,
  LoggerService,
  PermissionsService,
  SchedulerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, isError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  devexCalendarReadPermission,
  entityRunbooks,
  isReadableRunbookUrl,
  RUNBOOK_ANNOTATION,
  RunbookContent,
  RunbookLink,
  RunbookStatusList,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { CalendarService } from '../calendar/CalendarService';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import { normalizeEntityRef } from '../shared/validation';
import { outboundSignal } from '../tasks/systemActor';
import { RunbookCheckStore } from './RunbookCheckStore';

/** The id of the scheduled runbook checks. */
export const CHECK_RUNBOOKS_TASK = 'devex-check-runbooks';

/** The largest runbook the portal renders; a bigger one is read at its source. */
export const MAX_RUNBOOK_BYTES = 2 * 1024 * 1024;

/** How one check of a runbook went. */
export type RunbookCheckOutcome = 'first' | 'unchanged' | 'changed' | 'failed';

const sha256 = (content: Buffer) =>
  createHash('sha256').update(content).digest('hex');

const isNamed = (error: unknown, name: string) =>
  isError(error) && error.name === name;

const messageOf = (error: unknown) =>
  isError(error) ? error.message : String(error);

/**
 * Runbooks in the portal: an entity's runbooks (its `devex.io/runbooks` annotation) read through
 * the URL reader for the caller, and checked on a schedule so the runbook-update ritual shows
 * which of them changed since its last occurrence.
 */
export class RunbookService {
  constructor(
    private readonly options: {
      store: RunbookCheckStore;
      calendar: CalendarService;
      entities: EntityCatalog;
      catalog: CatalogService;
      auth: AuthService;
      permissions: PermissionsService;
      urlReader: UrlReaderService;
      logger: LoggerService;
      clock: () => DateTime;
    },
  ) {}

  /** The runbooks of an entity the catalog shows the caller; a 404 for one it hides. */
  private async runbooksOf(
    entityRef: string,
    caller: Caller,
  ): Promise<RunbookLink[]> {
    const { entities } = this.options;
    const notFound = new NotFoundError(`No entity ${entityRef} in the catalog`);
    if (!(await entities.visibleTo(caller.credentials, [entityRef])).size)
      throw notFound;
    const entity = await entities.entity(entityRef);
    if (!entity) throw notFound;
    return entityRunbooks(entity);
  }

  /** One runbook the entity names, read for the caller; any other URL is refused, not read. */
  async content(
    query: { entityRef: string; url: string },
    caller: Caller,
  ): Promise<RunbookContent> {
    const entityRef = normalizeEntityRef('entityRef', query.entityRef);
    await authorizeOrThrow(
      this.options.permissions,
      devexCalendarReadPermission,
      caller,
    );
    const runbooks = await this.runbooksOf(entityRef, caller);
    const runbook = runbooks.find(r => r.url === query.url);
    if (!runbook) {
      throw new InputError(
        `url ${
          query.url
        } is not a runbook of ${entityRef}: its ${RUNBOOK_ANNOTATION} annotation names ${
          runbooks.length ? runbooks.map(r => r.url).join(', ') : 'none'
        }`,
      );
    }
    if (!isReadableRunbookUrl(runbook.url)) {
      throw new InputError(
        `Runbook ${runbook.url} of ${entityRef} is not an http(s) URL the portal can read; it opens in TechDocs`,
      );
    }
    let response;
    try {
      response = await this.options.urlReader.readUrl(runbook.url);
    } catch (error) {
      if (isNamed(error, 'NotFoundError')) {
        throw new NotFoundError(
          `Runbook ${runbook.url} of ${entityRef} was not found at its source`,
        );
      }
      throw error;
    }
    const buffer = await response.buffer();
    if (buffer.length > MAX_RUNBOOK_BYTES) {
      throw new InputError(
        `Runbook ${runbook.url} is larger than ${
          MAX_RUNBOOK_BYTES / 1024 / 1024
        } MB; open it at its source`,
      );
    }
    return {
      url: runbook.url,
      markdown: buffer.toString('utf8'),
      ...(response.etag ? { etag: response.etag } : {}),
      ...(response.lastModifiedAt
        ? { lastModified: response.lastModifiedAt.toISOString() }
        : {}),
      fetchedAt: this.options.clock().toUTC().toISO()!,
    };
  }

  /**
   * The entity's runbooks with whether each changed since the last runbook-update ritual: its
   * content at the last check against the baseline the first check after that ritual recorded.
   */
  async status(
    query: { entityRef: string },
    caller: Caller,
  ): Promise<RunbookStatusList> {
    const entityRef = normalizeEntityRef('entityRef', query.entityRef);
    await authorizeOrThrow(
      this.options.permissions,
      devexCalendarReadPermission,
      caller,
    );
    const runbooks = await this.runbooksOf(entityRef, caller);
    const ritual = this.options.calendar.lastEndedOccurrence(
      'runbook_update',
      this.options.clock(),
    );
    const [checks, baselines] = await Promise.all([
      this.options.store.checksOf(entityRef),
      ritual
        ? this.options.store.baselinesOf(entityRef, ritual.id)
        : Promise.resolve(new Map()),
    ]);
    return {
      entityRef,
      lastRitual: ritual
        ? {
            occurrenceId: ritual.id,
            start: ritual.start.toISO()!,
            end: ritual.end.toISO()!,
          }
        : null,
      runbooks: runbooks.map(({ title, url }) => {
        const readable = isReadableRunbookUrl(url);
        const check = readable ? checks.get(url) : undefined;
        const baseline = readable ? baselines.get(url) : undefined;
        return {
          title,
          url,
          readable,
          changedSinceLastRitual:
            check?.contentSha256 && baseline
              ? check.contentSha256 !== baseline.contentSha256
              : null,
          lastChangedAt: check?.lastChangedAt ?? null,
          lastModified: check?.lastModifiedAt ?? null,
          checkedAt: check?.checkedAt ?? null,
          baselineAt: baseline?.recordedAt ?? null,
          error: check?.lastError ?? null,
        };
      }),
    };
  }

  /** Registers the hourly checks, run once at a time across replicas. */
  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: CHECK_RUNBOOKS_TASK,
      frequency: { hours: 1 },
      timeout: { minutes: 15 },
      initialDelay: { minutes: 2 },
      scope: 'global',
      fn: async signal => {
        const outcomes = await this.checkAll(signal);
        const changed = outcomes.filter(o => o === 'changed').length;
        const failed = outcomes.filter(o => o === 'failed').length;
        this.options.logger.info(
          `Checked ${outcomes.length} runbook(s): ${changed} changed, ${failed} could not be read`,
        );
      },
    });
  }

  /** Checks every readable runbook of every entity that names runbooks. */
  async checkAll(signal?: AbortSignal): Promise<RunbookCheckOutcome[]> {
    const { catalog, auth } = this.options;
    const { items } = await catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${RUNBOOK_ANNOTATION}`]: CATALOG_FILTER_EXISTS,
        },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.annotations',
        ],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    const outcomes: RunbookCheckOutcome[] = [];
    for (const entity of items) {
      const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
      for (const { url } of entityRunbooks(entity)) {
        if (signal?.aborted) return outcomes;
        if (isReadableRunbookUrl(url))
          outcomes.push(await this.check(entityRef, url, signal));
      }
    }
    return outcomes;
  }

  /**
   * Reads one runbook, with the ETag of the last check (a NotModifiedError: unchanged), and
   * records what it saw; the first check after a ritual ended records that ritual's baseline.
   */
  async check(
    entityRef: string,
    url: string,
    signal?: AbortSignal,
  ): Promise<RunbookCheckOutcome> {
    const { store, urlReader, clock, calendar } = this.options;
    const previous = await store.get(entityRef, url);
    const now = clock();
    let seen = {
      contentSha256: previous?.contentSha256 ?? null,
      etag: previous?.etag ?? null,
      lastModifiedAt: previous?.lastModifiedAt ?? null,
    };
    try {
      const response = await urlReader.readUrl(url, {
        // without recorded content an ETag could only tell "not modified", and nothing to compare
        etag: (seen.contentSha256 && seen.etag) || undefined,
        signal: outboundSignal(signal),
      });
      seen = {
        contentSha256: sha256(await response.buffer()),
        etag: response.etag ?? null,
        lastModifiedAt: response.lastModifiedAt?.toISOString() ?? null,
      };
    } catch (error) {
      if (!isNamed(error, 'NotModifiedError')) {
        await store.save({
          entityRef,
          url,
          ...seen,
          checkedAt: previous?.checkedAt ?? null,
          lastChangedAt: previous?.lastChangedAt ?? null,
          lastError: messageOf(error),
          errorAt: now.toJSDate(),
        });
        this.options.logger.warn(
          `Could not check runbook ${url} of ${entityRef}: ${messageOf(error)}`,
        );
        return 'failed';
      }
    }
    const changed =
      !!previous?.contentSha256 &&
      previous.contentSha256 !== seen.contentSha256;
    await store.save({
      entityRef,
      url,
      ...seen,
      checkedAt: now.toJSDate(),
      lastChangedAt: changed ? now.toJSDate() : previous?.lastChangedAt ?? null,
      lastError: null,
      errorAt: null,
    });
    const ritual = calendar.lastEndedOccurrence('runbook_update', now);
    if (ritual && seen.contentSha256) {
      await store.recordBaseline({
        entityRef,
        url,
        occurrenceId: ritual.id,
        contentSha256: seen.contentSha256,
        etag: seen.etag,
        recordedAt: now.toJSDate(),
      });
    }
    if (!previous?.contentSha256) return 'first';
    return changed ? 'changed' : 'unchanged';
  }
}
