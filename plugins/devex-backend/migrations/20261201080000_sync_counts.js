// @ts-check

/**
 * Remediation items counted per entity, owner group and sync state, kept by the sync store on
 * every write (an entity's rows are recounted from the items whenever its items or their states
 * change). The portal ratio, a group's ratio and the portfolio read these few rows instead of
 * every item, so they cost the same at 1k items and at 1M.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('devex_sync_counts', table => {
    table.comment('Remediation items per entity, owner and sync state');
    table.string('entity_ref', 255).notNullable();
    table.string('owner_ref', 255).notNullable();
    table.string('state', 30).notNullable();
    table.integer('items').notNullable();
    table.primary(['entity_ref', 'owner_ref', 'state']);
    table.index(['owner_ref'], 'devex_sync_counts_owner_idx');
  });
  await knex.raw(`
    insert into devex_sync_counts (entity_ref, owner_ref, state, items)
    select i.entity_ref, i.owner_ref, coalesce(s.state, 'unsynced'), count(*)
    from devex_remediation_items i
    left join devex_sync_states s on s.remediation_id = i.id
    group by i.entity_ref, i.owner_ref, coalesce(s.state, 'unsynced')`);
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('devex_sync_counts');
};
