// @ts-check

/**
 * Experiments with their entities, metrics and status history, and measurements keyed by
 * metric and scope (portal, group or entity) with an optional experiment.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_experiments', table => {
    table.comment('DevEx experiments: hypothesis, lifecycle, decision');
    table.string('id', 36).primary().notNullable();
    table.string('key', 50).notNullable().unique('devex_experiments_key_uq');
    table.string('title', 200).notNullable();
    table.text('hypothesis').notNullable();
    table.text('design').notNullable().defaultTo('');
    table.string('owner_ref', 255).notNullable();
    table.string('status', 20).notNullable();
    table.string('decision', 20).nullable();
    table.string('kickoff_date', 10).nullable();
    table.string('pilot_date', 10).nullable();
    table.string('end_date', 10).nullable();
    table.string('vehicle_type', 20).nullable();
    table.string('vehicle_ref', 255).nullable();
    table
      .text('links')
      .notNullable()
      .defaultTo('[]')
      .comment('JSON array of {type, url, title}');
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
    table.integer('version').notNullable().defaultTo(1);
    table.index(['owner_ref', 'key'], 'devex_experiments_owner_idx');
    table.index(['status', 'key'], 'devex_experiments_status_idx');
  });

  await knex.schema.createTable('devex_experiment_entities', table => {
    table.comment('The catalog entities an experiment concerns');
    table
      .string('experiment_id', 36)
      .notNullable()
      .references('id')
      .inTable('devex_experiments')
      .onDelete('CASCADE');
    table.string('entity_ref', 255).notNullable();
    table.primary(['experiment_id', 'entity_ref']);
    table.index(
      ['entity_ref', 'experiment_id'],
      'devex_experiment_entities_entity_idx',
    );
  });

  await knex.schema.createTable('devex_experiment_metrics', table => {
    table.comment(
      'The metrics an experiment is judged by: baseline, target, comparator',
    );
    table
      .string('experiment_id', 36)
      .notNullable()
      .references('id')
      .inTable('devex_experiments')
      .onDelete('CASCADE');
    table.string('metric_key', 100).notNullable();
    table.double('baseline').nullable();
    table.double('target').notNullable();
    table.string('comparator', 4).notNullable();
    table.integer('position').notNullable().defaultTo(0);
    table.primary(['experiment_id', 'metric_key']);
  });

  await knex.schema.createTable('devex_experiment_transitions', table => {
    table.comment('Status history of experiments: who, when, from, to, note');
    table.string('id', 36).primary().notNullable();
    table
      .string('experiment_id', 36)
      .notNullable()
      .references('id')
      .inTable('devex_experiments')
      .onDelete('CASCADE');
    table.string('from_status', 20).notNullable();
    table.string('to_status', 20).notNullable();
    table.string('decision', 20).nullable();
    table.text('note').notNullable();
    table.string('changed_by', 255).notNullable();
    table.timestamp('changed_at', { useTz: true, precision: 3 }).notNullable();
    table.index(
      ['experiment_id', 'changed_at'],
      'devex_experiment_transitions_exp_idx',
    );
  });

  await knex.schema.createTable('devex_measurements', table => {
    table.comment(
      'Metric values over time, per scope and optionally per experiment',
    );
    table.bigIncrements('id').primary();
    table.string('metric_key', 100).notNullable();
    table.string('entity_ref', 255).nullable().comment('null: portal-wide');
    table
      .string('experiment_id', 36)
      .nullable()
      .references('id')
      .inTable('devex_experiments')
      .onDelete('CASCADE');
    table.double('value').notNullable();
    table.timestamp('measured_at', { useTz: true, precision: 3 }).notNullable();
    table.string('source', 20).notNullable();
    table.index(
      ['experiment_id', 'metric_key', 'measured_at'],
      'devex_measurements_experiment_idx',
    );
    table.index(
      ['metric_key', 'entity_ref', 'measured_at'],
      'devex_measurements_scope_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_measurements');
  await knex.schema.dropTable('devex_experiment_transitions');
  await knex.schema.dropTable('devex_experiment_metrics');
  await knex.schema.dropTable('devex_experiment_entities');
  await knex.schema.dropTable('devex_experiments');
};
