import { isDatabaseConflictError } from '@backstage/backend-plugin-api';

/**
 * Runs a write; when a unique constraint refuses it (a concurrent writer got there first, which
 * a look-before-write cannot rule out), the result is `onConflict()` instead of a 500.
 */
export async function onUniqueViolation<T>(
  write: () => Promise<T>,
  onConflict: () => Promise<T> | T,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isDatabaseConflictError(error)) return onConflict();
    throw error;
  }
}

// PostgreSQL serialization failure and deadlock, MySQL deadlock and lock wait, SQLite busy.
const LOST_RACE_CODES = new Set([
  '40001',
  '40P01',
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  'SQLITE_BUSY',
]);

/**
 * True when a write lost a race with a concurrent one: a unique violation, or the database
 * aborting the transaction as a serialization failure or a deadlock. Retrying it can succeed.
 */
export function isLostWriteRace(error: unknown): boolean {
  if (isDatabaseConflictError(error)) return true;
  const code =
    typeof error === 'object' && error !== null
      ? (error as { code?: unknown }).code
      : undefined;
  return typeof code === 'string' && LOST_RACE_CODES.has(code);
}

/** Like `onUniqueViolation`, for every lost race (`isLostWriteRace`): `onConflict()` instead of a 500. */
export async function onLostWriteRace<T>(
  write: () => Promise<T>,
  onConflict: () => Promise<T> | T,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isLostWriteRace(error)) return onConflict();
    throw error;
  }
}
