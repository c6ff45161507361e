// @ts-check

/**
 * Which periods' metrics digests were sent: the primary key makes each period's digest go out once,
 * whichever replica gets there first.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_digest_sends', table => {
    table.comment('Metrics digests sent, one per period');
    table.string('period', 20).primary().notNullable();
    table.timestamp('sent_at', { useTz: true, precision: 3 }).notNullable();
    table.integer('recipients').notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_digest_sends');
};
