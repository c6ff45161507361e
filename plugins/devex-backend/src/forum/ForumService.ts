import { AnomalyService } from '../anomalies/AnomalyService';
import { PermissionsService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  ActionItemSource,
  devexCalendarReadPermission,
  devexOccurrenceRecordPermission,
  Experiment,
  FORUM_CADENCE_TYPES,
  ForumOutput,
  ForumRecord,
  ForumSession,
  Occurrence,
  RecordForumActionItemRequest,
  RecordForumBacklogMoveRequest,
  RecordForumDecisionRequest,
  RecordForumFlagDecisionRequest,
  RecordForumAnomalyDismissalRequest,
  RecordForumNoteRequest,
  RecordForumRiskChangeRequest,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { ActionItemService } from '../actionItems/ActionItemService';
import { BacklogService } from '../backlog/BacklogService';
import { CalendarService } from '../calendar/CalendarService';
import { EntityCatalog } from '../catalog/EntityCatalog';
import { ExperimentService } from '../experiments/ExperimentService';
import { FlagDecisionService } from '../featureFlags/FlagDecisionService';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import { RiskService } from '../risks/RiskService';
import { normalizeEntityRef } from '../shared/validation';
import { AuditPlan } from '../audit/DevexAudit';
import { ForumStore } from './ForumStore';
import { devexTabPath, minutesPath } from '../shared/links';
import { writeMinutes } from './minutes';

const actionItemSourceOf: Record<
  (typeof FORUM_CADENCE_TYPES)[number],
  ActionItemSource
> = {
  quarterly_forum: 'governance_forum',
  monthly_sync: 'monthly_sync',
};

/**
 * Forum mode: an occurrence of the quarterly forum or the monthly sync run in the portal. Each
 * output is made through the service that owns its record (the experiment's transition, the
 * action item, the backlog's reprioritisation, the risk's change), with the caller's own
 * permissions there, and recorded in the run with a link to that record. Running a forum needs
 * the permission to record occurrences; finishing records the occurrence as held, with minutes.
 */
export class ForumService {
  constructor(
    private readonly options: {
      store: ForumStore;
      calendar: CalendarService;
      experiments: ExperimentService;
      flagDecisions: FlagDecisionService;
      actionItems: ActionItemService;
      backlog: BacklogService;
      risks: RiskService;
      /** Dismisses the anomalies the monthly sync looks at. */
      anomalies: Pick<AnomalyService, 'dismiss' | 'takeUp' | 'openOrThrow'>;
      permissions: PermissionsService;
      entities: EntityCatalog;
      clock: () => DateTime;
      /** Where the DevEx page is mounted in the app, e.g. `/devex`. */
      pagePath: string;
      /** The app's base URL, for the links of the minutes. */
      portalUrl: string;
    },
  ) {}

  async get(occurrenceId: string, caller: Caller): Promise<ForumSession> {
    await authorizeOrThrow(
      this.options.permissions,
      devexCalendarReadPermission,
      caller,
    );
    return this.asSeenBy(await this.getOrThrow(occurrenceId), caller);
  }

  /**
   * The run as the caller may read it: outputs whose records belong only to entities the catalog
   * hides from the caller are left out, and the minutes of a finished run are written again
   * without them.
   */
  private async asSeenBy(
    run: ForumSession,
    caller: Caller,
  ): Promise<ForumSession> {
    const outputs = await this.options.entities.visibleRecords(
      caller.credentials,
      run.outputs,
      o => o.record?.entityRefs ?? [],
    );
    if (outputs.length === run.outputs.length) return run;
    const seen = { ...run, outputs };
    return {
      ...seen,
      minutes:
        run.minutes && run.finishedBy && run.finishedAt
          ? writeMinutes(seen, {
              finishedBy: run.finishedBy,
              finishedAt: run.finishedAt,
              portalUrl: this.options.portalUrl,
            })
          : run.minutes,
    };
  }

  /** Starts the run of a forum occurrence, or answers the run already started. */
  async start(
    occurrenceId: string,
    caller: Caller,
  ): Promise<{ started: boolean; session: ForumSession }> {
    await this.authorizeRun(caller);
    const occurrence = await this.forumOccurrence(occurrenceId, caller);
    const { started } = await this.options.store.start({
      occurrenceId,
      cadenceId: occurrence.cadenceId,
      title: occurrence.title,
      date: occurrenceId.slice(-10),
      agenda: occurrence.agenda,
      attendees: [],
      startedBy: caller.userEntityRef,
      startedAt: this.options.clock().toJSDate(),
    });
    return { started, session: await this.getOrThrow(occurrenceId) };
  }

  async recordDecision(
    occurrenceId: string,
    request: RecordForumDecisionRequest,
    caller: Caller,
  ): Promise<ForumOutput> {
    const run = await this.runningOrThrow(occurrenceId, caller);
    const { experiment, transition } =
      await this.options.experiments.transition(
        request.experimentId,
        {
          to: request.to,
          note: request.note,
          decision: request.decision,
          version: request.version,
        },
        caller,
      );
    return this.record(run, caller, {
      kind: 'decision',
      step: request.step,
      summary: `${experiment.key} ${transition.from} to ${transition.to}${
        request.decision ? ` (${request.decision})` : ''
      }: ${request.note}`,
      record: this.experimentRecord(experiment),
    });
  }

  async recordFlagDecision(
    occurrenceId: string,
    request: RecordForumFlagDecisionRequest,
    caller: Caller,
  ): Promise<ForumOutput> {
    const run = await this.runningOrThrow(occurrenceId, caller);
    const { step, experimentId, ...decisionRequest } = request;
    const { decision, experiment } = await this.options.flagDecisions.record(
      experimentId,
      decisionRequest,
      caller,
      occurrenceId,
    );
    return this.record(run, caller, {
      kind: 'flag_decision',
      step,
      summary: `${experiment.key}: flag ${decision.flagKey} in ${decision.environment} ${decision.from} to ${decision.to}: ${decision.reason}`,
      record: this.experimentRecord(experiment),
    });
  }

  async recordActionItem(
    occurrenceId: string,
    request: RecordForumActionItemRequest,
    caller: Caller,
  ): Promise<ForumOutput> {
    const run = await this.runningOrThrow(occurrenceId, caller);
    const cadenceType = (await this.forumOccurrence(occurrenceId, caller))
      .type as (typeof FORUM_CADENCE_TYPES)[number];
    // an anomaly taken up must be one the caller sees, still open: checked before anything is written
    if (request.anomalyId) {
      await this.options.anomalies.openOrThrow(request.anomalyId, caller);
    }
    const item = await this.options.actionItems.create(
      {
        title: request.title,
        description: request.description,
        entityRef: request.entityRef,
        owner: request.owner,
        dueDate: request.dueDate,
        source: actionItemSourceOf[cadenceType],
        sourceId: occurrenceId,
      },
      caller,
    );
    const takenUp = request.anomalyId
      ? await this.options.anomalies.takeUp(request.anomalyId, item, caller)
      : undefined;
    return this.record(run, caller, {
      kind: 'action_item',
      step: request.step,
      summary: `${item.title}, owned by ${item.owner}, due ${item.dueDate}${
        takenUp ? `, taking up: ${takenUp.explanation}` : ''
      }`,
      record: {
        type: 'action_item',
        id: item.id,
        title: item.title,
        link: this.link('action-items', 'item', item.id),
        entityRefs: [item.entityRef],
      },
    });
  }

  async recordBacklogMove(
    occurrenceId: string,
    request: RecordForumBacklogMoveRequest,
    caller: Caller,
  ): Promise<ForumOutput> {
    const run = await this.runningOrThrow(occurrenceId, caller);
    const item = await this.options.backlog.reorder(
      {
        itemId: request.itemId,
        toRank: request.toRank,
        version: request.version,
        note: request.note,
        occurrenceId,
      },
      caller,
    );
    return this.record(run, caller, {
      kind: 'backlog_move',
      step: request.step,
      summary: `${item.initiative} to rank ${item.rank}: ${request.note}`,
      record: {
        type: 'backlog_item',
        id: item.id,
        title: item.initiative,
        link: this.link('backlog-and-risks', 'backlogItem', item.id),
        entityRefs: item.entityRef ? [item.entityRef] : [],
      },
    });
  }

  async recordRiskChange(
    occurrenceId: string,
    request: RecordForumRiskChangeRequest,
    caller: Caller,
  ): Promise<ForumOutput> {
    const { step, riskId, ...change } = request;
    const changed = (['status', 'impact', 'likelihood', 'mitigation'] as const)
      .filter(f => change[f] !== undefined)
      .map(f => `${f} ${change[f]}`);
    if (!changed.length) {
      throw new InputError(
        'A risk change sets at least one of status, impact, likelihood or mitigation',
      );
    }
    const run = await this.runningOrThrow(occurrenceId, caller);
    const risk = await this.options.risks.update(riskId, change, caller);
    return this.record(run, caller, {
      kind: 'risk_change',
      step,
      summary: `${risk.key} ${risk.title}: ${changed.join(', ')} (exposure ${
        risk.exposure
      })`,
      record: {
        type: 'risk',
        id: risk.id,
        title: `${risk.key} · ${risk.title}`,
        link: this.link('backlog-and-risks', 'risk', risk.id),
        entityRefs: risk.entityRef ? [risk.entityRef] : [],
      },
    });
  }

  async recordNote(
    occurrenceId: string,
    request: RecordForumNoteRequest,
    caller: Caller,
  ): Promise<ForumOutput> {
    const run = await this.runningOrThrow(occurrenceId, caller);
    return this.record(run, caller, {
      kind: 'note',
      step: request.step,
      summary: request.text.trim(),
      record: null,
    });
  }

  /** An anomaly of the "Surface telemetry anomalies" step dismissed, with why, into the minutes. */
  async recordAnomalyDismissal(
    occurrenceId: string,
    request: RecordForumAnomalyDismissalRequest,
    caller: Caller,
  ): Promise<ForumOutput> {
    const run = await this.runningOrThrow(occurrenceId, caller);
    const anomaly = await this.options.anomalies.dismiss(
      request.anomalyId,
      request.note,
      caller,
    );
    return this.record(run, caller, {
      kind: 'anomaly_dismissal',
      step: request.step,
      summary: `${anomaly.explanation}: dismissed, ${request.note.trim()}`,
      record: {
        type: 'anomaly',
        id: anomaly.id,
        title: anomaly.explanation,
        link: anomaly.entityRef
          ? devexTabPath(anomaly.entityRef)
          : this.options.pagePath,
        entityRefs: anomaly.entityRef ? [anomaly.entityRef] : [],
      },
    });
  }

  async setAttendees(
    occurrenceId: string,
    attendees: string[],
    caller: Caller,
  ): Promise<ForumSession> {
    const refs = [
      ...new Set(
        attendees.map((a, i) => normalizeEntityRef(`attendees/${i}`, a)),
      ),
    ];
    const bad = refs.find(
      r => !r.startsWith('user:') && !r.startsWith('group:'),
    );
    if (bad) {
      throw new InputError(`attendees must be users or groups, got ${bad}`);
    }
    await this.runningOrThrow(occurrenceId, caller);
    if (!(await this.options.store.setAttendees(occurrenceId, refs))) {
      throw this.heldError(occurrenceId);
    }
    return this.getOrThrow(occurrenceId);
  }

  /** Ends the run: the occurrence is recorded as held, with minutes listing every output. */
  async finish(occurrenceId: string, caller: Caller): Promise<ForumSession> {
    const run = await this.runningOrThrow(occurrenceId, caller);
    const occurrence = await this.forumOccurrence(occurrenceId, caller);
    const finishedAt = this.options.clock();
    const minutes = writeMinutes(run, {
      finishedBy: caller.userEntityRef,
      finishedAt: finishedAt.toUTC().toISO()!,
      portalUrl: this.options.portalUrl,
    });
    await this.options.calendar.recordOccurrence(
      occurrenceId,
      {
        status: 'held',
        minutesUrl: minutesPath(this.options.pagePath, occurrenceId),
        // the occurrence record is read by everyone who reads the calendar: it keeps the
        // decisions of no entity; those on entities are in the minutes, read per reader
        decisions: run.outputs
          .filter(o => ['decision', 'flag_decision', 'note'].includes(o.kind))
          .filter(o => !o.record?.entityRefs.length)
          .slice(0, 50)
          .map(o => o.summary.slice(0, 1000)),
        notes: occurrence.record?.notes || 'Run in the portal in forum mode.',
        version: occurrence.record?.version,
      },
      caller,
    );
    const finished = await this.options.store.finish(occurrenceId, {
      minutes,
      finishedBy: caller.userEntityRef,
      finishedAt: finishedAt.toJSDate(),
    });
    if (!finished) throw this.heldError(occurrenceId);
    return this.getOrThrow(occurrenceId);
  }

  async minutes(occurrenceId: string, caller: Caller): Promise<string> {
    const run = await this.get(occurrenceId, caller);
    if (!run.minutes) {
      throw new NotFoundError(
        `The forum of ${occurrenceId} is still running: it has no minutes yet`,
      );
    }
    return run.minutes;
  }

  private link(section: string, param: string, id: string) {
    return `${this.options.pagePath}/${section}?${param}=${encodeURIComponent(
      id,
    )}`;
  }

  /** An experiment as a forum output's record: its key and title, and a link to it. */
  private experimentRecord(
    experiment: Pick<Experiment, 'id' | 'key' | 'title' | 'entityRefs'>,
  ): ForumRecord {
    return {
      type: 'experiment',
      id: experiment.id,
      title: `${experiment.key} · ${experiment.title}`,
      link: this.link('experiments', 'experiment', experiment.id),
      entityRefs: experiment.entityRefs,
    };
  }

  private async record(
    run: ForumSession,
    caller: Caller,
    output: Omit<ForumOutput, 'id' | 'recordedAt' | 'recordedBy'> & {
      record: ForumRecord | null;
    },
  ): Promise<ForumOutput> {
    const recordedAt = this.options.clock().toJSDate();
    const full = {
      ...output,
      id: randomUUID(),
      recordedBy: caller.userEntityRef,
      recordedAt,
    };
    if (!(await this.options.store.addOutput(run.occurrenceId, full))) {
      // finished between the check and now: the record changed, the forum's list did not
      throw this.heldError(run.occurrenceId);
    }
    return { ...full, recordedAt: recordedAt.toISOString() };
  }

  private async authorizeRun(caller: Caller) {
    await authorizeOrThrow(
      this.options.permissions,
      devexOccurrenceRecordPermission,
      caller,
    );
  }

  private async runningOrThrow(
    occurrenceId: string,
    caller: Caller,
  ): Promise<ForumSession> {
    await this.authorizeRun(caller);
    const run = await this.getOrThrow(occurrenceId);
    if (run.status !== 'running') throw this.heldError(occurrenceId);
    return run;
  }

  private async getOrThrow(occurrenceId: string): Promise<ForumSession> {
    const run = await this.options.store.get(occurrenceId);
    if (!run) {
      throw new NotFoundError(
        `The forum of ${occurrenceId} has not been started in the portal`,
      );
    }
    return run;
  }

  private heldError(occurrenceId: string) {
    return new ConflictError(
      `The forum of ${occurrenceId} is finished: its minutes are written, nothing more can be recorded in it`,
    );
  }

  /** The occurrence as the calendar computes it; only forums and monthly syncs run here. */
  private async forumOccurrence(
    occurrenceId: string,
    caller: Caller,
  ): Promise<Occurrence> {
    const date = DateTime.fromISO(occurrenceId.slice(-10));
    if (!date.isValid) {
      throw new InputError(
        `occurrenceId ${occurrenceId} does not end with a date (YYYY-MM-DD)`,
      );
    }
    const occurrences = await this.options.calendar.occurrences(
      {
        from: date.minus({ days: 1 }).toISODate()!,
        to: date.plus({ days: 2 }).toISODate()!,
      },
      caller,
    );
    const occurrence = occurrences.find(o => o.id === occurrenceId);
    if (!occurrence) {
      throw new NotFoundError(`No occurrence ${occurrenceId} in the calendar`);
    }
    if (!(FORUM_CADENCE_TYPES as readonly string[]).includes(occurrence.type)) {
      throw new InputError(
        `${
          occurrence.title
        } is not a forum: forum mode runs the ${FORUM_CADENCE_TYPES.join(
          ' and the ',
        )}`,
      );
    }
    return occurrence;
  }
}

const outputMeta = (output: ForumOutput) => ({
  outputId: output.id,
  recordId: output.record?.id ?? null,
});

/** The writes of {@link ForumService} that are audit events, whichever door they came through. */
export const FORUM_AUDIT: AuditPlan<ForumService> = {
  start: {
    eventId: 'forum-start',
    meta: occurrenceId => ({ occurrenceId }),
    metaOf: result => ({ started: result.started }),
  },
  recordDecision: {
    eventId: 'forum-decision',
    meta: (occurrenceId, request) => ({
      occurrenceId,
      experimentId: request.experimentId,
      to: request.to,
    }),
    metaOf: outputMeta,
  },
  recordFlagDecision: {
    eventId: 'forum-flag-decision',
    meta: (occurrenceId, request) => ({
      occurrenceId,
      experimentId: request.experimentId,
      flagKey: request.flagKey,
      environment: request.environment,
      to: request.to,
    }),
    metaOf: outputMeta,
  },
  recordActionItem: {
    eventId: 'forum-action-item',
    meta: (occurrenceId, request) => ({
      occurrenceId,
      entityRef: request.entityRef,
    }),
    metaOf: outputMeta,
  },
  recordBacklogMove: {
    eventId: 'forum-backlog-move',
    meta: (occurrenceId, request) => ({
      occurrenceId,
      itemId: request.itemId,
      toRank: request.toRank,
    }),
    metaOf: outputMeta,
  },
  recordRiskChange: {
    eventId: 'forum-risk-change',
    meta: (occurrenceId, request) => ({ occurrenceId, riskId: request.riskId }),
    metaOf: outputMeta,
  },
  recordNote: {
    eventId: 'forum-note',
    meta: occurrenceId => ({ occurrenceId }),
    metaOf: outputMeta,
  },
  recordAnomalyDismissal: {
    eventId: 'forum-anomaly-dismissal',
    meta: occurrenceId => ({ occurrenceId }),
    metaOf: outputMeta,
  },
  setAttendees: {
    eventId: 'forum-attendees',
    meta: (occurrenceId, attendees) => ({
      occurrenceId,
      attendees: attendees.length,
    }),
    metaOf: session => ({ version: session.version }),
  },
  finish: {
    eventId: 'forum-finish',
    meta: occurrenceId => ({ occurrenceId }),
    metaOf: session => ({ outputs: session.outputs.length }),
  },
};
