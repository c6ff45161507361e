// @ts-check

/**
 * Who or what recorded each measurement: a user's entity ref, `service:<subject>` for a service
 * principal, or `metric-source:<id>` for the collector. Older rows keep null (unknown).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('devex_measurements', table => {
    table.string('recorded_by', 255).nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('devex_measurements', table => {
    table.dropColumn('recorded_by');
  });
};
