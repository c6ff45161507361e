// @ts-check

/**
 * Retention and feed signing keys. The prune task deletes in batches through these indexes:
 * collected measurements outside experiments by time, delivered outbox messages by status and
 * age, ended feed links by when they were revoked or expired. Feed
 * links record which configured signing key sealed the hash of their secret (null: no key, a
 * plain SHA-256 as before), so a copy of the database without that key serves no feed.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('devex_measurements', table => {
    table.index(
      ['experiment_id', 'source', 'measured_at'],
      'devex_measurements_retention_idx',
    );
  });
  await knex.schema.alterTable('devex_notification_outbox', table => {
    table.index(['status', 'created_at'], 'devex_notification_outbox_age_idx');
  });
  await knex.schema.alterTable('devex_calendar_feed_tokens', table => {
    table
      .string('key_id', 16)
      .nullable()
      .comment('the signing key that sealed secret_hash; null: none');
    table.index(['revoked_at'], 'devex_calendar_feed_tokens_revoked_idx');
    table.index(['expires_at'], 'devex_calendar_feed_tokens_expires_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('devex_calendar_feed_tokens', table => {
    table.dropIndex(['expires_at'], 'devex_calendar_feed_tokens_expires_idx');
    table.dropIndex(['revoked_at'], 'devex_calendar_feed_tokens_revoked_idx');
  });
  // not knex dropColumn: on SQLite it rebuilds the table
  await knex.raw('alter table devex_calendar_feed_tokens drop column key_id');
  await knex.schema.alterTable('devex_notification_outbox', table => {
    table.dropIndex(
      ['status', 'created_at'],
      'devex_notification_outbox_age_idx',
    );
  });
  await knex.schema.alterTable('devex_measurements', table => {
    table.dropIndex(
      ['experiment_id', 'source', 'measured_at'],
      'devex_measurements_retention_idx',
    );
  });
};
