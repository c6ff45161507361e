import { formatDateTime, formatDay } from '../dates';
import {
  CadenceType,
  Occurrence,
} from '@devex-governance/backstage-plugin-devex-common';
import { ActionItemSource } from '@devex-governance/backstage-plugin-devex-common';

/** When an occurrence is: the day of an all-day event in its zone, else the time in the viewer's, with the zone. */
export function formatOccurrenceTime(o: Occurrence): string {
  return o.allDay ? formatDay(o.start, o.timeZone) : formatDateTime(o.start);
}

/** Where action items created from a meeting say they came from. */
export function actionItemSourceOf(type: CadenceType): ActionItemSource {
  if (type === 'quarterly_forum') return 'governance_forum';
  if (type === 'monthly_sync') return 'monthly_sync';
  if (type === 'steering_committee') return 'escalation';
  return 'manual';
}

/** Meetings produce action items; the async rituals and deadlines do not. */
export const isMeeting = (type: CadenceType) =>
  type === 'quarterly_forum' ||
  type === 'monthly_sync' ||
  type === 'steering_committee';

export const titleOf = (o: Occurrence) =>
  o.framework ? `${o.title} (${o.framework})` : o.title;
