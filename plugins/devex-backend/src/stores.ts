import { Knex } from 'knex';
import {
  ActionItemStore,
  KnexActionItemStore,
} from './actionItems/ActionItemStore';
import { BacklogStore } from './backlog/BacklogStore';
import { CalendarStore } from './calendar/CalendarStore';
import { FeedTokenStore } from './calendar/FeedTokenStore';
import { ForumStore } from './forum/ForumStore';
import { DigestStore } from './digest/DigestStore';
import { BlockerStore } from './escalation/BlockerStore';
import { ExperimentStore } from './experiments/ExperimentStore';
import { MeasurementStore } from './measurements/MeasurementStore';
import { MetricSourceStatusStore } from './metricSources/MetricSourceStatusStore';
import { OutboxStore } from './outbox/OutboxStore';
import { PulseStore } from './pulse/PulseStore';
import { RiskStore } from './risks/RiskStore';
import { RunbookCheckStore } from './runbooks/RunbookCheckStore';
import { EvidenceStore } from './sync/EvidenceStore';
import { RemediationItemStore } from './sync/RemediationItemStore';
import { SyncRunStore } from './sync/SyncRunStore';
import { SyncStatusStore } from './sync/SyncStatusStore';
import { FlagDecisionStore } from './featureFlags/FlagDecisionStore';
import { WaiverStore } from './waivers/WaiverStore';
import { PluginStateStore } from './database/PluginStateStore';
import { ErasureStore } from './erasure/ErasureStore';
import { AnomalyStore } from './anomalies/AnomalyStore';

/** Every store of the plugin, over one database: services get stores, never `knex`. */
export interface DevexStores {
  actionItems: ActionItemStore;
  experiments: ExperimentStore;
  flagDecisions: FlagDecisionStore;
  measurements: MeasurementStore;
  calendar: CalendarStore;
  calendarFeeds: FeedTokenStore;
  forums: ForumStore;
  backlog: BacklogStore;
  risks: RiskStore;
  runbookChecks: RunbookCheckStore;
  blockers: BlockerStore;
  remediationItems: RemediationItemStore;
  anomalies: AnomalyStore;
  syncStatus: SyncStatusStore;
  syncRuns: SyncRunStore;
  evidence: EvidenceStore;
  waivers: WaiverStore;
  pulse: PulseStore;
  digests: DigestStore;
  outbox: OutboxStore;
  state: PluginStateStore;
  metricSourceStatus: MetricSourceStatusStore;
  erasure: ErasureStore;
}

/** The persistence factory: builds each store once from the plugin's database client. */
export function createStores(knex: Knex): DevexStores {
  const state = new PluginStateStore(knex);
  const outbox = new OutboxStore(knex);
  return {
    actionItems: new KnexActionItemStore(knex),
    experiments: new ExperimentStore(knex),
    flagDecisions: new FlagDecisionStore(knex),
    measurements: new MeasurementStore(knex),
    calendar: new CalendarStore(knex),
    calendarFeeds: new FeedTokenStore(knex),
    forums: new ForumStore(knex),
    backlog: new BacklogStore(knex),
    risks: new RiskStore(knex),
    runbookChecks: new RunbookCheckStore(knex),
    blockers: new BlockerStore(knex, outbox),
    remediationItems: new RemediationItemStore(knex),
    anomalies: new AnomalyStore(knex),
    syncStatus: new SyncStatusStore(knex),
    syncRuns: new SyncRunStore(knex),
    evidence: new EvidenceStore(knex),
    waivers: new WaiverStore(knex),
    pulse: new PulseStore(knex),
    digests: new DigestStore(knex, outbox),
    outbox,
    state,
    metricSourceStatus: new MetricSourceStatusStore(state),
    erasure: new ErasureStore(knex),
  };
}
