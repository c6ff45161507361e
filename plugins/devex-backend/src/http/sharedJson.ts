import { Response } from 'express';

const serialized = new WeakMap<object, string>();

/**
 * Sends `{ [field]: view }` for a view computed once for every caller (the same value until it is
 * computed again): serialized once per computed value, not once per request. A large view (the
 * sync portfolio of every group) costs its serialization once per period.
 */
export function sendSharedView(
  res: Response,
  field: string,
  view: object,
): void {
  let json = serialized.get(view);
  if (json === undefined) {
    json = JSON.stringify(view);
    serialized.set(view, json);
  }
  res
    .status(200)
    .type('application/json')
    .send(`{${JSON.stringify(field)}:${json}}`);
}
