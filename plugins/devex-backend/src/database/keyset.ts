import { Knex } from 'knex';
import { InputError } from '@backstage/errors';

/** The position after the last row of a page: its sort value and id. */
export interface KeysetPosition {
  sort: string;
  value: string;
  id: string;
}

/** Encodes a keyset position as an opaque, URL-safe cursor. */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by {@link encodeCursor} for the given sort, or throws a 400. A crafted
 * cursor whose value is not of the sort column's kind (`isValue`) is refused here, before the
 * database would refuse it with a 500.
 */
export function decodeCursor(
  cursor: string,
  sort: string,
  isValue: (value: string) => boolean = () => true,
): KeysetPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InputError('cursor is not a cursor returned by this API');
  }
  const p = parsed as Partial<KeysetPosition> | null;
  if (
    !p ||
    typeof p.value !== 'string' ||
    typeof p.id !== 'string' ||
    typeof p.sort !== 'string'
  ) {
    throw new InputError('cursor is not a cursor returned by this API');
  }
  if (p.sort !== sort) {
    throw new InputError(
      `cursor was made for sort=${p.sort}, not sort=${sort}; start again without a cursor`,
    );
  }
  if (!isValue(p.value)) {
    throw new InputError('cursor is not a cursor returned by this API');
  }
  return p as KeysetPosition;
}

/**
 * Narrows a query ordered by (`column`, id) to the rows after a position: the next keyset page.
 * Nothing is narrowed without one (the first page).
 */
export function afterPosition<Q extends Knex.QueryBuilder>(
  query: Q,
  column: string,
  after: { value: string; id: string } | undefined,
): Q {
  if (!after) return query;
  return query.where(q =>
    q
      .where(column, '>', after.value)
      .orWhere(q2 => q2.where(column, after.value).where('id', '>', after.id)),
  ) as Q;
}

/** A due-date range and the page of it wanted: what reminders read. */
export interface DuePage {
  from: string;
  to: string;
  after: { dueDate: string; id: string } | undefined;
  limit: number;
}

/** Narrows a query to the rows due from `from` to `to` (dates, both included), one keyset page in (due date, id) order. */
export function duePage<Q extends Knex.QueryBuilder>(
  query: Q,
  page: DuePage,
): Q {
  query
    .where('due_date', '>=', page.from)
    .where('due_date', '<=', page.to)
    .orderBy([
      { column: 'due_date', order: 'asc' },
      { column: 'id', order: 'asc' },
    ])
    .limit(page.limit);
  return afterPosition(
    query,
    'due_date',
    page.after && { value: page.after.dueDate, id: page.after.id },
  );
}
