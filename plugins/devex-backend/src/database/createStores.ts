import { Knex } from 'knex';
import {
  ActionItemStore,
  KnexActionItemStore,
} from '../actionItems/ActionItemStore';
import { BacklogStore } from '../backlog/BacklogStore';
import { CalendarStore } from '../calendar/CalendarStore';
import { FeedTokenStore } from '../calendar/FeedTokenStore';
import { ForumStore } from '../forum/ForumStore';
import { DigestStore } from '../digest/DigestStore';
import { BlockerStore } from '../escalation/BlockerStore';
import { ExperimentStore } from '../experiments/ExperimentStore';
import { MeasurementStore } from '../measurements/MeasurementStore';
import { MetricSourceStatusStore } from '../metricSources/MetricSourceStatusStore';
import { OutboxStore } from '../outbox/OutboxStore';
import { PulseStore } from '../pulse/PulseStore';
import { RiskStore } from '../risks/RiskStore';
import { SyncStore } from '../sync/SyncStore';
import { PluginStateStore } from './PluginStateStore';

/** Every store of the plugin, over one database: services get stores, never `knex`. */
export interface DevexStores {
  actionItems: ActionItemStore;
  experiments: ExperimentStore;
  measurements: MeasurementStore;
  calendar: CalendarStore;
  calendarFeeds: FeedTokenStore;
  forums: ForumStore;
  backlog: BacklogStore;
  risks: RiskStore;
  blockers: BlockerStore;
  sync: SyncStore;
  pulse: PulseStore;
  digests: DigestStore;
  outbox: OutboxStore;
  state: PluginStateStore;
  metricSourceStatus: MetricSourceStatusStore;
}

/** The persistence factory: builds each store once from the plugin's database client. */
export function createStores(knex: Knex): DevexStores {
  const state = new PluginStateStore(knex);
  const outbox = new OutboxStore(knex);
  return {
    actionItems: new KnexActionItemStore(knex),
    experiments: new ExperimentStore(knex),
    measurements: new MeasurementStore(knex),
    calendar: new CalendarStore(knex),
    calendarFeeds: new FeedTokenStore(knex),
    forums: new ForumStore(knex),
    backlog: new BacklogStore(knex),
    risks: new RiskStore(knex),
    blockers: new BlockerStore(knex, outbox),
    sync: new SyncStore(knex),
    pulse: new PulseStore(knex),
    digests: new DigestStore(knex, outbox),
    outbox,
    state,
    metricSourceStatus: new MetricSourceStatusStore(state),
  };
}
