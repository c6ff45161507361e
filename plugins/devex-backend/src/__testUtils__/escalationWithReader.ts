import { LoggerService, UrlReaderService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { holidayCalendar } from '../calendar/holidays';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { BlockerStore } from '../escalation/BlockerStore';
import {
  EscalationService,
  EscalationServiceOptions,
  EscalationSettings,
} from '../escalation/EscalationService';
import { NextStepsFileReader } from '../escalation/NextStepsFileReader';
import { Outbox } from '../outbox/Outbox';
import { OutboxStore } from '../outbox/OutboxStore';
import { EntityRecordAuthorizer } from '../permissions/entityRecords';
import { silentAuditor } from './silentAuditor';

/** An escalation service that also runs its Next_Steps file reader's scheduled work. */
export type EscalationWithReader = EscalationService & {
  syncNextStepsFiles(signal?: AbortSignal): Promise<void>;
};

/**
 * An escalation service with its Next_Steps file reader, built from one set of options as
 * services.ts wires them: `syncNextStepsFiles` runs the reader's scheduled work.
 */
export function escalationWithReader(
  options: EscalationServiceOptions & { urlReader: UrlReaderService },
): EscalationWithReader {
  const escalation = new EscalationService(options);
  const reader = new NextStepsFileReader({
    ...options,
    escalation,
    limits: options.settings.nextSteps,
  });
  return Object.assign(escalation, {
    syncNextStepsFiles: (signal?: AbortSignal) =>
      reader.syncNextStepsFiles(signal),
  });
}

/**
 * The escalation path over a test database, as the demo configures it (two working days, South
 * Africa's public holidays, weekends on Saturday and Sunday): notifications land in `sent`, the
 * Next_Steps files come from `urlReader`, and writes are allowed (who may write is the
 * permission matrix's subject).
 */
export function escalationFixture(options: {
  knex: Knex;
  /** The catalog, e.g. `catalogServiceMock({ entities })`. */
  catalog: CatalogService;
  sent: NotificationSendOptions[];
  clock: () => DateTime;
  urlReader: UrlReaderService;
  logger?: LoggerService;
  /** Whom a blocker escalates to; the demo's committee and chair unless given. */
  escalatesTo?: Partial<EscalationSettings>;
}): EscalationWithReader {
  const { knex, catalog, clock, urlReader } = options;
  const logger = options.logger ?? mockServices.logger.mock();
  const auth = mockServices.auth();
  return escalationWithReader({
    store: new BlockerStore(knex),
    auditor: silentAuditor(),
    permissions: mockServices.permissions(),
    records: {
      authorize: async () => {},
    } as unknown as EntityRecordAuthorizer,
    entities: new EntityCatalog(catalog, auth, mockServices.permissions()),
    catalog,
    auth,
    outbox: new Outbox({
      store: new OutboxStore(knex),
      notifications: { send: async n => void options.sent.push(n) },
      logger,
      clock,
    }),
    urlReader,
    logger,
    settings: {
      workingDays: 2,
      ...(options.escalatesTo ?? {
        steeringCommittee: 'group:default/platform-steering-committee',
        chair: 'user:default/dx-sponsor',
      }),
      calendar: {
        timeZone: 'Africa/Johannesburg',
        weekendDays: [6, 7],
        holidays: holidayCalendar({ country: 'ZA', extra: [] }),
      },
      schedule: { frequency: { minutes: 5 }, timeout: { minutes: 5 } },
    },
    clock,
  });
}
