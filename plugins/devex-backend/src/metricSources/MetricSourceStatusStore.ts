import { WireSchemas } from '@devex-governance/backstage-plugin-devex-common';
import { PluginStateStore } from '../database/PluginStateStore';

/** How a metric source's last collection went, as the API shows it. */
export type MetricSourceStatus = WireSchemas['MetricSourceStatus'];

const PREFIX = 'metric-source:';

/** The last collection status of each metric source, kept in the plugin state. */
export class MetricSourceStatusStore {
  constructor(private readonly state: PluginStateStore) {}

  async put(status: MetricSourceStatus): Promise<void> {
    await this.state.put(`${PREFIX}${status.id}`, JSON.stringify(status));
  }

  async list(): Promise<Map<string, MetricSourceStatus>> {
    const rows = await this.state.listByPrefix(PREFIX);
    return new Map(
      rows.map(r => [
        r.key.slice(PREFIX.length),
        JSON.parse(r.value) as MetricSourceStatus,
      ]),
    );
  }
}
