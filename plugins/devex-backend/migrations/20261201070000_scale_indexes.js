// @ts-check

/**
 * Indexes found missing by the scale benchmark (scripts/benchmark-scale.ts). The calendar counts
 * the action items each meeting occurrence produced by `source_id` alone; the only index holding
 * it led with `source`, so the count read every action item (a full index scan at 100k items).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('devex_action_items', table => {
    table.index(['source_id'], 'devex_action_items_source_id_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('devex_action_items', table => {
    table.dropIndex(['source_id'], 'devex_action_items_source_id_idx');
  });
};
