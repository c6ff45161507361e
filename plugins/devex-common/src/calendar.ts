import {
  occurrenceRecordStatusValues,
  occurrenceTypeValues,
} from './schema/openapi.generated';
import { WireRequest, WireResponse, WireSchemas } from './wire';
/** The kinds of governance event the process runs on. */
export const CADENCE_TYPES = occurrenceTypeValues;

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

export const OCCURRENCE_STATUSES = occurrenceRecordStatusValues;

/** @public */
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

/** What was recorded about one occurrence. */
export type OccurrenceRecord = WireSchemas['OccurrenceRecord'];

/** One computed occurrence of a cadence, with its record when it has one. */
export type Occurrence = WireSchemas['Occurrence'];

export type OccurrencesResponse = WireResponse<'ListOccurrences'>;

export type UpsertOccurrenceRecordRequest = WireRequest<'RecordOccurrence'>;

/** A compliance verification run recorded for a framework. */
export type VerificationRun = WireSchemas['VerificationRun'];

export type RecordVerificationRunRequest = WireRequest<'RecordVerificationRun'>;

/** A framework's verification window: it closes a number of days after the last run. */
export type VerificationWindow = WireSchemas['VerificationWindow'];

export type VerificationWindowsResponse =
  WireResponse<'ListVerificationWindows'>;

/** What a user asks for when issuing a calendar feed link. */
export type IssueCalendarFeedRequest = WireSchemas['IssueCalendarFeedRequest'];

/** A newly issued calendar feed link: its path holds the secret, shown only this once. */
export type IssuedCalendarFeed = WireSchemas['IssuedCalendarFeed'];

/** A calendar feed link as its owner lists it (never with its secret). */
export type CalendarFeed = WireSchemas['CalendarFeed'];
