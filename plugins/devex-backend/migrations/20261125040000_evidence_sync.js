// @ts-check

/**
 * The remediation backlog, the portal's own evidence catalog, per-item sync state, sync runs and
 * the state of backlog files read from entities' repositories.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_remediation_items', table => {
    table.comment('Remediation backlog items (POPIA-003, ...)');
    table.string('id', 50).primary().notNullable();
    table.string('framework', 50).notNullable();
    table.string('title', 300).notNullable();
    table.string('risk_level', 10).notNullable();
    table.string('owner_ref', 255).notNullable();
    table.string('due_date', 10).nullable();
    table.string('status', 20).notNullable();
    table.text('expected_evidence').notNullable().defaultTo('[]');
    table.string('entity_ref', 255).notNullable();
    table.string('source_location', 1000).nullable();
    table.string('content_hash', 64).notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['entity_ref', 'id'], 'devex_remediation_items_entity_idx');
    table.index(['owner_ref', 'id'], 'devex_remediation_items_owner_idx');
  });

  await knex.schema.createTable('devex_evidence_records', table => {
    table.comment('Evidence records kept in the portal database');
    table.string('id', 100).primary().notNullable();
    table.string('title', 300).notNullable();
    table.string('source', 300).notNullable();
    table.string('location', 1000).notNullable();
    table.string('owner_ref', 255).notNullable();
    table.integer('retention_days').nullable();
    table.string('collection', 20).notNullable();
    table.timestamp('collected_at', { useTz: true, precision: 3 }).nullable();
    table.text('remediation_ids').notNullable().defaultTo('[]');
    table.string('url', 2000).nullable();
  });

  await knex.schema.createTable('devex_sync_states', table => {
    table.comment(
      'Per remediation item: how it stands against the evidence catalogs',
    );
    table
      .string('remediation_id', 50)
      .primary()
      .notNullable()
      .references('id')
      .inTable('devex_remediation_items')
      .onDelete('CASCADE');
    table.string('state', 30).notNullable();
    table.text('reason').nullable();
    table.text('evidence').notNullable().defaultTo('[]');
    table.string('input_hash', 64).notNullable();
    table.integer('attempts').notNullable().defaultTo(0);
    table
      .timestamp('next_attempt_at', { useTz: true, precision: 3 })
      .nullable();
    table
      .timestamp('stale_at', { useTz: true, precision: 3 })
      .nullable()
      .comment('when its evidence expires');
    table.timestamp('last_synced_at', { useTz: true, precision: 3 }).nullable();
    table.string('last_run_id', 36).nullable();
    table.index(['state', 'remediation_id'], 'devex_sync_states_state_idx');
  });

  await knex.schema.createTable('devex_sync_runs', table => {
    table.comment('Every evidence sync run');
    table.string('id', 36).primary().notNullable();
    table.string('trigger', 20).notNullable();
    table.timestamp('started_at', { useTz: true, precision: 3 }).notNullable();
    table.timestamp('finished_at', { useTz: true, precision: 3 }).nullable();
    table.integer('total').notNullable().defaultTo(0);
    table.integer('synced_automatically').notNullable().defaultTo(0);
    table.integer('synced_manually').notNullable().defaultTo(0);
    table.integer('unsynced').notNullable().defaultTo(0);
    table.integer('failed').notNullable().defaultTo(0);
    table.integer('stale').notNullable().defaultTo(0);
    table.integer('skipped').notNullable().defaultTo(0);
    table.double('ratio').nullable();
    table.text('errors').notNullable().defaultTo('[]');
    table.index(['started_at'], 'devex_sync_runs_started_idx');
  });

  await knex.schema.createTable('devex_remediation_sources', table => {
    table.comment(
      'Backlog files read from entity repositories, and the last error reading each',
    );
    table.string('entity_ref', 255).primary().notNullable();
    table.string('location', 1000).notNullable();
    table.text('error').nullable();
    table.timestamp('read_at', { useTz: true, precision: 3 }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_remediation_sources');
  await knex.schema.dropTable('devex_sync_runs');
  await knex.schema.dropTable('devex_sync_states');
  await knex.schema.dropTable('devex_evidence_records');
  await knex.schema.dropTable('devex_remediation_items');
};
