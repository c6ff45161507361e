// @ts-check

/**
 * Calendar feed links issued per user: each row is one link, revocable and optionally expiring.
 * Only a SHA-256 hash of the link's secret is kept, so a copy of the database cannot serve feeds.
 * The single HMAC secret that signed the old links goes: those links stop working.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_calendar_feed_tokens', table => {
    table.comment(
      'iCalendar feed links issued to users (hashes of their secrets only)',
    );
    table.string('id', 22).primary().notNullable();
    table.string('secret_hash', 64).notNullable();
    table.string('user_ref', 255).notNullable();
    table.string('entity_ref', 255).nullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.timestamp('expires_at', { useTz: true, precision: 3 }).nullable();
    table.timestamp('revoked_at', { useTz: true, precision: 3 }).nullable();
    table.timestamp('last_used_at', { useTz: true, precision: 3 }).nullable();
    table.index(
      ['user_ref', 'created_at'],
      'devex_calendar_feed_tokens_user_idx',
    );
  });
  await knex('devex_plugin_state')
    .where({ key: 'calendar-feed-secret' })
    .delete();
};

/**
 * The old signing secret is not restored: the old code makes a new one on first use.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_calendar_feed_tokens');
};
