import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { TEST_NOW } from '../__testUtils__/startDevexBackend';
import { claimsOwnItem, remediationSourceOf } from './remediationSources';

jest.setTimeout(60_000);

describe('remediation sources', () => {
  const databases = createDevexTestDatabases();

  it.each(databases.eachSupportedId())(
    'are backfilled from where existing items came from, on %p',
    async databaseId => {
      const knex = await databases.migrated(databaseId);
      const migrations = {
        directory: resolvePackagePath(
          '@devex-governance/backstage-plugin-devex-backend',
          'migrations',
        ),
        tableName: 'devex_knex_migrations',
        name: '20261201060000_remediation_sources.js',
      };
      await knex.migrate.down(migrations);
      const row = (id: string, sourceLocation: string | null) => ({
        id,
        framework: 'POPIA',
        title: id,
        risk_level: 'high',
        owner_ref: 'group:default/compliance',
        status: 'open',
        entity_ref: 'component:default/compliance-evidence',
        source_location: sourceLocation,
        content_hash: 'h',
        updated_at: new Date(TEST_NOW),
      });
      await knex('devex_remediation_items').insert([
        row('POPIA-001', null),
        row('POPIA-002', 'https://git.example.com/backlog.yaml'),
      ]);
      await knex('devex_sync_states').insert({
        remediation_id: 'POPIA-001',
        state: 'unsynced',
        input_hash: 'h',
      });

      await knex.migrate.up(migrations);
      expect(await knex('devex_sync_states').pluck('remediation_id')).toEqual([
        'POPIA-001',
      ]);
      expect(
        await knex('devex_remediation_items').orderBy('id').pluck('source_key'),
      ).toEqual([
        'api:component:default/compliance-evidence',
        'file:component:default/compliance-evidence:https://git.example.com/backlog.yaml',
      ]);

      // and down again keeps the items and their states
      await knex.migrate.down(migrations);
      expect(
        await knex('devex_remediation_items').orderBy('id').pluck('id'),
      ).toEqual(['POPIA-001', 'POPIA-002']);
      expect(await knex('devex_sync_states').pluck('remediation_id')).toEqual([
        'POPIA-001',
      ]);
    },
  );

  it("let an entity's new backlog file take over its old file's items, and nothing else", () => {
    const api = { entityRef: 'component:default/a', sourceLocation: null };
    const file = { entityRef: 'component:default/a', sourceLocation: 'f1' };
    const movedFile = { ...file, sourceLocation: 'f2' };
    const other = { entityRef: 'component:default/b', sourceLocation: null };
    expect(remediationSourceOf(file)).toBe('file:component:default/a:f1');
    expect(claimsOwnItem(file, movedFile)).toBe(true);
    expect(claimsOwnItem(api, api)).toBe(true);
    expect(claimsOwnItem(api, file)).toBe(false);
    expect(claimsOwnItem(file, api)).toBe(false);
    expect(claimsOwnItem(api, other)).toBe(false);
  });
});
