// @ts-check

/**
 * The pulse's pool: answers acknowledged to their people and waiting for k people of their
 * reporting cohort, kept in the database so that a replica that dies loses none. Each row is
 * sealed (AES-256-GCM) under a key the database does not hold (`devex.pulse.sealingKeys`); its
 * columns are a random id, keyed HMAC tags and the ciphertext: no person, group or time.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_pulse_pool', table => {
    table.string('id', 36).primary().comment('random');
    table
      .string('campaign_id', 36)
      .notNullable()
      .references('id')
      .inTable('devex_pulse_campaigns')
      .onDelete('CASCADE');
    table
      .string('answer_tag', 64)
      .notNullable()
      .comment('HMAC of the campaign and the person under the key');
    table
      .string('cohort_tag', 64)
      .notNullable()
      .comment('HMAC of the campaign and the group the answer counts in');
    table.string('key_id', 16).notNullable().comment("the key's fingerprint");
    table.text('sealed').notNullable();
    table.unique(['campaign_id', 'answer_tag'], {
      indexName: 'devex_pulse_pool_answer_uq',
    });
    table.index(['campaign_id', 'cohort_tag'], 'devex_pulse_pool_cohort_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_pulse_pool');
};
