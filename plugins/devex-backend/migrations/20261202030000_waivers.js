// @ts-check

/**
 * Waivers: a remediation item deliberately not automated, or a success measure's target paused,
 * with its justification, who requested it, the admin who decided and until when it holds. The
 * sync ratio reads the waivers in force (approved, not expired) of the items in scope.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_waivers', table => {
    table.comment(
      'Justified exceptions to remediation automation and success measure targets',
    );
    table.string('id', 36).primary().notNullable();
    table.string('subject_type', 30).notNullable();
    table.string('subject_id', 200).notNullable();
    table.string('subject_title', 300).notNullable();
    table.string('entity_ref', 255).nullable();
    table.string('owner_ref', 255).nullable();
    table.text('justification').notNullable();
    table.string('requested_by', 255).notNullable();
    table
      .timestamp('requested_at', { useTz: true, precision: 3 })
      .notNullable();
    table.string('status', 20).notNullable();
    table.string('expires_on', 10).notNullable();
    table.string('decided_by', 255).nullable();
    table.timestamp('decided_at', { useTz: true, precision: 3 }).nullable();
    table.text('decision_note').nullable();
    table.integer('version').notNullable();
    table.index(
      ['subject_type', 'status', 'expires_on'],
      'devex_waivers_in_force_idx',
    );
    table.index(['subject_type', 'subject_id'], 'devex_waivers_subject_idx');
    table.index(['status', 'expires_on'], 'devex_waivers_expiring_idx');
    table.index(['requested_at', 'id'], 'devex_waivers_requested_idx');
    table.index(
      ['entity_ref', 'requested_at', 'id'],
      'devex_waivers_entity_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_waivers');
};
