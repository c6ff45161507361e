import { Knex } from 'knex';

const STATE = 'devex_plugin_state';
const VIEW_CHANGES = 'views.changed';

/** Small named values the plugin keeps in its database (demo marker, source status). */
export class PluginStateStore {
  constructor(private readonly knex: Knex) {}

  async get(key: string): Promise<string | undefined> {
    const row = await this.knex(STATE).where({ key }).first();
    return row?.value;
  }

  /** The value under `key`, written by the first caller when absent (whichever replica wins). */
  async getOrCreate(key: string, make: () => string): Promise<string> {
    const existing = await this.get(key);
    if (existing !== undefined) return existing;
    await this.knex(STATE)
      .insert({ key, value: make() })
      .onConflict('key')
      .ignore();
    return (await this.get(key))!;
  }

  /** Writes a new key; fails with a unique-constraint error when it exists (a marker). */
  async insert(key: string, value: string): Promise<void> {
    await this.knex(STATE).insert({ key, value });
  }

  async put(key: string, value: string): Promise<void> {
    await this.knex(STATE).insert({ key, value }).onConflict('key').merge();
  }

  /** Every key starting with `prefix`, in key order. */
  async listByPrefix(
    prefix: string,
  ): Promise<Array<{ key: string; value: string }>> {
    return this.knex(STATE)
      .select('key', 'value')
      .where('key', 'like', `${prefix.replace(/[\\%_]/g, c => `\\${c}`)}%`)
      .orderBy('key');
  }

  /** The stamp of the last write the replicas' computed views know of (see `ComputedViews`). */
  viewChanges() {
    return {
      read: () => this.get(VIEW_CHANGES),
      write: (stamp: string) => this.put(VIEW_CHANGES, stamp),
    };
  }
}
