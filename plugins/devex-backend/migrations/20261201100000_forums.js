// @ts-check

/**
 * Forum mode: an occurrence of the quarterly forum or the monthly sync run in the portal, and the
 * outputs recorded in it (decisions, action items, backlog moves, risk changes, notes), each with
 * the record it changed, from which its minutes are written when it finishes.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_forum_runs', table => {
    table.comment(
      'Forums and monthly syncs run in the portal, one per occurrence',
    );
    table.string('occurrence_id', 150).primary().notNullable();
    table.string('cadence_id', 100).notNullable();
    table.string('title', 300).notNullable();
    table.string('date', 10).notNullable();
    table.string('status', 20).notNullable();
    table.text('agenda').notNullable();
    table.text('attendees').notNullable().defaultTo('[]');
    table.text('minutes').nullable();
    table.string('started_by', 255).notNullable();
    table.timestamp('started_at', { useTz: true, precision: 3 }).notNullable();
    table.string('finished_by', 255).nullable();
    table.timestamp('finished_at', { useTz: true, precision: 3 }).nullable();
    table.integer('version').notNullable();
    table.index(['date', 'occurrence_id'], 'devex_forum_runs_date_idx');
  });
  await knex.schema.createTable('devex_forum_outputs', table => {
    table.comment('What a forum run decided or changed, in the order recorded');
    table.string('id', 36).primary().notNullable();
    table
      .string('occurrence_id', 150)
      .notNullable()
      .references('occurrence_id')
      .inTable('devex_forum_runs')
      .onDelete('CASCADE');
    table.string('kind', 20).notNullable();
    table.string('step', 200).notNullable();
    table.text('summary').notNullable();
    table.string('record_type', 20).nullable();
    table.string('record_id', 100).nullable();
    table.string('record_title', 300).nullable();
    table.string('record_link', 1000).nullable();
    table.string('recorded_by', 255).notNullable();
    table.timestamp('recorded_at', { useTz: true, precision: 3 }).notNullable();
    table.index(
      ['occurrence_id', 'recorded_at', 'id'],
      'devex_forum_outputs_run_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_forum_outputs');
  await knex.schema.dropTable('devex_forum_runs');
};
