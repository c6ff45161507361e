import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { Knex } from 'knex';

/** The databases a benchmark runs on: its name in the `bench` lines, and a title. */
export type BenchDatabase = { id: 'sqlite' | 'postgresql'; title: string };

/**
 * Runs a benchmark on SQLite (files in a temp dir) and, when BENCH_PG holds a connection string
 * without a database, on PostgreSQL (in databases it creates and drops), with `count` empty
 * databases of that engine each time (a benchmark that compares two sizes side by side takes
 * two). BENCH_DB=sqlite or postgresql runs one only. Answers each run's result.
 */
export async function onEachBenchDatabase<T>(
  run: (db: BenchDatabase, ...databases: Knex[]) => Promise<T>,
  count = 1,
): Promise<T[]> {
  const only = process.env.BENCH_DB;
  const results: T[] = [];
  if (only !== 'postgresql') {
    const dir = mkdtempSync(join(tmpdir(), 'devex-bench-'));
    const databases = Array.from({ length: count }, (_, i) =>
      knexFactory({
        client: 'better-sqlite3',
        connection: { filename: join(dir, `bench-${i}.sqlite`) },
        useNullAsDefault: true,
      }),
    );
    try {
      results.push(
        await run(
          { id: 'sqlite', title: 'SQLite (better-sqlite3, file)' },
          ...databases,
        ),
      );
    } finally {
      await Promise.all(databases.map(d => d.destroy()));
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (process.env.BENCH_PG && only !== 'sqlite') {
    const names = Array.from(
      { length: count },
      (_, i) =>
        `devex_bench_${process.pid}_${randomBytes(4).toString('hex')}_${i}`,
    );
    const admin = knexFactory({
      client: 'pg',
      connection: `${process.env.BENCH_PG}/postgres`,
    });
    for (const name of names) await admin.raw(`create database ${name}`);
    const databases = names.map(name =>
      knexFactory({
        client: 'pg',
        connection: `${process.env.BENCH_PG}/${name}`,
      }),
    );
    try {
      results.push(
        await run({ id: 'postgresql', title: 'PostgreSQL' }, ...databases),
      );
    } finally {
      await Promise.all(databases.map(d => d.destroy()));
      for (const name of names) await admin.raw(`drop database ${name}`);
      await admin.destroy();
    }
  }
  return results;
}

/**
 * The plan of a query, a line per step: PostgreSQL's `explain` (with `analyze`, run and timed) or
 * SQLite's `explain query plan`.
 */
export async function queryPlan(
  knex: Knex,
  sql: string,
  bindings: readonly unknown[] = [],
  options: { analyze?: boolean } = {},
): Promise<string[]> {
  if (knex.client.config.client === 'pg') {
    const explained = await knex.raw(
      `explain ${options.analyze ? 'analyze ' : ''}${sql}`,
      bindings as any,
    );
    return explained.rows.map((r: any) => r['QUERY PLAN']);
  }
  const explained = await knex.raw(
    `explain query plan ${sql}`,
    bindings as any,
  );
  return explained.map((r: any) => r.detail);
}

/** Rows a statement takes: SQLite takes at most 500 per statement (its compound select limit). */
const CHUNK = 500;

/**
 * Inserts rows `from` .. `count` - 1 of a table, each made from its index (one or several rows
 * per index), in statements of 500 rows and one transaction per 25,000 (SQLite would otherwise
 * sync its file after every statement).
 */
export async function insertChunked(
  knex: Knex,
  table: string,
  count: number,
  row: (i: number) => Record<string, unknown> | Record<string, unknown>[],
  from = 0,
) {
  // one transaction per 50 chunks: SQLite would otherwise sync the file after every chunk
  for (let start = from; start < count; start += CHUNK * 50) {
    await knex.transaction(async tx => {
      const end = Math.min(count, start + CHUNK * 50);
      for (let c = start; c < end; c += CHUNK) {
        const rows = [];
        for (let i = c; i < Math.min(end, c + CHUNK); i++) {
          const r = row(i);
          if (Array.isArray(r)) rows.push(...r);
          else rows.push(r);
        }
        // SQLite takes at most 500 rows per statement (its compound select limit)
        for (let k = 0; k < rows.length; k += CHUNK) {
          await tx(table).insert(rows.slice(k, k + CHUNK));
        }
      }
    });
  }
}
