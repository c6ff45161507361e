import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { toIsoTimestamp } from './timestamps';

/**
 * The columns for the given fields: names mapped through `columnOf`, undefined values and
 * fields without a column left out, list fields stored as JSON text.
 */
export function toColumns<F extends object>(
  fields: Partial<F>,
  columnOf: Record<keyof F, string>,
  jsonFields: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && key in columnOf) {
      row[columnOf[key as keyof F]] = jsonFields.has(key)
        ? JSON.stringify(value)
        : value;
    }
  }
  return row;
}

/**
 * The fields of a row, the reverse of {@link toColumns}: each field read from its column
 * through `columnOf`, list fields parsed from JSON text.
 */
export function fromColumns<F extends object>(
  row: Record<string, any>,
  columnOf: Record<keyof F, string>,
  jsonFields: ReadonlySet<string> = new Set(),
): F {
  const fields: Record<string, unknown> = {};
  for (const [key, column] of Object.entries<string>(columnOf)) {
    fields[key] = jsonFields.has(key) ? JSON.parse(row[column]) : row[column];
  }
  return fields as F;
}

/** The columns of fields named as the plugin's tables name them: `subjectType` in `subject_type`. */
export function snakeColumnsOf<K extends string>(
  fields: readonly K[],
): Record<K, string> {
  return Object.fromEntries(
    fields.map(f => [f, f.replace(/[A-Z]/g, c => `_${c.toLowerCase()}`)]),
  ) as Record<K, string>;
}

/** What every versioned record of the plugin carries besides its fields. */
export function recordMetadataOf(row: Record<string, any>) {
  return {
    id: row.id as string,
    createdBy: row.created_by as string,
    createdAt: toIsoTimestamp(row.created_at),
    updatedAt: toIsoTimestamp(row.updated_at),
    version: Number(row.version),
  };
}

/** What a new versioned record is written with besides its fields: a fresh id, its author, when. */
export function newRecord(createdBy: string, now: DateTime) {
  return { id: randomUUID(), createdBy, now: now.toJSDate() };
}
