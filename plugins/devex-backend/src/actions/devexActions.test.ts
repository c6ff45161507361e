import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';

jest.setTimeout(120_000);

const hotpass = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'hotpass', namespace: 'default' },
  spec: { owner: 'group:default/platform-eng' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/platform-eng' }],
};
const amara = mockCredentials.user('user:default/amara.qa');

describe('the DevEx actions (MCP tools)', () => {
  const databases = createDevexTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it('are registered with their attributes, and act with the caller as the REST routes do', async () => {
      const { actions, count } = await startDevexBackend(knex, {
        entities: [hotpass],
      });
      const { actions: listed } = await actions.list();
      expect(
        Object.fromEntries(
          listed.map(a => [
            a.name,
            [
              a.attributes.readOnly,
              a.attributes.idempotent,
              a.attributes.destructive,
            ],
          ]),
        ),
      ).toEqual({
        'get-devex-summary': [true, true, false],
        'list-devex-action-items': [true, true, false],
        'create-devex-action-item': [false, false, false],
        'update-devex-action-item-status': [false, true, false],
        'change-devex-experiment-status': [false, false, false],
        'get-devex-sync-ratio': [true, true, false],
        'list-devex-governance-events': [true, true, false],
        'raise-devex-blocker': [false, false, false],
      });

      const created = await actions.invoke({
        id: 'test:create-devex-action-item',
        input: {
          title: 'Publish the QA loop dashboard',
          entityRef: 'component:default/hotpass',
          owner: 'group:default/qa',
          dueDate: '2026-12-15',
        },
        credentials: amara,
      });
      const item = (created.output as any).actionItem;
      expect(item).toMatchObject({
        createdBy: 'user:default/amara.qa',
        status: 'open',
        version: 1,
      });
      const updated = await actions.invoke({
        id: 'test:update-devex-action-item-status',
        input: { id: item.id, status: 'in_progress', version: 1 },
        credentials: amara,
      });
      expect((updated.output as any).actionItem).toMatchObject({
        status: 'in_progress',
        version: 2,
      });
      const listed2 = await actions.invoke({
        id: 'test:list-devex-action-items',
        input: { entityRef: 'component:default/hotpass' },
        credentials: amara,
      });
      expect((listed2.output as any).items.map((i: any) => i.id)).toEqual([
        item.id,
      ]);

      const summary = await actions.invoke({
        id: 'test:get-devex-summary',
        input: { entityRef: 'component:default/hotpass' },
        credentials: amara,
      });
      expect((summary.output as any).summary).toMatchObject({
        entityRef: 'component:default/hotpass',
        actionItems: { open: 1 },
      });
      const ratio = await actions.invoke({
        id: 'test:get-devex-sync-ratio',
        input: {},
        credentials: amara,
      });
      expect((ratio.output as any).ratio).toMatchObject({
        scope: { type: 'portal' },
        target: 0.8,
      });
      const events = await actions.invoke({
        id: 'test:list-devex-governance-events',
        input: { days: 40 },
        credentials: amara,
      });
      expect((events.output as any).events.map((e: any) => e.type)).toContain(
        'monthly_sync',
      );
      const blocker = await actions.invoke({
        id: 'test:raise-devex-blocker',
        input: {
          entityRef: 'component:default/hotpass',
          title: 'Staging cluster quota exhausted',
        },
        credentials: amara,
      });
      expect((blocker.output as any).blocker).toMatchObject({
        raisedBy: 'user:default/amara.qa',
      });

      // a service token is not a user: nothing is written for it
      const before = await count('devex_action_items');
      await expect(
        actions.invoke({
          id: 'test:create-devex-action-item',
          input: {
            title: 'From a script',
            entityRef: 'component:default/hotpass',
            owner: 'group:default/qa',
            dueDate: '2026-12-15',
          },
          credentials: mockCredentials.service('plugin:scripts'),
        }),
      ).rejects.toThrow(/act for a signed-in user/);
      expect(await count('devex_action_items')).toBe(before);
    });

    it('go through the same door as REST: a write is audited with its actor and shows in the next summary', async () => {
      const { actions, auditDetails } = await startDevexBackend(knex, {
        entities: [hotpass],
      });
      const summary = async () =>
        (
          (
            await actions.invoke({
              id: 'test:get-devex-summary',
              input: { entityRef: 'component:default/hotpass' },
              credentials: amara,
            })
          ).output as any
        ).summary;
      // computed and kept before the writes
      expect((await summary()).actionItems.open).toBe(0);
      expect((await summary()).blockers.open).toBe(0);
      const created = await actions.invoke({
        id: 'test:create-devex-action-item',
        input: {
          title: 'Publish the QA loop dashboard',
          entityRef: 'component:default/hotpass',
          owner: 'group:default/qa',
          dueDate: '2026-12-15',
        },
        credentials: amara,
      });
      await actions.invoke({
        id: 'test:raise-devex-blocker',
        input: {
          entityRef: 'component:default/hotpass',
          title: 'Staging cluster quota exhausted',
        },
        credentials: amara,
      });
      const after = await summary();
      expect(after.actionItems.open).toBe(1);
      expect(after.blockers.open).toBe(1);
      const written = auditDetails.filter(e =>
        ['action-item-create', 'blocker-raise'].includes(String(e.eventId)),
      );
      expect(written).toEqual([
        {
          eventId: 'action-item-create',
          hasRequest: false,
          severityLevel: 'medium',
          meta: {
            entityRef: 'component:default/hotpass',
            owner: 'group:default/qa',
            actor: 'user:default/amara.qa',
          },
        },
        {
          eventId: 'blocker-raise',
          hasRequest: false,
          severityLevel: 'medium',
          meta: {
            entityRef: 'component:default/hotpass',
            title: 'Staging cluster quota exhausted',
            actor: 'user:default/amara.qa',
          },
        },
      ]);
      expect((created.output as any).actionItem.createdBy).toBe(
        'user:default/amara.qa',
      );
    });

    it('refuse what the permission policy refuses, writing nothing', async () => {
      const { actions, count } = await startDevexBackend(knex, {
        entities: [hotpass],
        permission: AuthorizeResult.DENY,
      });
      await expect(
        actions.invoke({
          id: 'test:create-devex-action-item',
          input: {
            title: 'Not mine to create',
            entityRef: 'component:default/hotpass',
            owner: 'group:default/qa',
            dueDate: '2026-12-15',
          },
          credentials: amara,
        }),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
      await expect(
        actions.invoke({
          id: 'test:get-devex-summary',
          input: {},
          credentials: amara,
        }),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
      expect(await count('devex_action_items')).toBe(0);
    });
  });
});
