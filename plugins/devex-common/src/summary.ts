import { WireSchemas } from './wire';

/**
 * The first view of an entity's DevEx tab (or of the DevEx page) in one response: active
 * experiments with scorecards, action items, the sync ratio, the next events, open blockers, high
 * risks, the success measures and the caller's pulse; a section is null when the caller may not
 * read it.
 */
export type DevexSummary = WireSchemas['DevexSummary'];
