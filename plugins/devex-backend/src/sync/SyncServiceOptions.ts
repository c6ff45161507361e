import {
  AuditorService,
  AuthService,
  LoggerService,
  PermissionsService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Waiver } from '@devex-governance/backstage-plugin-devex-common';
import { EvidenceProvider } from '@devex-governance/backstage-plugin-devex-node';
import { DateTime } from 'luxon';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { GroupHierarchy } from '../catalog/GroupHierarchy';
import { EntityRecordAuthorizer } from '../permissions/entityRecords';
import { EvidenceStore } from './EvidenceStore';
import { RemediationItemStore } from './RemediationItemStore';
import { SyncRatios } from './SyncRatios';
import { SyncRunStore } from './SyncRunStore';
import { SyncStatusStore } from './SyncStatusStore';

/** What the sync's services are built from (services.ts hands each the part it needs). */
export interface SyncServiceOptions {
  items: RemediationItemStore;
  status: SyncStatusStore;
  runs: SyncRunStore;
  evidence: EvidenceStore;
  /** The catalog's group tree: a group's views include its descendants. */
  groups: GroupHierarchy;
  /** What the catalog shows each caller: the overview follows it. */
  entities: EntityCatalog;
  providers: EvidenceProvider[];
  permissions: PermissionsService;
  records: EntityRecordAuthorizer;
  auditor: AuditorService;
  catalog: CatalogService;
  auth: AuthService;
  urlReader: UrlReaderService;
  logger: LoggerService;
  target: number;
  ratios: SyncRatios;
  /**
   * The waivers requested or in force today of remediation items, by item id (the waivers
   * domain answers: it sits above the sync, whose items it waives).
   */
  waivers: {
    openOnRemediationItems(itemIds: string[]): Promise<Map<string, Waiver>>;
  };
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  clock: () => DateTime;
}
