// @ts-check

/**
 * Feature-flag decisions: what the monthly sync or the forum decided for an experiment's flag in
 * one environment (from and to state, reason, who, when, in which meeting), and what the flag
 * service said the last time the drift check read it. Only the newest decision per flag and
 * environment is current; the drift check reads the current ones.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_flag_decisions', table => {
    table.comment(
      'Feature-flag decisions and the live state last read for them',
    );
    table.string('id', 36).primary().notNullable();
    table
      .string('experiment_id', 36)
      .notNullable()
      .references('id')
      .inTable('devex_experiments')
      .onDelete('CASCADE');
    table.string('flag_key', 200).notNullable();
    table.string('environment', 100).notNullable();
    table.string('from_state', 10).notNullable();
    table.string('to_state', 10).notNullable();
    table.text('reason').notNullable();
    table.string('decided_by', 255).notNullable();
    table.timestamp('decided_at', { useTz: true, precision: 3 }).notNullable();
    table.string('occurrence_id', 150).nullable();
    table.boolean('current').notNullable();
    table.string('live_state', 10).nullable();
    table.string('live_provider', 100).nullable();
    table.string('live_error', 500).nullable();
    table
      .timestamp('live_checked_at', { useTz: true, precision: 3 })
      .nullable();
    table.index(
      ['experiment_id', 'decided_at', 'id'],
      'devex_flag_decisions_experiment_idx',
    );
    table.index(
      ['current', 'environment', 'flag_key'],
      'devex_flag_decisions_current_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_flag_decisions');
};
