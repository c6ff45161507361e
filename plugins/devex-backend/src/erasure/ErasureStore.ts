import { FORMER_USER_REF } from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { TableErasure } from './erasurePlan';
import { PersonMentions } from './mentions';

const EXPERIMENT_ENTITIES = 'devex_experiment_entities';

const escapeLike = (value: string) => value.replace(/[\\%_]/g, c => `\\${c}`);

/**
 * Replaces a person's ref with the former-user marker across the plugin's tables, walking each
 * table by its key a page at a time (erasure is rare and the columns it reads are not indexed,
 * so each table is read once, never locked whole). Idempotent: a second run finds nothing.
 */
export class ErasureStore {
  constructor(private readonly knex: Knex) {}

  /** Replaces the person in one table's ref and text columns; how many rows changed. */
  async replaceIn(
    plan: TableErasure,
    person: PersonMentions,
    pageSize = 500,
  ): Promise<number> {
    const { table, key, refs, texts, versioned } = plan;
    const needle = `%${escapeLike(person.name)}%`;
    let changed = 0;
    let after: unknown;
    for (;;) {
      const query = this.knex(table)
        .select([key, ...refs, ...texts])
        .where(w => {
          for (const column of refs) {
            w.orWhereRaw('lower(??) = ?', [column, person.ref]);
          }
          for (const column of texts) {
            w.orWhereRaw(`lower(??) like ? escape '\\'`, [column, needle]);
          }
        })
        .orderBy(key)
        .limit(pageSize);
      if (after !== undefined) query.andWhere(key, '>', after as any);
      const rows: any[] = await query;
      for (const row of rows) {
        const update: Record<string, unknown> = {};
        for (const column of refs) {
          if (row[column]?.toLocaleLowerCase('en-US') === person.ref) {
            update[column] = FORMER_USER_REF;
          }
        }
        for (const column of texts) {
          if (typeof row[column] !== 'string') continue;
          const replaced = person.replace(row[column]);
          if (replaced !== row[column]) update[column] = replaced;
        }
        if (!Object.keys(update).length) continue;
        if (versioned) update.version = this.knex.raw('?? + 1', ['version']);
        await this.knex(table).where(key, row[key]).update(update);
        changed += 1;
      }
      if (rows.length < pageSize) return changed;
      after = rows[rows.length - 1][key];
    }
  }

  /**
   * The person as an entity of experiments becomes the marker; where an experiment already has
   * the marker, the person's row goes. How many rows changed.
   */
  async replaceExperimentEntity(person: PersonMentions): Promise<number> {
    return this.knex.transaction(async tx => {
      const rows: Array<{ experiment_id: string; entity_ref: string }> =
        await tx(EXPERIMENT_ENTITIES)
          .select('experiment_id', 'entity_ref')
          .whereRaw('lower(??) = ?', ['entity_ref', person.ref]);
      for (const row of rows) {
        const marked = await tx(EXPERIMENT_ENTITIES)
          .where({
            experiment_id: row.experiment_id,
            entity_ref: FORMER_USER_REF,
          })
          .first();
        const mine = tx(EXPERIMENT_ENTITIES).where(row);
        await (marked
          ? mine.delete()
          : mine.update({ entity_ref: FORMER_USER_REF }));
      }
      return rows.length;
    });
  }
}
