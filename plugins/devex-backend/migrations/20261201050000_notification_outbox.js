// @ts-check

/**
 * Notifications that survive a crash: each is written to the outbox in the transaction that
 * decides it (a blocker notified or escalated, a digest period recorded) and delivered from there,
 * a replica at a time under a lease, retried with backoff until sent or given up. Blockers keep
 * why their owners could not be notified (the catalog lookup failed, or the entity has no owner).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_notification_outbox', table => {
    // (no apostrophes: knex does not escape table comments on PostgreSQL)
    table.comment(
      'Notifications to deliver, one per key, each sent once under a lease and retried with backoff',
    );
    table.string('key', 300).primary().notNullable();
    table.text('notification').notNullable().comment('recipients and payload');
    table
      .string('status', 10)
      .notNullable()
      .comment('pending, sent or failed (given up)');
    table.integer('attempts').notNullable().defaultTo(0);
    table
      .timestamp('next_attempt_at', { useTz: true, precision: 3 })
      .notNullable();
    table
      .timestamp('claimed_until', { useTz: true, precision: 3 })
      .nullable()
      .comment('the lease of the sender; claimable again once it has passed');
    table.string('claim_token', 36).nullable();
    table
      .timestamp('last_attempt_at', { useTz: true, precision: 3 })
      .nullable();
    table.text('last_error').nullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.timestamp('sent_at', { useTz: true, precision: 3 }).nullable();
    // The delivery task's query: pending and due.
    table.index(
      ['status', 'next_attempt_at'],
      'devex_notification_outbox_due_idx',
    );
  });

  await knex.schema.alterTable('devex_blockers', table => {
    table.text('notify_error').nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  // not knex dropColumn: on SQLite it rebuilds the table
  await knex.raw('alter table devex_blockers drop column notify_error');
  await knex.schema.dropTable('devex_notification_outbox');
};
