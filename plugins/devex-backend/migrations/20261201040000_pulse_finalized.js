// @ts-check

/**
 * When a closed pulse campaign's results were settled and its SPACE satisfaction recorded (once
 * per campaign, never while it is open).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('devex_pulse_campaigns', table => {
    table.timestamp('finalized_at', { useTz: true, precision: 3 }).nullable();
    table.index(['closes_at'], 'devex_pulse_campaigns_closes_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('devex_pulse_campaigns', table => {
    table.dropIndex(['closes_at'], 'devex_pulse_campaigns_closes_idx');
    table.dropColumn('finalized_at');
  });
};
