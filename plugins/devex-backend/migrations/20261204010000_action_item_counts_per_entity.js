// @ts-check

/**
 * The kept action item counts per entity as well as per status and due date, so the portal's
 * open and overdue counts can leave out the entities the catalog hides from the caller: each
 * caller's counts sum the rows of the entities it may see.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.dropTable('devex_action_item_counts');
  await knex.schema.createTable('devex_action_item_counts', table => {
    table.comment('Action items per entity, status and due date');
    table.string('entity_ref', 255).notNullable();
    table.string('status', 20).notNullable();
    table.string('due_date', 10).notNullable();
    table.integer('items').notNullable();
    table.primary(['status', 'entity_ref', 'due_date']);
  });
  await knex.raw(`
    insert into devex_action_item_counts (entity_ref, status, due_date, items)
    select entity_ref, status, due_date, count(*) from devex_action_items
    group by entity_ref, status, due_date`);
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_action_item_counts');
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
