// @ts-check

/**
 * Action items: the owned, dated follow-ups that governance meetings produce.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_action_items', table => {
    table.comment('Action items with owners and due dates, per catalog entity');
    table.string('id', 36).primary().notNullable();
    table.string('title', 200).notNullable();
    table.text('description').notNullable().defaultTo('');
    table.string('entity_ref', 255).notNullable();
    table.string('owner_ref', 255).notNullable();
    table.string('due_date', 10).notNullable().comment('YYYY-MM-DD');
    table.string('status', 20).notNullable();
    table.string('source', 30).notNullable();
    table.string('source_id', 200).nullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
    table.integer('version').notNullable().defaultTo(1);

    // One index per filter, each ending in the keyset of the default sort (due date, id).
    table.index(
      ['entity_ref', 'due_date', 'id'],
      'devex_action_items_entity_due_idx',
    );
    table.index(
      ['owner_ref', 'due_date', 'id'],
      'devex_action_items_owner_due_idx',
    );
    table.index(
      ['status', 'due_date', 'id'],
      'devex_action_items_status_due_idx',
    );
    table.index(['due_date', 'id'], 'devex_action_items_due_idx');
    table.index(['updated_at', 'id'], 'devex_action_items_updated_idx');
    table.index(['source', 'source_id'], 'devex_action_items_source_idx');
  });

  await knex.schema.createTable('devex_plugin_state', table => {
    table.comment(
      'Facts the plugin records once, such as when demo data was loaded',
    );
    table.string('key', 100).primary().notNullable();
    table.text('value').notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_plugin_state');
  await knex.schema.dropTable('devex_action_items');
};
