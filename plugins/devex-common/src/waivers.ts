import { WireSchemas } from './wire';

/** A justified exception to remediation automation or to a success measure's target. */
export type Waiver = WireSchemas['Waiver'];
export type WaiverSubjectType = WireSchemas['WaiverSubjectType'];
export type WaiverStatus = Waiver['status'];
export type RequestWaiverRequest = WireSchemas['RequestWaiverRequest'];
export type DecideWaiverRequest = WireSchemas['DecideWaiverRequest'];
