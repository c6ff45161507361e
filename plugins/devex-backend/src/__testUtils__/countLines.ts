import { Knex } from 'knex';

/** Rows as sortable lines of their key columns and a count, to compare two ways of counting. */
export function countLines(
  rows: Record<string, unknown>[],
  keys: string[],
  count: string,
): string[] {
  return rows
    .map(r => [...keys.map(k => r[k]), Number(r[count])].join(' '))
    .sort();
}

/** A kept counts table's rows that count something, as {@link countLines}. */
export async function keptCountLines(
  knex: Knex,
  table: string,
  keys: string[],
): Promise<string[]> {
  return countLines(await knex(table).where('items', '>', 0), keys, 'items');
}
