/**
 * Reads a timestamp column the way each driver returns it (pg: Date, better-sqlite3:
 * epoch milliseconds or an SQL string) and gives ISO 8601 in UTC.
 */
export function toIsoTimestamp(value: Date | string | number): string {
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (typeof value === 'number') {
    return new Date(value).toISOString();
  }
  // 'YYYY-MM-DD HH:MM:SS(.sss)' without zone is how SQLite keeps UTC values.
  const normalized = /[zZ]|[+-]\d\d:?\d\d$/.test(value)
    ? value
    : `${value.replace(' ', 'T')}Z`;
  return new Date(normalized).toISOString();
}

/** {@link toIsoTimestamp} for nullable columns. */
export function toIsoTimestampOrNull(
  value: Date | string | number | null | undefined,
): string | null {
  return value === null || value === undefined ? null : toIsoTimestamp(value);
}
