import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { Knex } from 'knex';

/** The databases a benchmark runs on: its name in the `bench` lines, and a title. */
export type BenchDatabase = { id: 'sqlite' | 'postgresql'; title: string };

/**
 * Runs a benchmark on SQLite (a file in a temp dir) and, when BENCH_PG holds a connection string
 * without a database, on PostgreSQL (in a database it creates and drops). BENCH_DB=sqlite or
 * postgresql runs one only. Answers each run's result.
 */
export async function onEachBenchDatabase<T>(
  run: (db: BenchDatabase, knex: Knex) => Promise<T>,
): Promise<T[]> {
  const only = process.env.BENCH_DB;
  const results: T[] = [];
  if (only !== 'postgresql') {
    const dir = mkdtempSync(join(tmpdir(), 'devex-bench-'));
    const sqlite = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(dir, 'bench.sqlite') },
      useNullAsDefault: true,
    });
    try {
      results.push(
        await run(
          { id: 'sqlite', title: 'SQLite (better-sqlite3, file)' },
          sqlite,
        ),
      );
    } finally {
      await sqlite.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (process.env.BENCH_PG && only !== 'sqlite') {
    const database = `devex_bench_${process.pid}_${Date.now()}`;
    const admin = knexFactory({
      client: 'pg',
      connection: `${process.env.BENCH_PG}/postgres`,
    });
    await admin.raw(`create database ${database}`);
    const pg = knexFactory({
      client: 'pg',
      connection: `${process.env.BENCH_PG}/${database}`,
    });
    try {
      results.push(await run({ id: 'postgresql', title: 'PostgreSQL' }, pg));
    } finally {
      await pg.destroy();
      await admin.raw(`drop database ${database}`);
      await admin.destroy();
    }
  }
  return results;
}
