import {
  AuditorService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  Experiment,
  FlagDecision,
  RecordFlagDecisionRequest,
} from '@devex-governance/backstage-plugin-devex-common';
import { FeatureFlagProvider } from '@devex-governance/backstage-plugin-devex-node';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { ExperimentService } from '../experiments/ExperimentService';
import { minutesPath } from '../shared/links';
import { Caller } from '../permissions/caller';
import { auditTaskChange, outboundSignal } from '../tasks/systemActor';
import {
  FlagDecisionRow,
  FlagDecisionStore,
  FlagLiveRead,
} from './FlagDecisionStore';

const CHECK_PAGE = 500;

/** What one drift check found. */
export interface FlagDriftCheck {
  checked: number;
  drifted: number;
  unknown: number;
  failed: number;
}

/**
 * Feature-flag decisions of experiments, and the drift check: the newest decision per flag and
 * environment is compared, on a schedule, with the live state its flag service reports (the
 * first provider that knows the flag answers).
 */
export class FlagDecisionService {
  constructor(
    private readonly options: {
      store: FlagDecisionStore;
      experiments: ExperimentService;
      providers: FeatureFlagProvider[];
      auditor: AuditorService;
      logger: LoggerService;
      clock: () => DateTime;
      /** Where the DevEx page is mounted, for the links to the meeting's minutes. */
      pagePath: string;
      schedule: SchedulerServiceTaskScheduleDefinition;
      callTimeoutMs?: number;
    },
  ) {}

  private present(row: FlagDecisionRow): FlagDecision {
    const drift =
      row.current && row.live?.state ? row.live.state !== row.to : null;
    return {
      ...row,
      meetingLink: row.occurrenceId
        ? minutesPath(this.options.pagePath, row.occurrenceId)
        : null,
      drift,
    };
  }

  /** The experiment's decisions, newest first, for a caller who may see the experiment. */
  async list(experimentId: string, caller: Caller): Promise<FlagDecision[]> {
    await this.options.experiments.get(experimentId, caller);
    const rows = await this.options.store.listByExperiments([experimentId]);
    return rows.map(r => this.present(r));
  }

  /** Records a decision; the caller must be allowed to change the experiment's status. */
  async record(
    experimentId: string,
    request: RecordFlagDecisionRequest,
    caller: Caller,
    occurrenceId: string | null = null,
  ): Promise<{ decision: FlagDecision; experiment: Experiment }> {
    const reason = request.reason.trim();
    if (!reason) throw new InputError('reason must not be blank');
    if (request.from === request.to) {
      throw new InputError(
        `A flag decision changes the state: from and to are both ${request.to}`,
      );
    }
    const experiment = await this.options.experiments.authorizeStatusChange(
      experimentId,
      caller,
    );
    const row = await this.options.store.record({
      id: randomUUID(),
      experimentId: experiment.id,
      flagKey: request.flagKey,
      environment: request.environment,
      from: request.from,
      to: request.to,
      reason,
      decidedBy: caller.userEntityRef,
      decidedAt: this.options.clock().toUTC().toISO()!,
      occurrenceId,
    });
    return { decision: this.present(row), experiment };
  }

  /** Registers the drift check, one run across replicas, when a flag provider is installed. */
  async schedule(scheduler: SchedulerService): Promise<void> {
    if (!this.options.providers.length) return;
    await scheduler.scheduleTask({
      id: 'devex-flag-drift',
      ...this.options.schedule,
      scope: 'global',
      fn: async (signal?: AbortSignal) => {
        await this.checkDrift(signal);
      },
    });
  }

  /**
   * Reads the live state of every current decision's flag, an environment at a time, from the
   * providers in turn (the first that knows a flag answers for it), and keeps what it read.
   */
  async checkDrift(signal?: AbortSignal): Promise<FlagDriftCheck> {
    const result: FlagDriftCheck = {
      checked: 0,
      drifted: 0,
      unknown: 0,
      failed: 0,
    };
    let after: FlagDecisionRow | undefined;
    for (;;) {
      signal?.throwIfAborted();
      const page = await this.options.store.listCurrent({
        limit: CHECK_PAGE,
        after,
      });
      if (!page.length) break;
      after = page[page.length - 1];
      const byEnvironment = new Map<string, FlagDecisionRow[]>();
      for (const d of page) {
        const decisions = byEnvironment.get(d.environment);
        if (decisions) decisions.push(d);
        else byEnvironment.set(d.environment, [d]);
      }
      const reads: FlagLiveRead[] = [];
      for (const [environment, decisions] of byEnvironment) {
        reads.push(
          ...(await this.readEnvironment(environment, decisions, signal)),
        );
      }
      await this.options.store.recordLiveStates(
        reads,
        this.options.clock().toJSDate(),
      );
      const byId = new Map(page.map(d => [d.id, d]));
      for (const read of reads) {
        const decision = byId.get(read.id)!;
        result.checked += 1;
        if (read.state === null && read.error?.startsWith('No flag service'))
          result.unknown += 1;
        else if (read.state === null) result.failed += 1;
        else if (read.state !== decision.to) result.drifted += 1;
      }
      if (page.length < CHECK_PAGE) break;
    }
    await auditTaskChange(this.options.auditor, this.options.logger, {
      eventId: 'flag-drift-check',
      meta: { ...result },
    });
    return result;
  }

  private async readEnvironment(
    environment: string,
    decisions: FlagDecisionRow[],
    signal?: AbortSignal,
  ): Promise<FlagLiveRead[]> {
    const pending = new Map(decisions.map(d => [d.flagKey, d]));
    const reads: FlagLiveRead[] = [];
    const errors: string[] = [];
    for (const provider of this.options.providers) {
      if (!pending.size) break;
      try {
        const live = await provider.readFlags({
          environment,
          flagKeys: [...pending.keys()],
          signal: outboundSignal(signal, this.options.callTimeoutMs),
        });
        for (const l of live) {
          const decision = pending.get(l.flagKey);
          if (!decision || l.environment !== environment) continue;
          pending.delete(l.flagKey);
          reads.push({
            id: decision.id,
            state: l.state,
            provider: provider.id,
            error: null,
          });
        }
      } catch (error) {
        const message = `${provider.id}: ${(error as Error).message}`;
        errors.push(message);
        this.options.logger.warn(
          `Flag provider ${provider.id} could not read ${environment}: ${
            (error as Error).message
          }`,
        );
      }
    }
    for (const decision of pending.values()) {
      reads.push({
        id: decision.id,
        state: null,
        provider: null,
        error: errors.length
          ? `Not read: ${errors.join('; ')}`
          : `No flag service knows ${decision.flagKey} in ${environment}`,
      });
    }
    return reads;
  }
}
