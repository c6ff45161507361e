// @ts-check

/**
 * The IDP backlog with its reprioritisation history, the risk register with its change history,
 * and blockers on their escalation path.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_backlog_items', table => {
    table.comment('IDP backlog initiatives, ranked portal-wide');
    table.string('id', 36).primary().notNullable();
    table.string('initiative', 200).notNullable();
    table.text('description').notNullable().defaultTo('');
    table.string('entity_ref', 255).nullable();
    table.string('owner_ref', 255).notNullable();
    table.integer('horizon').notNullable();
    table.string('effort', 4).notNullable();
    table.text('dependencies').notNullable().defaultTo('[]');
    table.string('target_date', 10).nullable();
    table.string('status', 20).notNullable();
    table.integer('rank').notNullable();
    table.text('decision').nullable();
    table.text('decision_note').nullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
    table.integer('version').notNullable().defaultTo(1);
    table.index(['rank'], 'devex_backlog_items_rank_idx');
    table.index(['entity_ref', 'rank'], 'devex_backlog_items_entity_idx');
  });

  await knex.schema.createTable('devex_backlog_rank_changes', table => {
    table.comment(
      'Every reprioritisation of the backlog: who, when, old and new rank, note',
    );
    table.string('id', 36).primary().notNullable();
    table
      .string('item_id', 36)
      .notNullable()
      .references('id')
      .inTable('devex_backlog_items')
      .onDelete('CASCADE');
    table.integer('old_rank').notNullable();
    table.integer('new_rank').notNullable();
    table.text('note').notNullable();
    table.string('occurrence_id', 150).nullable();
    table.string('changed_by', 255).notNullable();
    table.timestamp('changed_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['changed_at', 'id'], 'devex_backlog_rank_changes_time_idx');
    table.index(
      ['item_id', 'changed_at'],
      'devex_backlog_rank_changes_item_idx',
    );
  });

  await knex.schema.createTable('devex_risks', table => {
    table.comment('The risk register');
    table.string('id', 36).primary().notNullable();
    table.string('key', 50).notNullable().unique('devex_risks_key_uq');
    table.string('title', 200).notNullable();
    table.text('description').notNullable().defaultTo('');
    table.string('entity_ref', 255).nullable();
    table.integer('impact').notNullable();
    table.integer('likelihood').notNullable();
    table.string('owner_ref', 255).notNullable();
    table.string('status', 20).notNullable();
    table.text('mitigation').notNullable().defaultTo('');
    table.text('remediation_ids').notNullable().defaultTo('[]');
    table.text('action_item_ids').notNullable().defaultTo('[]');
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
    table.integer('version').notNullable().defaultTo(1);
    table.index(['entity_ref', 'key'], 'devex_risks_entity_idx');
    table.index(['status', 'impact', 'likelihood'], 'devex_risks_heatmap_idx');
  });

  await knex.schema.createTable('devex_risk_changes', table => {
    table.comment('Change history of risks');
    table.string('id', 36).primary().notNullable();
    table
      .string('risk_id', 36)
      .notNullable()
      .references('id')
      .inTable('devex_risks')
      .onDelete('CASCADE');
    table.text('changes').notNullable();
    table.string('changed_by', 255).notNullable();
    table.timestamp('changed_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['risk_id', 'changed_at'], 'devex_risk_changes_risk_idx');
  });

  await knex.schema.createTable('devex_blockers', table => {
    table.comment(
      'Blockers on the escalation path: recorded, owners notified, escalated, resolved',
    );
    table.string('id', 36).primary().notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('title', 300).notNullable();
    table.text('description').notNullable().defaultTo('');
    table.string('raised_by', 255).notNullable();
    table.timestamp('raised_at', { useTz: true, precision: 3 }).notNullable();
    table
      .timestamp('owners_notified_at', { useTz: true, precision: 3 })
      .nullable();
    table.text('notified_owners').notNullable().defaultTo('[]');
    table
      .timestamp('escalation_due_at', { useTz: true, precision: 3 })
      .notNullable();
    table.timestamp('escalated_at', { useTz: true, precision: 3 }).nullable();
    table.text('escalated_to').notNullable().defaultTo('[]');
    table.timestamp('resolved_at', { useTz: true, precision: 3 }).nullable();
    table.string('resolved_by', 255).nullable();
    table.text('resolution').nullable();
    table.string('source', 20).notNullable();
    table
      .string('source_key', 64)
      .nullable()
      .unique('devex_blockers_source_key_uq');
    table.integer('version').notNullable().defaultTo(1);
    table.index(['entity_ref', 'raised_at'], 'devex_blockers_entity_idx');
    // The escalation task's query: unresolved, not yet escalated, due.
    table.index(
      ['resolved_at', 'escalated_at', 'escalation_due_at'],
      'devex_blockers_due_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_blockers');
  await knex.schema.dropTable('devex_risk_changes');
  await knex.schema.dropTable('devex_risks');
  await knex.schema.dropTable('devex_backlog_rank_changes');
  await knex.schema.dropTable('devex_backlog_items');
};
