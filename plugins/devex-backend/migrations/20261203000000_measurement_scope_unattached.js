// @ts-check

/**
 * Success measures read only measurements outside experiments (an experiment's values score the
 * experiment, not the portal or an entity): the scope series filter on `experiment_id IS NULL`,
 * so the index serves that filter and the order by time.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('devex_measurements', table => {
    table.index(
      ['metric_key', 'entity_ref', 'experiment_id', 'measured_at'],
      'devex_measurements_scope_unattached_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('devex_measurements', table => {
    table.dropIndex([], 'devex_measurements_scope_unattached_idx');
  });
};
