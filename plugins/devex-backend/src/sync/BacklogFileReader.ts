import type { SyncServiceOptions } from './SyncServiceOptions';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { outboundSignal } from '../tasks/systemActor';
import {
  parseRemediationBacklog,
  REMEDIATION_BACKLOG_ANNOTATION,
} from './backlogFile';
import { remediationContentHash } from './reconcile';
import { remediationSourceOf } from './remediationSources';

/**
 * Reads the remediation backlog files entities name (annotation
 * `REMEDIATION_BACKLOG_ANNOTATION`) into the remediation items, one source per file.
 */
export class BacklogFileReader {
  constructor(
    private readonly options: Pick<
      SyncServiceOptions,
      'catalog' | 'auth' | 'urlReader' | 'items' | 'runs' | 'logger' | 'clock'
    >,
  ) {}

  /** Reads every entity's backlog file; a bad file is recorded and changes nothing. */
  async read(errors: string[], signal?: AbortSignal): Promise<void> {
    const { catalog, auth, urlReader, runs } = this.options;
    const itemStore = this.options.items;
    const { items } = await catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${REMEDIATION_BACKLOG_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        fields: ['kind', 'metadata'],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    for (const entity of items) {
      signal?.throwIfAborted();
      const location =
        entity.metadata.annotations![REMEDIATION_BACKLOG_ANNOTATION];
      const entityRef = `${entity.kind.toLocaleLowerCase('en-US')}:${
        entity.metadata.namespace ?? 'default'
      }/${entity.metadata.name}`;
      const now = this.options.clock().toJSDate();
      try {
        const text = (
          await (
            await urlReader.readUrl(location, {
              signal: outboundSignal(signal),
            })
          ).buffer()
        ).toString('utf8');
        const parsed = parseRemediationBacklog(text, location, entityRef);
        const { conflicts } = await itemStore.upsertItems(
          parsed.map(i => ({ ...i, contentHash: remediationContentHash(i) })),
          now,
        );
        await itemStore.settleFileConflicts(
          entityRef,
          remediationSourceOf({ entityRef, sourceLocation: location }),
          conflicts.map(c => c.id),
        );
        if (conflicts.length)
          this.options.logger.warn(
            `Remediation backlog file of ${entityRef} claims items other sources hold: ${conflicts
              .map(c => `${c.id} (${c.heldBy})`)
              .join(', ')}`,
          );
        await runs.recordSource(entityRef, location, null, now);
      } catch (error) {
        const message = `${entityRef}: ${(error as Error).message}`;
        errors.push(message);
        await runs.recordSource(
          entityRef,
          location,
          (error as Error).message,
          now,
        );
        this.options.logger.warn(
          `Remediation backlog file not read: ${message}`,
        );
      }
    }
  }
}
