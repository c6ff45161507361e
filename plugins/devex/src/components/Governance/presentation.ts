import {
  CadenceType,
  Occurrence,
} from '@devex-governance/backstage-plugin-devex-common';
import { ActionItemSource } from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';

/** When an occurrence is, in the viewer's zone: "Tue 1 Dec 2026, 10:00" or the day for all-day events. */
export function formatOccurrenceTime(o: Occurrence): string {
  const start = DateTime.fromISO(o.start, { setZone: true });
  return o.allDay
    ? start.toLocaleString({
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      })
    : start.toLocal().toLocaleString({
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
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
