/**
 * How a value of the API's enums reads: its words in sentence case, `in_progress` as
 * "In progress", `on_track` as "On track". A value that reads otherwise has its own map beside
 * the component that shows it (a sync state, a trend, a forum output's kind).
 */
export function labelOf(value: string): string {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toLocaleUpperCase('en-US') + words.slice(1);
}

/** Select options for an enum's values, in the API's order, each read through {@link labelOf}. */
export function optionsOf<K extends string>(values: readonly K[]) {
  return values.map(value => ({ value, label: labelOf(value) }));
}
