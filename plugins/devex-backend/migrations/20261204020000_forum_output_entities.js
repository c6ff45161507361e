// @ts-check

/**
 * The catalog entities of the record each forum output changed or created (a JSON list; empty
 * for a portal-wide record or none), so that a forum's outputs and minutes leave out, for each
 * reader, the records of entities the catalog hides from them. Outputs recorded before are
 * filled from their records (a record since deleted counts as portal-wide).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('devex_forum_outputs', table => {
    table.text('record_entity_refs').nullable();
  });
  /** @type {Record<string, string>} */
  const single = {
    action_item: 'devex_action_items',
    backlog_item: 'devex_backlog_items',
    risk: 'devex_risks',
  };
  const outputs = await knex('devex_forum_outputs')
    .whereNotNull('record_type')
    .select('id', 'record_type', 'record_id');
  for (const output of outputs) {
    /** @type {string[]} */
    let refs = [];
    if (output.record_type === 'experiment') {
      refs = await knex('devex_experiment_entities')
        .where({ experiment_id: output.record_id })
        .orderBy('entity_ref')
        .pluck('entity_ref');
    } else if (output.record_type in single) {
      const row = await knex(single[output.record_type])
        .where({ id: output.record_id })
        .first('entity_ref');
      refs = row?.entity_ref ? [row.entity_ref] : [];
    }
    await knex('devex_forum_outputs')
      .where({ id: output.id })
      .update({ record_entity_refs: JSON.stringify(refs) });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('devex_forum_outputs', table => {
    table.dropColumn('record_entity_refs');
  });
};
