import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { PermissionsService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { NotificationSendOptions, notificationService } from '@backstage/plugin-notifications-node';
import { Server } from 'node:http';
import { Knex } from 'knex';
import { devexPlugin } from '../plugin';

export interface AuditRecord {
  eventId: string;
  outcome?: 'succeeded' | 'failed';
}

/**
 * Starts the plugin on a test database with a recording auditor, a mock catalog and either a
 * fixed permission result or a permissions service of the test's own.
 */
export interface DevexTestBackend {
  server: Server;
  /** Notifications the plugin sent. */
  sent: NotificationSendOptions[];
  auditEvents: AuditRecord[];
  count: (table: string) => Promise<number>;
}

export async function startDevexBackend(
  knex: Knex,
  options: {
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    permissions?: Partial<PermissionsService>;
    entities?: Entity[];
  } = {},
): Promise<DevexTestBackend> {
  const auditEvents: AuditRecord[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async ({ eventId }) => {
      const event: AuditRecord = { eventId };
      auditEvents.push(event);
      return {
        success: async () => {
          event.outcome = 'succeeded';
        },
        fail: async () => {
          event.outcome = 'failed';
        },
      };
    },
  });
  const sent: NotificationSendOptions[] = [];
  const notifications = createServiceFactory({
    service: notificationService,
    deps: {},
    factory: () => ({ send: async (n: NotificationSendOptions) => void sent.push(n) }),
  });
  const { server } = await startTestBackend({
    features: [
      devexPlugin,
      mockServices.database.factory({ knex }),
      options.permissions
        ? mockServices.permissions.mock(options.permissions).factory
        : mockServices.permissions.factory({ result: options.permission ?? AuthorizeResult.ALLOW }),
      auditor.factory,
      catalogServiceMock.factory({ entities: options.entities ?? [] }),
      notifications,
    ],
  });
  const count = async (table: string) =>
    Number((await knex(table).count({ n: '*' }))[0].n);
  return { server: server as unknown as Server, sent, auditEvents, count };
}
