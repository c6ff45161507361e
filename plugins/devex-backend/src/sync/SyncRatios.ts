import { SyncRatio } from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { SyncScope } from './remediationRows';
import { SyncStatusStore } from './SyncStatusStore';

/** Counts of the items in a scope, as a ratio is made of them. */
export interface SyncCounts {
  total: number;
  syncedAutomatically: number;
  /** Not synced automatically, under an approved waiver in force. */
  waived: number;
}

/**
 * The one place a remediation-to-evidence sync ratio is made: automatically synced items over
 * the items in scope, waived items shown apart and, unless `devex.sync.waivers.countInRatio`, left
 * out of the denominator. An expired waiver is not in force: its item counts as before.
 */
export class SyncRatios {
  constructor(
    private readonly options: {
      store: SyncStatusStore;
      clock: () => DateTime;
      target: number;
      /** Whether waived items count as not synced (true) or leave the denominator (false). */
      waivedCounted: boolean;
    },
  ) {}

  private today(): string {
    return this.options.clock().toISODate()!;
  }

  /** The counts of a scope: kept counts per entity and state, and the waivers in force. */
  async counts(scope: SyncScope): Promise<SyncCounts> {
    const [counts, waived] = await Promise.all([
      this.options.store.ratio(scope),
      this.options.store.waivedByOwner(scope, this.today()),
    ]);
    return { ...counts, waived: waived.reduce((n, w) => n + w.waived, 0) };
  }

  /** The ratio of a scope. */
  async of(
    scope: SyncScope,
    ratioScope: SyncRatio['scope'],
  ): Promise<SyncRatio> {
    return this.toRatio(ratioScope, await this.counts(scope));
  }

  /** Per owner group with items, for roll-ups: one query for the counts, one for the waivers. */
  async byOwner(): Promise<Array<SyncCounts & { owner: string }>> {
    const [direct, waived] = await Promise.all([
      this.options.store.ratiosByOwner(),
      this.options.store.waivedByOwner({}, this.today()),
    ]);
    const waivedOf = new Map(waived.map(w => [w.owner, w.waived]));
    return direct.map(r => ({ ...r, waived: waivedOf.get(r.owner) ?? 0 }));
  }

  /** The ratio value of some counts, null when nothing counts. */
  value(counts: SyncCounts): number | null {
    const denominator = this.options.waivedCounted
      ? counts.total
      : counts.total - counts.waived;
    return denominator > 0 ? counts.syncedAutomatically / denominator : null;
  }

  toRatio(scope: SyncRatio['scope'], counts: SyncCounts): SyncRatio {
    const ratio = this.value(counts);
    return {
      scope,
      // only the counts: a store row may carry more (its owner), which the wire does not
      total: counts.total,
      syncedAutomatically: counts.syncedAutomatically,
      waived: counts.waived,
      waivedCounted: this.options.waivedCounted,
      ratio,
      target: this.options.target,
      meetsTarget: ratio !== null && ratio >= this.options.target,
    };
  }
}
