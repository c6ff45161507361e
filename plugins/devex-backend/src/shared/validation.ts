import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { DateTime } from 'luxon';

/** Normalises a full entity ref (`kind:namespace/name`), or throws a 400 naming the field. */
export function normalizeEntityRef(
  field: string,
  value: string,
  allowedKinds?: string[],
): string {
  let ref;
  try {
    ref = parseEntityRef(value);
  } catch (e) {
    throw new InputError(`${field} is not a valid entity reference: ${value}`);
  }
  const kind = ref.kind.toLocaleLowerCase('en-US');
  if (allowedKinds && !allowedKinds.includes(kind)) {
    throw new InputError(
      `${field} must be a ${allowedKinds.join(
        ' or ',
      )} entity reference, got ${value}`,
    );
  }
  return stringifyEntityRef({ ...ref, kind }).toLocaleLowerCase('en-US');
}

/** Whether a value is a `YYYY-MM-DD` calendar date (2026-02-30 is not one). */
export const isCalendarDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  DateTime.fromISO(value, { zone: 'utc' }).isValid;

/** Checks a calendar date, or throws a 400 naming the field. */
export function validateCalendarDate(field: string, value: string): string {
  if (!isCalendarDate(value)) {
    throw new InputError(
      `${field} must be a calendar date (YYYY-MM-DD), got ${value}`,
    );
  }
  return value;
}

/** Trims a required text, refusing one that is only whitespace. */
export function requireText(field: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) {
    throw new InputError(`${field} must not be blank`);
  }
  return trimmed;
}

/** The changes of an update: at least one field besides the version, else a 400 naming why. */
export function requireSomeChange<C extends object>(changes: C): C {
  if (Object.values(changes).every(v => v === undefined)) {
    throw new InputError(
      'An update must change at least one field besides version',
    );
  }
  return changes;
}

/** An update's text field: absent stays absent, else trimmed and not blank. */
export function optionalText(
  field: string,
  value: string | undefined,
): string | undefined {
  return value === undefined ? undefined : requireText(field, value);
}

/**
 * An update's entity field: absent stays absent, null (or empty) clears it (portal-wide),
 * else normalised.
 */
export function optionalEntityRef<V extends string | null | undefined>(
  field: string,
  value: V,
): V | string {
  return value ? normalizeEntityRef(field, value) : value;
}

/** An owner (a user or a group) where one is given. */
export function optionalOwnerRef<V extends string | undefined>(
  value: V,
): V | string {
  return value ? normalizeEntityRef('owner', value, ['user', 'group']) : value;
}
