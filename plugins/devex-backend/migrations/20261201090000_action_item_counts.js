// @ts-check

/**
 * Action items counted per status and due date, kept by the action item store in the same
 * transaction as each write. The portal's open and overdue counts sum these rows (a few per
 * calendar day) instead of reading every open item.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_action_item_counts', table => {
    table.comment('Action items per status and due date');
    table.string('status', 20).notNullable();
    table.string('due_date', 10).notNullable();
    table.integer('items').notNullable();
    table.primary(['status', 'due_date']);
  });
  await knex.raw(`
    insert into devex_action_item_counts (status, due_date, items)
    select status, due_date, count(*) from devex_action_items group by status, due_date`);
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_action_item_counts');
};
