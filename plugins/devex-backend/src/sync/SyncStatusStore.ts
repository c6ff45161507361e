import {
  RemediationSyncStatus,
  SyncState,
} from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { toIsoTimestampOrNull as ts } from '../database/timestamps';
import {
  applyScope,
  ITEMS,
  STATES,
  COUNTS,
  SyncScope,
  toItem,
} from './remediationRows';

/**
 * What the sync shows: counts per state, ratios, waived items and the items not synced
 * automatically, read from the counts kept per entity, owner and state.
 */
export class SyncStatusStore {
  constructor(private readonly knex: Knex) {}

  /** Counts per state in scope; items never reconciled count as unsynced. From the kept counts. */
  async countsByState(
    scope: SyncScope = {},
  ): Promise<Record<SyncState, number> & { total: number }> {
    const rows = await applyScope(
      this.knex(`${COUNTS} as i`)
        .select('i.state')
        .sum({ n: 'i.items' })
        .groupBy('i.state'),
      scope,
    );
    const counts = {
      synced_automatically: 0,
      synced_manually: 0,
      unsynced: 0,
      failed: 0,
      stale: 0,
      total: 0,
    };
    for (const r of rows as any[]) {
      counts[r.state as SyncState] = Number(r.n);
      counts.total += Number(r.n);
    }
    return counts;
  }

  /**
   * Automatically synced items over items in scope, from the counts kept per entity, owner and
   * state: a few rows per entity whatever the number of items.
   */
  async ratio(
    scope: SyncScope,
  ): Promise<{ total: number; syncedAutomatically: number }> {
    const [row] = await applyScope(
      this.knex(`${COUNTS} as i`).select(
        this.knex.raw(
          "coalesce(sum(i.items), 0) as total, coalesce(sum(case when i.state = 'synced_automatically' then i.items else 0 end), 0) as auto",
        ),
      ),
      scope,
    );
    return {
      total: Number((row as any).total),
      syncedAutomatically: Number((row as any).auto ?? 0),
    };
  }

  /**
   * Items in scope not synced automatically under an approved waiver in force on `today`, per
   * owner group: read from the waivers in force (few), each joined to its item by key.
   */
  async waivedByOwner(
    scope: SyncScope,
    today: string,
  ): Promise<Array<{ owner: string; waived: number }>> {
    const rows = await applyScope(
      this.knex('devex_waivers as w')
        .join(`${ITEMS} as i`, 'i.id', 'w.subject_id')
        .where('w.subject_type', 'remediation_item')
        .where('w.status', 'approved')
        .where('w.expires_on', '>=', today)
        .whereNotExists(
          this.knex(`${STATES} as s`)
            .select(this.knex.raw('1'))
            .whereRaw('s.remediation_id = i.id')
            .where('s.state', 'synced_automatically'),
        )
        .select('i.owner_ref')
        .count({ n: '*' })
        .groupBy('i.owner_ref'),
      scope,
    );
    return rows.map((r: any) => ({ owner: r.owner_ref, waived: Number(r.n) }));
  }

  /** Ratios per owner group, for the portfolio, from the kept counts. */
  async ratiosByOwner(): Promise<
    Array<{ owner: string; total: number; syncedAutomatically: number }>
  > {
    const rows = await this.knex(`${COUNTS} as i`)
      .select(
        'i.owner_ref',
        this.knex.raw(
          "sum(i.items) as total, sum(case when i.state = 'synced_automatically' then i.items else 0 end) as auto",
        ),
      )
      .groupBy('i.owner_ref')
      .having(this.knex.raw('sum(i.items) > 0'))
      .orderBy('i.owner_ref');
    return rows.map((r: any) => ({
      owner: r.owner_ref,
      total: Number(r.total),
      syncedAutomatically: Number(r.auto ?? 0),
    }));
  }

  /**
   * The first items in scope (by id) not synced automatically, with their states. The items are
   * read in the order of the scope's index, each item's state tested by its key, until `limit` are
   * found; then their states are read by key. (A join to the states let PostgreSQL hash every
   * state of the portal for one entity's items.)
   */
  async notSyncedAutomatically(
    scope: SyncScope,
    limit: number,
  ): Promise<RemediationSyncStatus[]> {
    const items = await applyScope(
      this.knex(`${ITEMS} as i`)
        .select('i.*')
        .whereNotExists(
          this.knex(`${STATES} as s`)
            .select(this.knex.raw('1'))
            .whereRaw('s.remediation_id = i.id')
            .where('s.state', 'synced_automatically'),
        )
        .orderBy('i.id')
        .limit(limit),
      scope,
    );
    const states = new Map<string, any>();
    for (let i = 0; i < items.length; i += 500) {
      const rows = await this.knex(STATES)
        .select(
          'remediation_id',
          'state',
          'reason',
          'evidence',
          'attempts',
          'next_attempt_at',
          'last_synced_at',
        )
        .whereIn(
          'remediation_id',
          items.slice(i, i + 500).map((r: any) => r.id),
        );
      for (const r of rows) states.set(r.remediation_id, r);
    }
    const rows = items.map((r: any) => ({
      ...r,
      state: null,
      reason: null,
      evidence: null,
      attempts: null,
      next_attempt_at: null,
      last_synced_at: null,
      ...states.get(r.id),
    }));
    return rows.map((r: any) => ({
      item: toItem(r),
      state: r.state ?? 'unsynced',
      reason: r.state ? r.reason : 'Not reconciled yet',
      evidence: JSON.parse(r.evidence ?? '[]'),
      attempts: Number(r.attempts ?? 0),
      nextAttemptAt: ts(r.next_attempt_at),
      lastSyncedAt: ts(r.last_synced_at),
    }));
  }
}
