import { randomUUID } from 'node:crypto';
import { LoggerService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { KnexActionItemStore } from '../actionItems/ActionItemStore';
import { BacklogStore } from '../backlog/BacklogStore';
import { RiskStore } from '../risks/RiskStore';
import { BlockerStore } from '../escalation/BlockerStore';
import { demoBacklog, demoRisks } from './demoGovernance';
import { demoEvidence, demoRemediationItems } from './demoCompliance';
import { EvidenceStore } from '../sync/EvidenceStore';
import { RemediationItemStore } from '../sync/RemediationItemStore';
import { remediationContentHash } from '../sync/reconcile';
import { CalendarStore } from '../calendar/CalendarStore';
import { defaultCadences } from '../calendar/cadences';
import { ruleOccurrences } from '../calendar/occurrences';
import { PluginStateStore } from '../database/PluginStateStore';
import { ExperimentStore } from '../experiments/ExperimentStore';
import { FlagDecisionStore } from '../featureFlags/FlagDecisionStore';
import { MeasurementStore } from '../measurements/MeasurementStore';
import { demoActionItems } from './demoActionItems';
import { demoExperiments } from './demoExperiments';

const SEEDED_KEY = 'demo-data-loaded-at';

/** A deterministic wobble, so the demo's series look measured but stay the same on every seed. */
const wobble = (i: number) =>
  Math.sin(i * 12.9898) * 0.5 + Math.sin(i * 4.1414) * 0.5;

async function seedExperiments(tx: Knex.Transaction, now: DateTime) {
  const store = new ExperimentStore(tx);
  const measurements = new MeasurementStore(tx);
  const flagDecisions = new FlagDecisionStore(tx);
  const inDays = (days?: number) =>
    days === undefined ? null : now.plus({ days }).toISODate()!;
  for (const demo of demoExperiments) {
    const { kickoffInDays, pilotInDays, endInDays, ...fields } = demo.fields;
    const firstMove = demo.moves[0]?.daysAgo ?? 0;
    let experiment = await store.create({
      ...fields,
      kickoffDate: inDays(kickoffInDays),
      pilotDate: inDays(pilotInDays),
      endDate: inDays(endInDays),
      id: randomUUID(),
      status: 'proposed',
      createdBy: 'user:default/dx-sponsor',
      now: now.minus({ days: firstMove + 7 }).toJSDate(),
    });
    for (const move of demo.moves) {
      const result = await store.transition({
        id: experiment.id,
        expectedVersion: experiment.version,
        from: experiment.status,
        to: move.to,
        decision: null,
        note: move.note,
        changedBy: move.by,
        transitionId: randomUUID(),
        now: now.minus({ days: move.daysAgo }).toJSDate(),
      });
      if (result.outcome !== 'done')
        throw new Error(`demo transition of ${fields.key} failed`);
      experiment = result.experiment;
    }
    for (const d of demo.flagDecisions ?? []) {
      await flagDecisions.record({
        id: randomUUID(),
        experimentId: experiment.id,
        flagKey: fields.vehicle!.ref,
        environment: d.environment,
        from: d.from,
        to: d.to,
        reason: d.reason,
        decidedBy: d.by,
        decidedAt: now.minus({ days: d.daysAgo }).toUTC().toISO()!,
        occurrenceId: null,
      });
    }
    await measurements.insertMeasurements(
      demo.measurements.flatMap(m =>
        Array.from({ length: m.days + 1 }, (_, i) => ({
          metricKey: m.metricKey,
          entityRef: fields.entityRefs[0],
          experimentId: experiment.id,
          value: Number(
            (
              m.from +
              ((m.to - m.from) * i) / m.days +
              (i && i < m.days ? wobble(i) * m.noise : 0)
            ).toFixed(2),
          ),
          measuredAt: now.minus({ days: m.days - i }).toJSDate(),
          source: 'manual' as const,
          recordedBy: 'user:default/dx-sponsor',
        })),
      ),
    );
  }
}

/** The IDP backlog, the risk register and the real blocker (staging access), raised 3 days ago. */
async function seedGovernance(tx: Knex.Transaction, now: DateTime) {
  const backlog = new BacklogStore(tx);
  for (const { targetInDays, ...fields } of demoBacklog) {
    await backlog.create({
      ...fields,
      targetDate:
        targetInDays === null
          ? null
          : now.plus({ days: targetInDays }).toISODate()!,
      decision: null,
      decisionNote: null,
      id: randomUUID(),
      createdBy: 'user:default/dx-sponsor',
      now: now.minus({ days: 30 }).toJSDate(),
    });
  }
  const risks = new RiskStore(tx);
  for (const risk of demoRisks) {
    await risks.create({
      ...risk,
      id: randomUUID(),
      createdBy: 'user:default/dx-sponsor',
      now: now.minus({ days: 30 }).toJSDate(),
    });
  }
  const blockers = new BlockerStore(tx);
  const raisedAt = now.minus({ days: 3 });
  const blocker = await blockers.create({
    id: randomUUID(),
    entityRef: 'component:default/prefect-pipelines',
    title:
      'Staging access for the Prefect backfill guardrail rehearsal is still unavailable',
    description:
      'Blocks AI-6 (validate Prefect backfill guardrails in staging).',
    raisedBy: 'user:default/guest',
    raisedAt: raisedAt.toJSDate(),
    escalationDueAt: raisedAt.plus({ days: 2 }).toJSDate(),
    source: 'portal',
  });
  await blockers.markOwnersNotified(
    blocker!.id,
    ['group:default/devops'],
    raisedAt.plus({ minutes: 1 }).toJSDate(),
  );
}

/** The remediation backlog and the evidence catalog; the first sync run follows the seed. */
async function seedCompliance(tx: Knex.Transaction, now: DateTime) {
  await new RemediationItemStore(tx).upsertItems(
    demoRemediationItems.map(({ dueInDays, ...i }) => {
      const item = {
        ...i,
        dueDate: now.plus({ days: dueInDays }).toISODate()!,
        sourceLocation: null,
      };
      return { ...item, contentHash: remediationContentHash(item) };
    }),
    now.toJSDate(),
  );
  const evidence = new EvidenceStore(tx);
  for (const { collectedInDays, ...e } of demoEvidence) {
    await evidence.putEvidence({
      ...e,
      collectedAt:
        collectedInDays === null
          ? null
          : now.plus({ days: collectedInDays }).toUTC().toISO()!,
    });
  }
}

/** Portal-wide measurements behind the success measures: onboarding, the QA loop and the pulse. */
async function seedPortalMeasurements(tx: Knex.Transaction, now: DateTime) {
  const series = (metricKey: string, points: Array<[number, number]>) =>
    points.map(([daysAgo, value]) => ({
      metricKey,
      entityRef: null,
      experimentId: null,
      value,
      measuredAt: now.minus({ days: daysAgo }).toJSDate(),
      source: 'manual' as const,
      recordedBy: 'user:default/dx-sponsor',
    }));
  await new MeasurementStore(tx).insertMeasurements([
    ...series('devex.onboarding_duration', [
      [84, 150],
      [70, 146],
      [56, 138],
      [42, 131],
      [28, 118],
      [14, 109],
      [1, 104],
    ]),
    ...series(
      'devex.qa_loop_duration',
      Array.from(
        { length: 28 },
        (_, i) =>
          [
            28 - i,
            Math.round((28 - (i * 5) / 27 + Math.sin(i) * 1.2) * 10) / 10,
          ] as [number, number],
      ),
    ),
  ]);
  // Prefect runs of the pipelines started failing in the last week: a telemetry anomaly for the
  // monthly sync (daily success rates, 8 weeks around 97%, the last week around 78%)
  await new MeasurementStore(tx).insertMeasurements(
    Array.from({ length: 63 }, (_, i) => {
      const daysAgo = 62 - i;
      return {
        metricKey: 'pipeline.success_rate',
        entityRef: 'component:default/prefect-pipelines',
        experimentId: null,
        value: daysAgo < 7 ? 76 + ((i * 5) % 5) : 95.5 + ((i * 7) % 4),
        measuredAt: now.minus({ days: daysAgo, hours: 2 }).toJSDate(),
        source: 'prefect' as const,
        recordedBy: 'metric-source:prefect',
      };
    }),
  );
  // the scores of two earlier pulse campaigns, as the survey records them once settled
  await new MeasurementStore(tx).insertMeasurements(
    [
      [50, 3.7],
      [20, 3.9],
    ].map(([daysAgo, value]) => ({
      metricKey: 'space.satisfaction',
      entityRef: null,
      experimentId: null,
      value,
      measuredAt: now.minus({ days: daysAgo }).toJSDate(),
      source: 'survey' as const,
      recordedBy: 'pulse-campaign:demo-history',
    })),
  );
}

/** The last monthly sync before `now`, for the demo's meeting record and its action item. */
function lastMonthlySyncId(now: DateTime, timeZone: string): string {
  const sync = defaultCadences(timeZone).find(c => c.id === 'monthly-sync')!;
  return ruleOccurrences(sync, now.minus({ days: 40 }), now).at(-1)!.id;
}

/** Verification runs 68 days ago (window closes in 22 days) and a held monthly sync. */
async function seedCalendar(
  tx: Knex.Transaction,
  now: DateTime,
  syncId: string,
) {
  const calendar = new CalendarStore(tx);
  for (const framework of ['POPIA', 'ISO 27001', 'SOC 2']) {
    await calendar.insertRun({
      id: randomUUID(),
      framework,
      runAt: now.minus({ days: 68 }).toUTC().toISO()!,
      reviewers: ['Compliance Bot'],
      findings: [],
      notes: 'Initial automation baseline',
      recordedBy: 'user:default/pieter.compliance',
    });
  }
  await calendar.upsertRecord(
    {
      occurrenceId: syncId,
      cadenceId: 'monthly-sync',
      status: 'held',
      minutesUrl:
        'https://github.com/IAmJonoBo/Hotpass/blob/main/Next_Steps.md',
      decisions: [
        'Keep EXP-1 running two more weeks',
        'Escalate staging access for Prefect backfills',
      ],
      notes: 'Scorecards reviewed; Prefect staging access still blocked.',
      updatedBy: 'user:default/guest',
    },
    undefined,
    now.toJSDate(),
  );
}

/**
 * Loads the demo records once per database. The marker row is written in the same
 * transaction, so replicas starting together seed once and a restart never re-seeds.
 */
export async function seedDemoData(options: {
  knex: Knex;
  logger: LoggerService;
  clock: () => DateTime;
  timeZone: string;
}): Promise<boolean> {
  const { knex, logger, clock } = options;
  const now = clock();
  const syncId = lastMonthlySyncId(now, options.timeZone);
  const seed = () =>
    knex.transaction(async tx => {
      const state = new PluginStateStore(tx);
      if ((await state.get(SEEDED_KEY)) !== undefined) {
        return false;
      }
      // A replica racing us fails on this primary key and rolls its whole seed back.
      await state.insert(SEEDED_KEY, now.toISO()!);
      const actionItems = new KnexActionItemStore(tx);
      for (const { dueInDays, demoId, ...fields } of demoActionItems) {
        await actionItems.create({
          ...fields,
          // AI-3 was agreed at the last monthly sync: link it to that meeting.
          sourceId: demoId === 'AI-3' ? syncId : fields.sourceId,
          dueDate: now.plus({ days: dueInDays }).toISODate()!,
          id: randomUUID(),
          createdBy: 'user:default/dx-sponsor',
          now: now.toJSDate(),
        });
      }
      await seedExperiments(tx, now);
      await seedCalendar(tx, now, syncId);
      await seedGovernance(tx, now);
      await seedCompliance(tx, now);
      await seedPortalMeasurements(tx, now);
      return true;
    });
  let seeded: boolean;
  try {
    seeded = await seed();
  } catch (error) {
    if ((await new PluginStateStore(knex).get(SEEDED_KEY)) !== undefined) {
      return false; // another replica seeded first
    }
    throw error;
  }
  if (seeded) {
    logger.info(
      `Loaded demo data: ${demoActionItems.length} action items, ${demoExperiments.length} experiments`,
    );
  }
  return seeded;
}
