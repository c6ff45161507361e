import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  coreServices,
  LoggerService,
  PermissionsService,
  SchedulerServiceTaskInvocationDefinition,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  catalogAsSeenByUsers,
  catalogReadAsSeenByUsers,
} from './catalogAsSeenByUsers';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import {
  actionsRegistryServiceMock,
  MockActionsRegistry,
} from '@backstage/backend-test-utils/alpha';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import { Server } from 'node:http';
import { JsonObject } from '@backstage/types';
import { Knex } from 'knex';
import {
  DevexClock,
  devexClockServiceFactory,
  devexClockServiceRef,
} from '@devex-governance/backstage-plugin-devex-node';
import { devexPlugin } from '../plugin';
import { checkResponsesAgainstSpec } from './responseSchemas';

/**
 * The instant the test backends start at unless a test names another: tests never depend on the
 * date they run on. A Wednesday in late November, before the month's digest day is past and after
 * its pulse-survey date.
 */
export const TEST_NOW = '2026-11-25T08:00:00Z';

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
  /** The audit events of requests, with their outcome. */
  auditEvents: AuditRecord[];
  /** What each audit event was created with, to check what it does not say. */
  auditDetails: JsonObject[];
  count: (table: string) => Promise<number>;
  /**
   * Runs one of the plugin's scheduled tasks now, as the scheduler would; with
   * `runTasksOnStartup: false` it is the only way they run.
   */
  runTask: (id: string) => Promise<void>;
  /** The plugin's actions (MCP tools), to list and invoke as `test:<name>`. */
  actions: MockActionsRegistry;
}

const started: Array<{ stop(): Promise<void> }> = [];

/**
 * Stops every backend started since the last call (setupTests.ts calls it after each test), so
 * scheduled work and database connections do not pile up across a file's tests.
 */
export async function stopDevexBackends(): Promise<void> {
  const backends = started.splice(0, started.length);
  await Promise.all(backends.map(b => b.stop()));
}

export async function startDevexBackend(
  knex: Knex,
  options: {
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    permissions?: Partial<PermissionsService>;
    entities?: Entity[];
    /** Where the DevEx clock starts (it then runs on); default TEST_NOW. */
    now?: string;
    /**
     * Groups of users by user ref: their ownership refs are then the user and these groups
     * (default: the user alone).
     */
    memberships?: Record<string, string[]>;
    /**
     * Entities the catalog hides from a user, by user ref. Users see every other entity, named in
     * `entities` or not; the plugin itself (service credentials) sees those in `entities`.
     */
    hiddenEntities?: Record<string, string[]>;
    /** A clock of the test's own (e.g. one it moves), instead of `now`. */
    clock?: DevexClock;
    /** Root config, e.g. `{ devex: { timeZone: 'Pacific/Auckland' } }`. */
    config?: JsonObject;
    /** False: scheduled tasks run only when the test calls runTask (default: once at start-up). */
    runTasksOnStartup?: boolean;
    /**
     * What a send does before it counts as sent (e.g. throw, or never settle as a replica that
     * died mid-send); a notification is in `sent` only when this resolved.
     */
    send?: (notification: NotificationSendOptions) => Promise<void>;
    /** What the URL reader answers (default: the real readers, which reach nothing in tests). */
    urlReader?: Partial<UrlReaderService>;
    /** The plugin's logger, e.g. `mockServices.logger.mock()` to read what it logs. */
    logger?: LoggerService;
  } = {},
): Promise<DevexTestBackend> {
  const auditEvents: AuditRecord[] = [];
  const auditDetails: JsonObject[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async ({ eventId, request, meta, severityLevel }) => {
      const event: AuditRecord = { eventId };
      auditDetails.push({
        eventId,
        meta: meta ?? null,
        severityLevel: severityLevel ?? null,
        hasRequest: Boolean(request),
      });
      // requests' events; what scheduled tasks audit (no request) is in auditDetails only
      if (request) auditEvents.push(event);
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
    factory: () => ({
      send: async (n: NotificationSendOptions) => {
        await options.send?.(n);
        sent.push(n);
      },
    }),
  });
  const tasks = new Map<string, SchedulerServiceTaskInvocationDefinition>();
  const scheduler =
    options.runTasksOnStartup === false
      ? [
          mockServices.scheduler.mock({
            scheduleTask: async task => {
              tasks.set(task.id, task);
            },
          }).factory,
        ]
      : [];
  const actions = actionsRegistryServiceMock();
  const backend = await startTestBackend({
    features: [
      createServiceFactory({
        service: actionsRegistryServiceRef,
        deps: {},
        factory: () => actions,
      }),
      ...scheduler,
      ...(options.urlReader
        ? [mockServices.urlReader.mock(options.urlReader).factory]
        : []),
      ...(options.logger
        ? [
            createServiceFactory({
              service: coreServices.logger,
              deps: {},
              factory: () => options.logger!,
            }),
          ]
        : []),
      devexPlugin,
      options.clock
        ? createServiceFactory({
            service: devexClockServiceRef,
            deps: {},
            factory: () => options.clock!,
          })
        : devexClockServiceFactory({ startAt: options.now ?? TEST_NOW }),
      ...(options.config
        ? [mockServices.rootConfig.factory({ data: options.config })]
        : []),
      mockServices.database.factory({ knex }),
      createServiceFactory({
        service: coreServices.permissions,
        deps: {},
        factory: () =>
          catalogReadAsSeenByUsers(
            options.permissions
              ? mockServices.permissions.mock(options.permissions)
              : mockServices.permissions({
                  result: options.permission ?? AuthorizeResult.ALLOW,
                }),
            options.hiddenEntities ?? {},
          ),
      }),
      auditor.factory,
      mockServices.userInfo.mock({
        getUserInfo: async (credentials: any) => {
          const userEntityRef = credentials.principal.userEntityRef;
          return {
            userEntityRef,
            ownershipEntityRefs: [
              userEntityRef,
              ...(options.memberships?.[userEntityRef] ?? []),
            ],
          };
        },
      }).factory,
      createServiceFactory({
        service: catalogServiceRef,
        deps: {},
        factory: () =>
          catalogAsSeenByUsers(
            catalogServiceMock({ entities: options.entities ?? [] }),
            options.hiddenEntities ?? {},
          ),
      }),
      notifications,
    ],
  });
  started.push(backend);
  const { server } = backend;
  const count = async (table: string) =>
    Number((await knex(table).count({ n: '*' }))[0].n);
  const runTask = async (id: string) => {
    const task = tasks.get(id);
    if (!task)
      throw new Error(
        `No scheduled task ${id} (runTasksOnStartup: false records them)`,
      );
    await task.fn(new AbortController().signal);
  };
  checkResponsesAgainstSpec(server as unknown as Server);
  return {
    server: server as unknown as Server,
    sent,
    auditEvents,
    auditDetails,
    count,
    runTask,
    actions,
  };
}
