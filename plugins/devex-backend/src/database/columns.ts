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
