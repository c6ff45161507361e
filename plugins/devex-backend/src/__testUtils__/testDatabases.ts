import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from '../database/migrations';

/**
 * The databases the tests run on: SQLite always, PostgreSQL 15 when
 * BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING names a server (CI sets it).
 * Without it the PostgreSQL case is left out rather than sent looking for Docker.
 */
export function devexTestDatabaseIds(): TestDatabaseId[] {
  const ids: TestDatabaseId[] = ['SQLITE_3'];
  if (process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING) {
    ids.push('POSTGRES_15');
  }
  return ids;
}

/** The test databases, and `migrated(id)`: a fresh one with the plugin's tables. */
export function createDevexTestDatabases(): TestDatabases & {
  migrated(id: TestDatabaseId): Promise<Knex>;
} {
  const databases = TestDatabases.create({ ids: devexTestDatabaseIds() });
  return Object.assign(databases, {
    async migrated(id: TestDatabaseId) {
      const knex = await databases.init(id);
      await applyDatabaseMigrations({ getClient: async () => knex });
      return knex;
    },
  });
}
