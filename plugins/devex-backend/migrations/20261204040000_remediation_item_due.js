// @ts-check

/**
 * Reminders read the remediation items due soon: an index on the due date, ending in the
 * keyset of their pages (due date, id).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('devex_remediation_items', table => {
    table.index(['due_date', 'id'], 'devex_remediation_items_due_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('devex_remediation_items', table => {
    table.dropIndex(['due_date', 'id'], 'devex_remediation_items_due_idx');
  });
};
