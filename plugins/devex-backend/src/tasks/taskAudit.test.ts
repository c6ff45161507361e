import { Knex } from 'knex';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { EVIDENCE_SYNC_TASK_ID } from '../sync/SyncService';

jest.setTimeout(60_000);

describe('scheduled tasks', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it('audit what they change under the system actor, with no request', async () => {
      const backend = await startDevexBackend(knex, {
        runTasksOnStartup: false,
      });
      await backend.runTask(EVIDENCE_SYNC_TASK_ID);
      await backend.runTask('devex-collect-metrics');
      await backend.runTask('devex-open-pulse-campaign');
      const byTasks = backend.auditDetails.filter(e => !e.hasRequest);
      expect(byTasks.map(e => e.eventId).sort()).toEqual([
        'evidence-sync-run',
        'metric-collect',
        'pulse-open',
      ]);
      for (const event of byTasks) {
        expect(event.meta).toMatchObject({
          actor: 'user:default/devex-scheduler',
        });
      }
    });
  });
});
