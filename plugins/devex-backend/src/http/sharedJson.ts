import { Response } from 'express';

const serialized = new WeakMap<object, string>();

/** A view's JSON, serialized once per computed value (its identity). */
function jsonOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  let json = serialized.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    serialized.set(value, json);
  }
  return json;
}

/**
 * Sends a response body whose fields are views computed once for every caller (the same value
 * until it is computed again, never changed in place): each object field is serialized once per
 * computed value, not once per request. A large view (the sync portfolio of every group, a page
 * of scorecards) costs its serialization once per period; a field left undefined is left out.
 */
export function sendViews(res: Response, body: Record<string, unknown>): void {
  const fields = Object.entries(body)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => `${JSON.stringify(field)}:${jsonOf(value)}`);
  res
    .status(200)
    .type('application/json')
    .send(`{${fields.join(',')}}`);
}
