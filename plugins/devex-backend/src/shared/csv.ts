import { stringify, Options } from 'csv-stringify/sync';

/** A leading character that makes a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV for people to open in a spreadsheet: a text cell that would start a formula (`=`, `+`, `-`,
 * `@`, tab, carriage return) is prefixed with `'`, as OWASP advises against CSV injection.
 */
export function toSpreadsheetCsv(
  rows: Array<Record<string, unknown>>,
  options: Options = {},
): string {
  return stringify(rows, {
    ...options,
    cast: {
      string: value => (FORMULA_START.test(value) ? `'${value}` : value),
    },
  });
}
