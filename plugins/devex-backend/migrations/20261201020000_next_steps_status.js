// @ts-check

/**
 * Next_Steps files that fail loudly: the outcome of the last read of each entity's file ('ok', or
 * 'error' with the reason: unreadable, too large, no "Risks/Notes" section), and on each blocker
 * read from a file whether the last good read still listed its bullet, so a bullet that comes back
 * re-opens its blocker. Blockers the reader resolved were resolved because their bullet was gone.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_next_steps_status', table => {
    // (no apostrophes: knex does not escape table comments on PostgreSQL)
    table.comment(
      'The last read of the Next_Steps file of each entity: ok, or the error that left its blockers as they were',
    );
    table.string('entity_ref', 255).primary().notNullable();
    table.text('location').notNullable();
    table.string('status', 10).notNullable();
    table.text('error').nullable();
    table.timestamp('checked_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['status'], 'devex_next_steps_status_status_idx');
  });

  await knex.schema.alterTable('devex_blockers', table => {
    table.boolean('listed_in_source').notNullable().defaultTo(true);
  });
  await knex('devex_blockers')
    .where({
      source: 'next-steps',
      resolved_by: 'user:default/next-steps-reader',
    })
    .whereNotNull('resolved_at')
    .update({ listed_in_source: false });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('devex_blockers', table => {
    table.dropColumn('listed_in_source');
  });
  await knex.schema.dropTable('devex_next_steps_status');
};
