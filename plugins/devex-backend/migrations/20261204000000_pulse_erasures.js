// @ts-check

/**
 * Erasures the pulse's replicas must honour: a person erased while an answer of theirs waits in
 * some replica's memory must not be written as a participant afterwards. Each row holds a
 * SHA-256 of the erased user's ref (not the ref) and when; rows go once every campaign open at
 * that time has settled.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_pulse_erasures', table => {
    table.comment(
      'Hashes of people erased while pulse answers may be pooled; purged when their campaigns settle',
    );
    table.string('user_hash', 64).primary().notNullable();
    table.timestamp('erased_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['erased_at'], 'devex_pulse_erasures_erased_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_pulse_erasures');
};
