import { ForumOutput } from '@devex-governance/backstage-plugin-devex-common';

/** What a step of a forum's agenda puts in front of the room. */
export type ForumStepInputs =
  | 'metrics'
  | 'anomalies'
  | 'experiments'
  | 'backlog'
  | 'risks'
  | 'none';

/** The step after the agenda, where attendance is taken and the forum finished. */
export const FINISH_STEP = 'Attendees and finish';

/**
 * The inputs of an agenda step, from its words: the cadences' agendas name what they review
 * ("SPACE/DORA metrics review", "Experiment status", "Backlog reprioritisation", "Risk
 * assessment"; the monthly sync's "Track active experiments", "Unblock platform automation
 * work", "Surface telemetry anomalies").
 */
export function inputsOfStep(step: string): ForumStepInputs {
  if (/experiment/i.test(step)) return 'experiments';
  if (/risk/i.test(step)) return 'risks';
  if (/backlog|automation|roadmap|reprioriti/i.test(step)) return 'backlog';
  if (/anomal|telemetry/i.test(step)) return 'anomalies';
  if (/metric|dora|space|measure/i.test(step)) {
    return 'metrics';
  }
  return 'none';
}

export const outputKindLabels: Record<ForumOutput['kind'], string> = {
  decision: 'Decision',
  flag_decision: 'Flag decision',
  action_item: 'Action item',
  backlog_move: 'Backlog move',
  risk_change: 'Risk change',
  anomaly_dismissal: 'Anomaly dismissed',
  note: 'Note',
};

/** Where forum mode for an occurrence lives under the forum section's path. */
export const forumModePath = (forumBase: string, occurrenceId: string) =>
  `${forumBase}/${encodeURIComponent(occurrenceId)}`;

export const forumMinutesPath = (forumBase: string, occurrenceId: string) =>
  `${forumModePath(forumBase, occurrenceId)}/minutes`;

/** A file name for an occurrence's minutes, e.g. `quarterly-forum-2026-12-08-minutes.md`. */
export const minutesFileName = (occurrenceId: string) =>
  `${occurrenceId.replace(/[^a-z0-9-]+/gi, '-')}-minutes.md`;
