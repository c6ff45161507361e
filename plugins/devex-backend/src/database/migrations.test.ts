import {
  applyDatabaseMigrations,
  rollbackDatabaseMigrations,
} from '../database/migrations';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

describe('migrations', () => {
  const databases = createDevexTestDatabases();

  it.each(databases.eachSupportedId())(
    'run up and down cleanly on %p',
    async databaseId => {
      const knex = await databases.migrated(databaseId);

      expect(await knex.schema.hasTable('devex_action_items')).toBe(true);
      expect(await knex.schema.hasTable('devex_plugin_state')).toBe(true);

      await rollbackDatabaseMigrations(knex);
      expect(await knex.schema.hasTable('devex_action_items')).toBe(false);
      expect(await knex.schema.hasTable('devex_plugin_state')).toBe(false);

      // and up again, as after a downgrade and re-upgrade
      await applyDatabaseMigrations({ getClient: async () => knex });
      expect(await knex.schema.hasTable('devex_action_items')).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'are left alone when database.migrations.skip is set on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations({
        getClient: async () => knex,
        migrations: { skip: true },
      });
      expect(await knex.schema.hasTable('devex_action_items')).toBe(false);
    },
  );
});
