// @ts-check

/**
 * The anonymous pulse survey. Responses carry no user and no time finer than their campaign;
 * participation (who answered) carries no answer and no time; nothing joins the two.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_pulse_campaigns', table => {
    table.comment('Monthly pulse survey campaigns');
    table.string('id', 36).primary().notNullable();
    table.string('title', 200).notNullable();
    table
      .string('period', 7)
      .notNullable()
      .unique('devex_pulse_campaigns_period_uq');
    table.timestamp('opens_at', { useTz: true, precision: 3 }).notNullable();
    table.timestamp('closes_at', { useTz: true, precision: 3 }).notNullable();
    table.text('questions').notNullable();
    table.string('created_by', 255).notNullable();
    table.index(['opens_at'], 'devex_pulse_campaigns_opens_idx');
  });
  await knex.schema.createTable('devex_pulse_participation', table => {
    table.comment(
      'Who answered a campaign, to refuse a second answer; no answers, no times',
    );
    table
      .string('campaign_id', 36)
      .notNullable()
      .references('id')
      .inTable('devex_pulse_campaigns')
      .onDelete('CASCADE');
    table.string('user_ref', 255).notNullable();
    table.primary(['campaign_id', 'user_ref']);
  });
  await knex.schema.createTable('devex_pulse_responses', table => {
    table.comment(
      'Anonymous answers: no user, no time finer than the campaign',
    );
    table.string('id', 36).primary().notNullable();
    table
      .string('campaign_id', 36)
      .notNullable()
      .references('id')
      .inTable('devex_pulse_campaigns')
      .onDelete('CASCADE');
    table.string('group_ref', 255).nullable();
    table.text('answers').notNullable();
    table.text('free_text').nullable();
    table.index(
      ['campaign_id', 'group_ref'],
      'devex_pulse_responses_campaign_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_pulse_responses');
  await knex.schema.dropTable('devex_pulse_participation');
  await knex.schema.dropTable('devex_pulse_campaigns');
};
