// @ts-check

/**
 * Telemetry anomalies: what the detector found in a measurement series (a metric for the portal,
 * `entity_ref` null, or for an entity) in one week, and what people made of it (dismissed with a
 * note, or taken up as an action item). One row per series and week, however many runs or
 * replicas detect it.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_anomalies', table => {
    table.string('id', 36).primary();
    table.string('metric_key', 100).notNullable();
    table.string('entity_ref', 255).nullable().comment('null: the portal');
    table
      .string('scope_key', 255)
      .notNullable()
      .comment('the entity ref, or "portal": the unique key cannot hold null');
    table
      .string('week', 10)
      .notNullable()
      .comment('YYYY-MM-DD of the window end');
    table.string('kind', 10).notNullable().comment('level or spike');
    table.double('value').notNullable();
    table.double('baseline').notNullable();
    table.double('spread').notNullable();
    table.double('deviations').notNullable();
    table.integer('baseline_weeks').notNullable();
    table.timestamp('window_from', { useTz: true, precision: 3 }).notNullable();
    table.timestamp('window_to', { useTz: true, precision: 3 }).notNullable();
    table.timestamp('detected_at', { useTz: true, precision: 3 }).notNullable();
    table.string('status', 16).notNullable().defaultTo('open');
    table.text('note').nullable();
    table.string('decided_by', 255).nullable();
    table.timestamp('decided_at', { useTz: true, precision: 3 }).nullable();
    table.string('action_item_id', 36).nullable();
    table.unique(['metric_key', 'scope_key', 'week'], {
      indexName: 'devex_anomalies_series_week_uq',
    });
    table.index(['status', 'window_to', 'id'], 'devex_anomalies_status_idx');
    table.index(['entity_ref', 'window_to'], 'devex_anomalies_entity_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_anomalies');
};
