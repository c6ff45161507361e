import {
  AuditorService,
  AuthService,
  LoggerService,
  SchedulerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DateTime } from 'luxon';
import { createHash } from 'node:crypto';
import { auditTaskChange, outboundSignal } from '../tasks/systemActor';
import { BlockerStore } from './BlockerStore';
import { EscalationService, OwnerLookup } from './EscalationService';
import {
  DEFAULT_NEXT_STEPS_LIMITS,
  NextStepsLimits,
  readNextStepsFile,
} from './nextSteps';

/** The annotation naming an entity's Next_Steps.md-style file, read for blockers. */
export const NEXT_STEPS_ANNOTATION = 'devex.io/next-steps';

/** Who resolves and raises the blockers read from Next_Steps files. */
const NEXT_STEPS_READER = 'user:default/next-steps-reader';

export interface NextStepsFileReaderOptions {
  /** Raises and re-opens the blockers read, and notifies their owners. */
  escalation: EscalationService;
  store: BlockerStore;
  catalog: CatalogService;
  auth: AuthService;
  urlReader: UrlReaderService;
  auditor: AuditorService;
  logger: LoggerService;
  /** The most bytes and bullets read from a file; default DEFAULT_NEXT_STEPS_LIMITS. */
  limits?: NextStepsLimits;
  clock: () => DateTime;
}

/** Keeps the blockers of every entity's Next_Steps file in step with the file, every 30 minutes. */
export class NextStepsFileReader {
  constructor(private readonly options: NextStepsFileReaderOptions) {}

  /** Registers the reader, run once across replicas. */
  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: 'devex-read-next-steps-files',
      frequency: { minutes: 30 },
      timeout: { minutes: 10 },
      initialDelay: { seconds: 30 },
      scope: 'global',
      fn: (signal?: AbortSignal) => this.syncNextStepsFiles(signal),
    });
  }

  /**
   * Reads the "Risks/Notes" bullets of every entity's Next_Steps file (annotation
   * `devex.io/next-steps`): new bullets become blockers, bullets back in the file re-open theirs,
   * bullets gone from the file resolve theirs. A file that cannot be used (unreadable, too large,
   * no such section) changes no blocker: the entity shows the error until a read succeeds.
   */
  async syncNextStepsFiles(signal?: AbortSignal): Promise<void> {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const { items } = await this.options.catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${NEXT_STEPS_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        fields: ['kind', 'metadata'],
      },
      { credentials },
    );
    const read: string[] = [];
    for (const entity of items) {
      signal?.throwIfAborted();
      const url = entity.metadata.annotations?.[NEXT_STEPS_ANNOTATION];
      if (!url) continue;
      const entityRef = `${entity.kind.toLocaleLowerCase('en-US')}:${
        entity.metadata.namespace ?? 'default'
      }/${entity.metadata.name}`;
      read.push(entityRef);
      let error: string | null;
      try {
        error = await this.syncNextStepsFile(
          entityRef,
          url,
          outboundSignal(signal),
        );
      } catch (e) {
        error = `The blockers of this file could not be updated: ${
          e instanceof Error ? e.message : String(e)
        }`;
      }
      if (error) {
        this.options.logger.warn(
          `Next_Steps file of ${entityRef} (${url}) left its blockers unchanged: ${error}`,
        );
      }
      try {
        await this.options.store.recordFileRead(
          entityRef,
          url,
          error,
          this.options.clock().toJSDate(),
        );
      } catch (e) {
        this.options.logger.warn(
          `Could not record the read of the Next_Steps file of ${entityRef}: ${e}`,
        );
      }
    }
    await this.options.store.forgetFileReadsExcept(read);
  }

  /** One entity's file; the error that left its blockers unchanged, or null. */
  private async syncNextStepsFile(
    entityRef: string,
    url: string,
    signal?: AbortSignal,
  ): Promise<string | null> {
    const found = await readNextStepsFile(
      this.options.urlReader,
      url,
      this.options.limits ?? DEFAULT_NEXT_STEPS_LIMITS,
      signal,
    );
    const changes = {
      raised: [] as string[],
      reopened: [] as string[],
      resolved: [] as string[],
    };
    if ('error' in found) return found.error;
    const keyOf = (b: string) =>
      createHash('sha256').update(`${entityRef}\n${b}`).digest('hex');
    const keys = found.bullets.map(keyOf);
    let owners: OwnerLookup | undefined;
    for (const [i, bullet] of found.bullets.entries()) {
      owners ??= await this.options.escalation.lookUpOwners(entityRef);
      const recorded = await this.options.escalation.raiseOrReopenFromSource(
        {
          entityRef,
          title: bullet.slice(0, 300),
          description: `From ${url} (Risks/Notes)`,
          raisedBy: NEXT_STEPS_READER,
          source: 'next-steps',
          sourceKey: keys[i],
        },
        owners,
      );
      if (!recorded) continue;
      (recorded.reopened ? changes.reopened : changes.raised).push(
        recorded.blocker.id,
      );
      if (recorded.reopened) {
        this.options.logger.info(
          `Re-opened blocker ${recorded.blocker.id} of ${entityRef}: its bullet is back in ${url}`,
        );
      }
    }
    const listed = new Set(keys);
    for (const open of await this.options.store.openFileBlockers(entityRef)) {
      if (!listed.has(open.sourceKey)) {
        const outcome = await this.options.store.resolve(
          open.id,
          open.version,
          `Removed from ${url}`,
          NEXT_STEPS_READER,
          this.options.clock().toJSDate(),
        );
        if (outcome === 'done') changes.resolved.push(open.id);
      }
    }
    await this.options.store.markListedInSource(entityRef, keys);
    if (
      changes.raised.length ||
      changes.reopened.length ||
      changes.resolved.length
    ) {
      await auditTaskChange(this.options.auditor, this.options.logger, {
        eventId: 'next-steps-read',
        meta: {
          entityRef,
          location: url,
          recordedAs: NEXT_STEPS_READER,
          ...changes,
        },
      });
    }
    return null;
  }
}
