import { randomUUID } from 'node:crypto';
import { LoggerService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { KnexActionItemStore } from '../actionItems/ActionItemStore';
import { demoActionItems } from './demoActionItems';

const SEEDED_KEY = 'demo-data-loaded-at';

/**
 * Loads the demo records once per database. The marker row is written in the same
 * transaction, so replicas starting together seed once and a restart never re-seeds.
 */
export async function seedDemoData(options: {
  knex: Knex;
  logger: LoggerService;
  clock: () => DateTime;
}): Promise<boolean> {
  const { knex, logger, clock } = options;
  const now = clock();
  const seed = () =>
    knex.transaction(async tx => {
      if (await tx('devex_plugin_state').where({ key: SEEDED_KEY }).first()) {
        return false;
      }
      // A replica racing us fails on this primary key and rolls its whole seed back.
      await tx('devex_plugin_state').insert({ key: SEEDED_KEY, value: now.toISO() });
      const store = new KnexActionItemStore(tx);
      for (const { dueInDays, demoId: _demoId, ...fields } of demoActionItems) {
        await store.create({
          ...fields,
          dueDate: now.plus({ days: dueInDays }).toISODate()!,
          id: randomUUID(),
          createdBy: 'user:default/dx-sponsor',
          now: now.toJSDate(),
        });
      }
      return true;
    });
  let seeded: boolean;
  try {
    seeded = await seed();
  } catch (error) {
    if (await knex('devex_plugin_state').where({ key: SEEDED_KEY }).first()) {
      return false; // another replica seeded first
    }
    throw error;
  }
  if (seeded) {
    logger.info(`Loaded ${demoActionItems.length} demo action items`);
  }
  return seeded;
}
