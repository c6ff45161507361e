import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

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

export function createDevexTestDatabases(): TestDatabases {
  return TestDatabases.create({ ids: devexTestDatabaseIds() });
}
