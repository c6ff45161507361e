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
