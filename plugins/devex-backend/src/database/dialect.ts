import { Knex } from 'knex';

/** Which database a knex instance (or transaction) talks to, for the few statements that differ. */
export function dialectOf(knex: Knex): 'postgres' | 'mysql' | 'sqlite' {
  const client = String(knex.client.config.client);
  if (client === 'pg' || client.startsWith('postgres')) return 'postgres';
  if (client.startsWith('mysql')) return 'mysql';
  return 'sqlite';
}
