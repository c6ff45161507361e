// @ts-check

/**
 * Compliance verification runs (which move the verification windows and the forum with them)
 * and what was recorded about computed calendar occurrences.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_verification_runs', table => {
    table.comment('Compliance verification runs per framework');
    table.string('id', 36).primary().notNullable();
    table.string('framework', 50).notNullable();
    table.timestamp('run_at', { useTz: true, precision: 3 }).notNullable();
    table.text('reviewers').notNullable().defaultTo('[]');
    table.text('findings').notNullable().defaultTo('[]');
    table.text('notes').notNullable().defaultTo('');
    table.string('recorded_by', 255).notNullable();
    table.index(
      ['framework', 'run_at'],
      'devex_verification_runs_framework_idx',
    );
  });

  await knex.schema.createTable('devex_occurrence_records', table => {
    table.comment('Status, minutes and decisions of calendar occurrences');
    table.string('occurrence_id', 150).primary().notNullable();
    table.string('cadence_id', 100).notNullable();
    table.string('status', 20).notNullable();
    table.string('minutes_url', 2000).nullable();
    table.text('decisions').notNullable().defaultTo('[]');
    table.text('notes').notNullable().defaultTo('');
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
    table.integer('version').notNullable().defaultTo(1);
    table.index(['cadence_id'], 'devex_occurrence_records_cadence_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_occurrence_records');
  await knex.schema.dropTable('devex_verification_runs');
};
