import { randomUUID } from 'node:crypto';
import { PermissionsService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  Cadence,
  CadenceType,
  devexOccurrenceRecordPermission,
  devexVerificationRunCreatePermission,
  Occurrence,
  OccurrenceRecord,
  RecordVerificationRunRequest,
  UpsertOccurrenceRecordRequest,
  VerificationRun,
  VerificationWindow,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { ActionItemReads } from '../actionItems/interfaces';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import { normalizeEntityRef } from '../shared/validation';
import { CalendarSettings } from './cadences';
import { TtlCache } from '../shared/TtlCache';
import { ComputedViews } from '../shared/ComputedViews';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { CalendarStore } from './CalendarStore';
import { CalendarAccess } from './CalendarAccess';
import {
  ComputedOccurrence,
  forumOccurrences,
  ruleOccurrences,
  verificationOccurrences,
  verificationWindows,
} from './occurrences';

const MAX_RANGE_DAYS = 400;

export interface CalendarServiceOptions {
  settings: CalendarSettings;
  store: CalendarStore;
  /** The caller's calendar access (one decision), noted for their feed links. */
  access: CalendarAccess;
  actionItems: ActionItemReads;
  permissions: PermissionsService;
  /** Which entities the catalog shows a caller, and what an entity says of itself. */
  entities: EntityCatalog;
  clock: () => DateTime;
  views: ComputedViews;
}

/** The governance calendar: cadences, verification windows, occurrences and their records. */
export class CalendarService {
  private readonly ruleSpans = new Map<string, ComputedOccurrence[]>();

  /**
   * The occurrences of a range (of an entity, or the portal's) as the query names it: the same for
   * every caller, computed once per view period on this replica and dropped on every write.
   */
  private readonly computed: TtlCache<Occurrence[]>;

  constructor(private readonly options: CalendarServiceOptions) {
    this.computed = options.views.cache();
  }

  private parseRange(
    from?: string,
    to?: string,
  ): { from: DateTime; to: DateTime } {
    const now = this.options.clock();
    const start = from
      ? DateTime.fromISO(from, { zone: this.options.settings.timeZone })
      : now;
    const end = to
      ? DateTime.fromISO(to, { zone: this.options.settings.timeZone })
      : start.plus({ days: 90 });
    if (!start.isValid)
      throw new InputError(
        `from must be an ISO 8601 date or date-time, got ${from}`,
      );
    if (!end.isValid)
      throw new InputError(
        `to must be an ISO 8601 date or date-time, got ${to}`,
      );
    if (end <= start) throw new InputError('to must be after from');
    if (end.diff(start, 'days').days > MAX_RANGE_DAYS) {
      throw new InputError(`A range may span at most ${MAX_RANGE_DAYS} days`);
    }
    return { from: start, to: end };
  }

  async windows(caller: Caller): Promise<VerificationWindow[]> {
    await this.options.access.authorizeRead(caller);
    return this.currentWindows();
  }

  private async currentWindows(): Promise<VerificationWindow[]> {
    const { verification } = this.options.settings;
    return verificationWindows({
      frameworks: verification.frameworks,
      cadenceDays: verification.cadenceDays,
      latestRuns: await this.options.store.latestRuns(),
      now: this.options.clock(),
    });
  }

  /** Cadences that concern an entity: all of them for the governance resource and its dependents, else those its owners take part in. */
  private async cadencesFor(entityRef?: string): Promise<Cadence[]> {
    const { cadences, governanceEntityRef } = this.options.settings;
    if (!entityRef || entityRef === governanceEntityRef) return cadences;
    const entity = await this.options.entities.entity(entityRef);
    if (!entity)
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    const relations = entity.relations ?? [];
    if (
      relations.some(
        r => r.type === 'dependsOn' && r.targetRef === governanceEntityRef,
      )
    )
      return cadences;
    const owners = new Set([
      entityRef,
      ...relations.filter(r => r.type === 'ownedBy').map(r => r.targetRef),
    ]);
    return cadences.filter(c =>
      c.participants.some(p => owners.has(p.toLocaleLowerCase('en-US'))),
    );
  }

  /**
   * A rule's occurrences from a year back to two years ahead of today, computed once per cadence
   * and day (rules change only with the config), then cut to the range; ranges outside that span
   * are computed as asked.
   */
  private ruleOccurrencesIn(
    cadence: Cadence,
    from: DateTime,
    to: DateTime,
  ): ComputedOccurrence[] {
    const today = this.options.clock().startOf('day');
    const spanFrom = today.minus({ days: 400 });
    const spanTo = today.plus({ days: 800 });
    if (from < spanFrom || to > spanTo)
      return ruleOccurrences(cadence, from, to);
    const key = `${cadence.id}:${today.toISODate()}`;
    let span = this.ruleSpans.get(key);
    if (!span) {
      if (this.ruleSpans.size > 100) this.ruleSpans.clear();
      span = ruleOccurrences(cadence, spanFrom, spanTo);
      this.ruleSpans.set(key, span);
    }
    return span.filter(o => o.start >= from && o.start < to);
  }

  private compute(
    cadences: Cadence[],
    windows: VerificationWindow[],
    from: DateTime,
    to: DateTime,
  ): ComputedOccurrence[] {
    const { settings } = this.options;
    const forumWindow = windows.find(
      w => w.framework === settings.forum.framework,
    );
    return cadences
      .flatMap(cadence => {
        if (cadence.type === 'quarterly_forum' && !cadence.rrule) {
          return forumOccurrences(
            cadence,
            forumWindow,
            settings.workingCalendar,
            from,
            to,
          );
        }
        if (cadence.type === 'compliance_verification' && !cadence.rrule) {
          return verificationOccurrences(cadence, windows, from, to);
        }
        return this.ruleOccurrencesIn(cadence, from, to);
      })
      .sort(
        (a, b) =>
          a.start.toMillis() - b.start.toMillis() || a.id.localeCompare(b.id),
      );
  }

  /** Occurrences in a range, with their records and action item counts: two queries for the joins. */
  /** The occurrences in a range, of the portal or of one entity (no permission of its own: callers decide). */
  async occurrencesIn(
    range: { from: DateTime; to: DateTime },
    entityRef?: string,
  ): Promise<Occurrence[]> {
    const [cadences, windows] = await Promise.all([
      this.cadencesFor(entityRef),
      this.currentWindows(),
    ]);
    const computed = this.compute(cadences, windows, range.from, range.to);
    const ids = computed.map(o => o.id);
    const [records, counts] = await Promise.all([
      this.options.store.recordsFor(ids),
      this.options.actionItems.countBySourceIds(ids),
    ]);
    return computed.map(o => ({
      id: o.id,
      cadenceId: o.cadence.id,
      type: o.cadence.type,
      title: o.cadence.title,
      start: o.start.toISO()!,
      end: o.end.toISO()!,
      allDay: o.allDay,
      timeZone: o.cadence.timeZone,
      participants: o.cadence.participants,
      agenda: o.cadence.agenda,
      inputs: o.cadence.inputs,
      outputs: o.cadence.outputs,
      runbookUrl: o.cadence.runbookUrl ?? null,
      framework: o.framework,
      record: records.get(o.id) ?? null,
      actionItemCount: counts.get(o.id) ?? 0,
    }));
  }

  async occurrences(
    query: { from?: string; to?: string; entityRef?: string },
    caller: Caller,
  ): Promise<Occurrence[]> {
    const range = this.parseRange(query.from, query.to);
    const entityRef =
      query.entityRef && normalizeEntityRef('entityRef', query.entityRef);
    await this.options.access.authorizeRead(caller);
    // an entity the catalog hides from the caller has no calendar for them
    if (
      entityRef &&
      !(await this.options.entities.visibleTo(caller.credentials, [entityRef]))
        .size
    )
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    // a range left open starts now: its view serves the period it is kept
    const key = [entityRef ?? '', query.from ?? 'now', query.to ?? ''];
    return this.computed.get(key.join('\n'), () =>
      this.occurrencesIn(range, entityRef),
    );
  }

  /**
   * The latest occurrence of the portal's cadences of a type (those with a rule, such as the
   * runbook-update ritual) that had ended by `at`, looking back up to a year; undefined if none.
   */
  lastEndedOccurrence(
    type: CadenceType,
    at: DateTime,
  ): { id: string; start: DateTime; end: DateTime } | undefined {
    const from = at.minus({ days: 366 });
    const [last] = this.options.settings.cadences
      .filter(c => c.type === type)
      .flatMap(c => this.ruleOccurrencesIn(c, from, at))
      .filter(o => o.end <= at)
      .sort((a, b) => b.end.toMillis() - a.end.toMillis());
    return last && { id: last.id, start: last.start, end: last.end };
  }

  /** The occurrences of the next `days` days (of an entity, or the portal's), for the digest and summaries. */
  upcoming(days: number, entityRef?: string): Promise<Occurrence[]> {
    const now = this.options.clock();
    return this.occurrencesIn({ from: now, to: now.plus({ days }) }, entityRef);
  }

  async recordRun(
    request: RecordVerificationRunRequest,
    caller: Caller,
  ): Promise<VerificationRun> {
    const { frameworks } = this.options.settings.verification;
    if (!frameworks.includes(request.framework)) {
      throw new InputError(
        `framework must be one of ${frameworks.join(', ')}, got ${
          request.framework
        }`,
      );
    }
    const runAt = DateTime.fromISO(request.runAt, { setZone: true });
    if (!runAt.isValid)
      throw new InputError(
        `runAt must be an ISO 8601 date-time, got ${request.runAt}`,
      );
    if (runAt > this.options.clock().plus({ minutes: 5 }))
      throw new InputError('runAt must not be in the future');
    await authorizeOrThrow(
      this.options.permissions,
      devexVerificationRunCreatePermission,
      caller,
    );
    return this.options.store.insertRun({
      id: randomUUID(),
      framework: request.framework,
      runAt: runAt.toUTC().toISO()!,
      reviewers: request.reviewers ?? [],
      findings: request.findings ?? [],
      notes: request.notes ?? '',
      recordedBy: caller.userEntityRef,
    });
  }

  async recordOccurrence(
    occurrenceId: string,
    request: UpsertOccurrenceRecordRequest,
    caller: Caller,
  ): Promise<OccurrenceRecord> {
    const cadenceId = occurrenceId.split(':')[0];
    const cadence = this.options.settings.cadences.find(
      c => c.id === cadenceId,
    );
    const date = occurrenceId.slice(-10);
    if (!cadence || !DateTime.fromISO(date).isValid) {
      throw new InputError(
        `occurrenceId ${occurrenceId} does not name a cadence and a date (<cadence>:<YYYY-MM-DD>)`,
      );
    }
    await authorizeOrThrow(
      this.options.permissions,
      devexOccurrenceRecordPermission,
      caller,
    );
    const result = await this.options.store.upsertRecord(
      {
        occurrenceId,
        cadenceId,
        status: request.status,
        minutesUrl: request.minutesUrl ?? null,
        decisions: (request.decisions ?? []).map(d => d.trim()).filter(Boolean),
        notes: request.notes ?? '',
        updatedBy: caller.userEntityRef,
      },
      request.version,
      this.options.clock().toJSDate(),
    );
    if (result.outcome === 'stale') {
      throw new ConflictError(
        result.current
          ? `The record of ${occurrenceId} was changed by someone else: you edited version ${
              request.version ?? 'none (new record)'
            }, the current version is ${result.current.version}`
          : `There is no record of ${occurrenceId} yet; create it without a version`,
      );
    }
    return result.record;
  }
}
