import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@devex-governance/backstage-plugin-devex-backend',
  'migrations',
);

/** Brings the plugin's tables up to date, unless the operator manages migrations. */
export async function applyDatabaseMigrations(
  database: DatabaseService,
): Promise<Knex> {
  const knex = await database.getClient();
  if (!database.migrations?.skip) {
    await knex.migrate.latest({
      directory: migrationsDir,
      tableName: 'devex_knex_migrations',
    });
  }
  return knex;
}

/** Rolls every migration back; for tests of the down path. */
export async function rollbackDatabaseMigrations(knex: Knex): Promise<void> {
  await knex.migrate.rollback(
    { directory: migrationsDir, tableName: 'devex_knex_migrations' },
    true,
  );
}
