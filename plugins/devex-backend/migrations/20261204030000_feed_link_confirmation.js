// @ts-check

/**
 * When each calendar feed link's user last had their calendar access confirmed by a request of
 * their own (the feed itself carries no credentials): a link serves only for
 * `devex.calendar.feedConfirmationDays` after that, and a request on which the user is refused
 * the calendar (or, for an entity's link, no longer sees the entity) clears it. Links issued
 * before count as confirmed now.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('devex_calendar_feed_tokens', table => {
    table.timestamp('confirmed_at', { useTz: true, precision: 3 }).nullable();
  });
  // a migration runs before the plugin and its DevEx clock: links issued before count as
  // confirmed when it runs
  // eslint-disable-next-line no-restricted-syntax
  const now = new Date();
  await knex('devex_calendar_feed_tokens').update({ confirmed_at: now });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('devex_calendar_feed_tokens', table => {
    table.dropColumn('confirmed_at');
  });
};
