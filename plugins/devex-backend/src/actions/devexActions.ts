import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotAllowedError } from '@backstage/errors';
import {
  ACTION_ITEM_STATUSES,
  EXPERIMENT_STATUSES,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { Caller } from '../permissions/caller';
import { DevexServices } from '../services';

/**
 * The caller of an action: actions act for a signed-in user (an MCP client sends the user's
 * token), with the same permission checks as the REST routes, so a user sees and changes through
 * an assistant exactly what they may in the portal.
 */
function callerOf(credentials: BackstageCredentials): Caller {
  const principal = credentials.principal as Partial<BackstageUserPrincipal>;
  if (principal.type !== 'user' || !principal.userEntityRef) {
    throw new NotAllowedError(
      'DevEx actions act for a signed-in user; call them with a user token',
    );
  }
  return {
    credentials: credentials as BackstageCredentials<BackstageUserPrincipal>,
    userEntityRef: principal.userEntityRef,
  };
}

/** JSON of a service's answer, for an output schema that names its top-level fields only. */
const json = <T>(value: T) => JSON.parse(JSON.stringify(value));

/** What an action does, as MCP clients are told: reads, and writes that repeat or not. */
const READ = { readOnly: true, idempotent: true, destructive: false };
const WRITE = { readOnly: false, idempotent: false, destructive: false };
const IDEMPOTENT_WRITE = {
  readOnly: false,
  idempotent: true,
  destructive: false,
};

/**
 * Registers the DevEx actions in Backstage's actions registry (MCP tools through
 * `@backstage/plugin-mcp-actions-backend`): each calls the same service method as its REST route,
 * with the caller's credentials.
 */
export function registerDevexActions(
  actions: ActionsRegistryService,
  services: Pick<
    DevexServices,
    | 'summary'
    | 'actionItems'
    | 'experiments'
    | 'syncOverview'
    | 'calendar'
    | 'escalation'
  >,
  clock: () => DateTime,
) {
  const {
    summary,
    actionItems,
    experiments,
    syncOverview,
    calendar,
    escalation,
  } = services;

  actions.register({
    name: 'get-devex-summary',
    title: 'DevEx summary of an entity or the portal',
    description:
      "Whether an entity needs attention: its active experiments with their scorecard status, open and overdue action items, the remediation-to-evidence sync ratio against its target, the next governance events, open blockers, high risks and the success measures. Without entityRef, the portal's.",
    attributes: READ,
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .optional()
            .describe('A catalog entity, e.g. component:default/my-service'),
        }),
      output: z => z.object({ summary: z.record(z.string(), z.unknown()) }),
    },
    action: async ({ input, credentials }) => ({
      output: {
        summary: json(
          await summary.summary(input.entityRef, callerOf(credentials)),
        ),
      },
    }),
  });

  actions.register({
    name: 'list-devex-action-items',
    title: 'List DevEx action items',
    description:
      'Action items (owner, due date, status), filtered by entity, owner, status, overdue or the caller\'s own ("mine"), soonest due first, one page at a time.',
    attributes: READ,
    schema: {
      input: z =>
        z.object({
          entityRef: z.string().optional(),
          owner: z.array(z.string()).optional(),
          mine: z.boolean().optional(),
          status: z.array(z.enum(ACTION_ITEM_STATUSES)).optional(),
          overdue: z.boolean().optional(),
          limit: z.number().int().min(1).max(100).optional(),
          cursor: z.string().optional(),
        }),
      output: z =>
        z.object({
          items: z.array(z.record(z.string(), z.unknown())),
          nextCursor: z.string().nullable(),
        }),
    },
    action: async ({ input, credentials }) => {
      const page = await actionItems.list(input, callerOf(credentials));
      return {
        output: {
          items: json(page.items),
          nextCursor: page.nextCursor ?? null,
        },
      };
    },
  });

  actions.register({
    name: 'create-devex-action-item',
    title: 'Create a DevEx action item',
    description:
      'Creates an action item on a catalog entity with an owner (user or group) and a due date (YYYY-MM-DD). Only owners of the entity and governance admins may.',
    attributes: WRITE,
    schema: {
      input: z =>
        z.object({
          title: z.string().min(1).max(200),
          description: z.string().max(4000).optional(),
          entityRef: z.string(),
          owner: z.string(),
          dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        }),
      output: z => z.object({ actionItem: z.record(z.string(), z.unknown()) }),
    },
    action: async ({ input, credentials }) => ({
      output: {
        actionItem: json(
          await actionItems.create(
            { ...input, source: 'manual' },
            callerOf(credentials),
          ),
        ),
      },
    }),
  });

  actions.register({
    name: 'update-devex-action-item-status',
    title: "Update a DevEx action item's status",
    description:
      "Moves an action item to open, in_progress, blocked or done. version is the item's version as read (a stale one is refused). The item's owner, the entity's owners and governance admins may.",
    attributes: IDEMPOTENT_WRITE,
    schema: {
      input: z =>
        z.object({
          id: z.string(),
          status: z.enum(ACTION_ITEM_STATUSES),
          version: z.number().int().min(1),
        }),
      output: z => z.object({ actionItem: z.record(z.string(), z.unknown()) }),
    },
    action: async ({ input, credentials }) => ({
      output: {
        actionItem: json(
          await actionItems.update(
            input.id,
            { status: input.status, version: input.version },
            callerOf(credentials),
          ),
        ),
      },
    }),
  });

  actions.register({
    name: 'change-devex-experiment-status',
    title: "Change a DevEx experiment's status",
    description:
      "Moves an experiment along its lifecycle (proposed, planned, running, observing, decided, abandoned) with a note; deciding takes a decision (scale, iterate, retire). version is the experiment's version as read. Owners of the experiment's entities and its owner group may.",
    attributes: WRITE,
    schema: {
      input: z =>
        z.object({
          id: z.string(),
          to: z.enum(EXPERIMENT_STATUSES),
          note: z.string().min(1).max(2000),
          decision: z.enum(['scale', 'iterate', 'retire']).optional(),
          version: z.number().int().min(1),
        }),
      output: z =>
        z.object({
          experiment: z.record(z.string(), z.unknown()),
          transition: z.record(z.string(), z.unknown()),
        }),
    },
    action: async ({ input, credentials }) => {
      const { id, ...request } = input;
      const result = await experiments.transition(
        id,
        request,
        callerOf(credentials),
      );
      return { output: json(result) };
    },
  });

  actions.register({
    name: 'get-devex-sync-ratio',
    title: 'Remediation-to-evidence sync ratio',
    description:
      'The share of remediation backlog items synced automatically to the compliance evidence catalog, against the 80% target, for an entity, an owner group or (neither given) the portal.',
    attributes: READ,
    schema: {
      input: z =>
        z.object({
          entityRef: z.string().optional(),
          group: z.string().optional(),
        }),
      output: z => z.object({ ratio: z.record(z.string(), z.unknown()) }),
    },
    action: async ({ input, credentials }) => ({
      output: {
        ratio: json(
          (await syncOverview.overview(input, callerOf(credentials))).ratio,
        ),
      },
    }),
  });

  actions.register({
    name: 'list-devex-governance-events',
    title: 'Upcoming DevEx governance events',
    description:
      'The governance calendar from today: quarterly forum, monthly sync, pulse survey, metrics digest, runbook updates, compliance verification deadlines and steering committee, with agenda and runbook; for an entity, the events that concern it.',
    attributes: READ,
    schema: {
      input: z =>
        z.object({
          entityRef: z.string().optional(),
          days: z.number().int().min(1).max(366).optional(),
        }),
      output: z =>
        z.object({ events: z.array(z.record(z.string(), z.unknown())) }),
    },
    action: async ({ input, credentials }) => {
      const from = clock().startOf('day');
      const events = await calendar.occurrences(
        {
          entityRef: input.entityRef,
          from: from.toISO()!,
          to: from.plus({ days: input.days ?? 30 }).toISO()!,
        },
        callerOf(credentials),
      );
      return { output: { events: json(events) } };
    },
  });

  actions.register({
    name: 'raise-devex-blocker',
    title: 'Raise a DevEx blocker',
    description:
      "Records a blocker on an entity: its owners are notified now, and it escalates to the steering committee after two working days unresolved. Only the entity's owners and governance admins may.",
    attributes: WRITE,
    schema: {
      input: z =>
        z.object({
          entityRef: z.string(),
          title: z.string().min(1).max(200),
          description: z.string().max(4000).optional(),
        }),
      output: z => z.object({ blocker: z.record(z.string(), z.unknown()) }),
    },
    action: async ({ input, credentials }) => ({
      output: {
        blocker: json(await escalation.raise(input, callerOf(credentials))),
      },
    }),
  });
}
