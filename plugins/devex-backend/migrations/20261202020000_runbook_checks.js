// @ts-check

/**
 * Runbook checks: what the URL reader last told about each runbook an entity names (ETag, last
 * modified, a SHA-256 of the content), and per runbook-update ritual occurrence the baseline the
 * first check after it recorded, against which "changed since the last ritual" is decided.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_runbook_checks', table => {
    // (no apostrophes: knex does not escape table comments on PostgreSQL)
    table.comment(
      'The last check of each runbook of an entity, as the URL reader answered it',
    );
    table
      .string('runbook_key', 64)
      .primary()
      .notNullable()
      .comment(
        'hex SHA-256 of the entity ref and the URL: URLs are too long for a key',
      );
    table.string('entity_ref', 255).notNullable();
    table.string('url', 2000).notNullable();
    table.string('etag', 500).nullable();
    table
      .timestamp('last_modified_at', { useTz: true, precision: 3 })
      .nullable();
    table
      .string('content_sha256', 64)
      .nullable()
      .comment('hex SHA-256 of the content; null until a check could read it');
    table
      .timestamp('checked_at', { useTz: true, precision: 3 })
      .nullable()
      .comment('the last check that read it (or was told it is not modified)');
    table
      .timestamp('last_changed_at', { useTz: true, precision: 3 })
      .nullable()
      .comment('the check that first saw the current content differ');
    table.text('last_error').nullable();
    table.timestamp('error_at', { useTz: true, precision: 3 }).nullable();
    table.index(['entity_ref'], 'devex_runbook_checks_entity_idx');
  });
  await knex.schema.createTable('devex_runbook_baselines', table => {
    table.comment(
      'The content of each runbook as the first check after a runbook-update ritual read it',
    );
    table.string('runbook_key', 64).notNullable();
    table.string('occurrence_id', 150).notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('url', 2000).notNullable();
    table.string('content_sha256', 64).notNullable();
    table.string('etag', 500).nullable();
    table.timestamp('recorded_at', { useTz: true, precision: 3 }).notNullable();
    table.primary(['runbook_key', 'occurrence_id']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_runbook_baselines');
  await knex.schema.dropTable('devex_runbook_checks');
};
