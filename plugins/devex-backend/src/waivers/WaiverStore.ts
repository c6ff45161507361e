import {
  Waiver,
  WaiverSubjectType,
} from '@devex-governance/backstage-plugin-devex-common';
import { Knex } from 'knex';
import { fromColumns, snakeColumnsOf } from '../database/columns';
import { toIsoTimestamp, toIsoTimestampOrNull } from '../database/timestamps';

const WAIVERS = 'devex_waivers';

/** A waiver as kept; `inForce` depends on the day, so the service adds it. */
export type WaiverRow = Omit<Waiver, 'inForce'> & { ownerRef: string | null };

/** A waiver's fields kept as they are, each in the column of its name. */
const PLAIN_FIELDS = [
  'id',
  'subjectType',
  'subjectId',
  'subjectTitle',
  'entityRef',
  'ownerRef',
  'justification',
  'requestedBy',
  'status',
  'expiresOn',
  'decidedBy',
  'decisionNote',
] as const;
const columnOf = snakeColumnsOf(PLAIN_FIELDS);

function toRow(r: any): WaiverRow {
  return {
    ...fromColumns<Pick<WaiverRow, (typeof PLAIN_FIELDS)[number]>>(r, columnOf),
    requestedAt: toIsoTimestamp(r.requested_at),
    decidedAt: toIsoTimestampOrNull(r.decided_at),
    version: Number(r.version),
  };
}

export interface WaiverFilter {
  subjectType?: WaiverSubjectType;
  statuses?: Waiver['status'][];
  entityRef?: string;
}

/** Persistence of waivers. */
export class WaiverStore {
  constructor(private readonly knex: Knex) {}

  /**
   * Inserts a requested waiver unless the subject already has one requested or in force on
   * `today`; answers whether it was inserted.
   */
  async request(
    waiver: Omit<
      WaiverRow,
      'status' | 'decidedBy' | 'decidedAt' | 'decisionNote' | 'version'
    >,
    today: string,
  ): Promise<WaiverRow | undefined> {
    return this.knex.transaction(async tx => {
      const open = await tx(WAIVERS)
        .where({
          subject_type: waiver.subjectType,
          subject_id: waiver.subjectId,
        })
        .andWhere(q =>
          q
            .where('status', 'requested')
            .orWhere(q2 =>
              q2
                .where('status', 'approved')
                .andWhere('expires_on', '>=', today),
            ),
        )
        .first();
      if (open) return undefined;
      await tx(WAIVERS).insert({
        id: waiver.id,
        subject_type: waiver.subjectType,
        subject_id: waiver.subjectId,
        subject_title: waiver.subjectTitle.slice(0, 300),
        entity_ref: waiver.entityRef,
        owner_ref: waiver.ownerRef,
        justification: waiver.justification,
        requested_by: waiver.requestedBy,
        requested_at: new Date(waiver.requestedAt),
        status: 'requested',
        expires_on: waiver.expiresOn,
        version: 1,
      });
      return toRow(await tx(WAIVERS).where({ id: waiver.id }).first());
    });
  }

  async get(id: string): Promise<WaiverRow | undefined> {
    const row = await this.knex(WAIVERS).where({ id }).first();
    return row && toRow(row);
  }

  /** Moves a waiver from one status to another at the expected version; false when stale. */
  async decide(change: {
    id: string;
    version: number;
    from: Waiver['status'];
    to: Waiver['status'];
    decidedBy: string;
    decidedAt: Date;
    note: string | null;
  }): Promise<boolean> {
    const updated = await this.knex(WAIVERS)
      .where({ id: change.id, version: change.version, status: change.from })
      .update({
        status: change.to,
        decided_by: change.decidedBy,
        decided_at: change.decidedAt,
        decision_note: change.note,
        version: change.version + 1,
      });
    return updated === 1;
  }

  /** A page of waivers, newest request first. */
  async list(
    filter: WaiverFilter,
    page: { limit: number; before?: { requestedAt: string; id: string } },
  ): Promise<WaiverRow[]> {
    const query = this.knex(WAIVERS)
      .orderBy([
        { column: 'requested_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(page.limit);
    if (filter.subjectType) query.where('subject_type', filter.subjectType);
    if (filter.statuses?.length) query.whereIn('status', filter.statuses);
    if (filter.entityRef) query.where('entity_ref', filter.entityRef);
    const { before } = page;
    if (before) {
      const at = new Date(before.requestedAt);
      query.andWhere(q =>
        q
          .where('requested_at', '<', at)
          .orWhere(q2 =>
            q2.where('requested_at', at).andWhere('id', '<', before.id),
          ),
      );
    }
    return (await query).map(toRow);
  }

  /** The waivers requested or in force on `today` of these subjects. */
  async openFor(
    subjectType: WaiverSubjectType,
    subjectIds: string[],
    today: string,
  ): Promise<WaiverRow[]> {
    if (!subjectIds.length) return [];
    const rows: WaiverRow[] = [];
    for (let i = 0; i < subjectIds.length; i += 500) {
      const found = await this.knex(WAIVERS)
        .where('subject_type', subjectType)
        .whereIn('subject_id', subjectIds.slice(i, i + 500))
        .andWhere(q =>
          q
            .where('status', 'requested')
            .orWhere(q2 =>
              q2
                .where('status', 'approved')
                .andWhere('expires_on', '>=', today),
            ),
        );
      rows.push(...found.map(toRow));
    }
    return rows;
  }

  /** Approved waivers in force on `from` that expire on or before `until`. */
  async expiring(from: string, until: string): Promise<WaiverRow[]> {
    const rows = await this.knex(WAIVERS)
      .where('status', 'approved')
      .andWhere('expires_on', '>=', from)
      .andWhere('expires_on', '<=', until)
      .orderBy(['expires_on', 'id'])
      .limit(1000);
    return rows.map(toRow);
  }
}
