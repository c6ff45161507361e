/** The kinds of governance event the process runs on. */
export const CADENCE_TYPES = [
  'quarterly_forum',
  'monthly_sync',
  'pulse_survey',
  'metrics_digest',
  'runbook_update',
  'compliance_verification',
  'steering_committee',
] as const;

/** @public */
export type CadenceType = (typeof CADENCE_TYPES)[number];

/** A recurring governance event as configured: its rule and what it is for. */
export interface Cadence {
  id: string;
  type: CadenceType;
  title: string;
  /**
   * An RFC 5545 RRULE (e.g. `FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1`); absent for cadences derived from
   * compliance verification windows (the forum and the verification deadlines).
   */
  rrule?: string;
  /** Local start time, `HH:mm`; absent for all-day events. */
  startTime?: string;
  durationMinutes: number;
  timeZone: string;
  /** User or group refs. */
  participants: string[];
  agenda: string[];
  inputs: string[];
  outputs: string[];
  runbookUrl?: string;
  /** For the forum: how many working days before a verification window closes it is held. */
  workingDaysBeforeWindowClose?: number;
}

export const OCCURRENCE_STATUSES = [
  'scheduled',
  'held',
  'skipped',
  'rescheduled',
] as const;

/** @public */
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

/** What was recorded about one occurrence. */
export interface OccurrenceRecord {
  occurrenceId: string;
  status: OccurrenceStatus;
  minutesUrl: string | null;
  decisions: string[];
  notes: string;
  updatedBy: string;
  updatedAt: string;
  version: number;
}

/** One computed occurrence of a cadence, with its record when it has one. */
export interface Occurrence {
  /** `<cadenceId>:<local date>`, stable for a cadence and day. */
  id: string;
  cadenceId: string;
  type: CadenceType;
  title: string;
  /** ISO 8601 with offset; for all-day events the local date's start. */
  start: string;
  end: string;
  allDay: boolean;
  timeZone: string;
  participants: string[];
  agenda: string[];
  inputs: string[];
  outputs: string[];
  runbookUrl: string | null;
  /** For verification-derived events: the framework whose window it belongs to. */
  framework: string | null;
  record: OccurrenceRecord | null;
  /** Action items created from this occurrence. */
  actionItemCount: number;
}

export interface OccurrencesResponse {
  occurrences: Occurrence[];
}

export interface UpsertOccurrenceRecordRequest {
  status: OccurrenceStatus;
  minutesUrl?: string | null;
  decisions?: string[];
  notes?: string;
  /** The version read; absent when creating the record. */
  version?: number;
}

/** A compliance verification run recorded for a framework. */
export interface VerificationRun {
  id: string;
  framework: string;
  runAt: string;
  reviewers: string[];
  findings: string[];
  notes: string;
  recordedBy: string;
}

export interface RecordVerificationRunRequest {
  framework: string;
  runAt: string;
  reviewers?: string[];
  findings?: string[];
  notes?: string;
}

/** A framework's verification window: it closes a number of days after the last run. */
export interface VerificationWindow {
  framework: string;
  cadenceDays: number;
  lastRun: VerificationRun | null;
  /** ISO date-time the window closes; now when there was never a run. */
  closesAt: string;
  overdue: boolean;
  daysLeft: number;
}

export interface VerificationWindowsResponse {
  windows: VerificationWindow[];
}
