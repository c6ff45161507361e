// @ts-check

/**
 * Remediation items keyed by their source: `api:<entityRef>` for items pushed through the API for
 * an entity, `file:<entityRef>:<location>` for an entity's backlog file. An id held by one source
 * and claimed by another is recorded as a conflict instead of being overwritten.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('devex_remediation_items', table => {
    table.string('source_key', 1300).notNullable().defaultTo('');
  });
  // rows read from a file kept its location; the rest came through the API (or the demo seed)
  await knex('devex_remediation_items').update({
    source_key: knex.raw(
      "case when source_location is null then 'api:' || entity_ref else 'file:' || entity_ref || ':' || source_location end",
    ),
  });

  await knex.schema.createTable('devex_remediation_conflicts', table => {
    table.comment(
      'Remediation item ids claimed by a source other than the one holding them',
    );
    table.string('remediation_id', 50).notNullable();
    table.string('claimant_source', 1300).notNullable();
    table.string('claimant_entity_ref', 255).notNullable();
    table
      .string('holder_source', 1300)
      .notNullable()
      .comment('the holder when last claimed');
    table.string('holder_entity_ref', 255).notNullable();
    table
      .timestamp('first_seen_at', { useTz: true, precision: 3 })
      .notNullable();
    table
      .timestamp('last_seen_at', { useTz: true, precision: 3 })
      .notNullable();
    table.primary(['remediation_id', 'claimant_source']);
    table.index(
      ['claimant_entity_ref'],
      'devex_remediation_conflicts_claimant_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_remediation_conflicts');
  // not knex dropColumn: on SQLite it rebuilds the table, and the rebuild cascades to the states
  await knex.raw('alter table devex_remediation_items drop column source_key');
};
