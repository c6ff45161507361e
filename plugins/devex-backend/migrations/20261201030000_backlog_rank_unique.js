// @ts-check

/**
 * Backlog ranks are unique, enforced by the database: concurrent creates and reorders could leave
 * two items on one rank or a gap. Existing ranks are first renumbered 1..n in their current order
 * (rank, then id, as the backlog lists them), then the plain rank index becomes a unique one.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const items = await knex('devex_backlog_items')
    .select('id', 'rank')
    .orderBy([{ column: 'rank' }, { column: 'id' }]);
  for (const [index, item] of items.entries()) {
    if (Number(item.rank) !== index + 1) {
      await knex('devex_backlog_items')
        .where({ id: item.id })
        .update({ rank: index + 1 });
    }
  }
  await knex.schema.alterTable('devex_backlog_items', table => {
    table.dropIndex(['rank'], 'devex_backlog_items_rank_idx');
    table.unique(['rank'], { indexName: 'devex_backlog_items_rank_uq' });
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('devex_backlog_items', table => {
    table.dropUnique(['rank'], 'devex_backlog_items_rank_uq');
    table.index(['rank'], 'devex_backlog_items_rank_idx');
  });
};
