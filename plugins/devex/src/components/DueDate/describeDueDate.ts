import {
  ActionItemStatus,
  ACTIVE_ACTION_ITEM_STATUSES,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { calendarDaysUntil, days, formatDay } from '../dates';

export interface DueDateDescription {
  /** The day itself, always: "Nov 28, 2026" */
  day: string;
  /** For an item still to do: "in 3 days", "due today", "overdue by 2 days"; else null */
  distance: string | null;
  overdue: boolean;
}

/** When an item is due: its day, and for an active item how far it is, in whole calendar days. */
export function describeDueDate(
  dueDate: string,
  status: ActionItemStatus,
  today: DateTime,
): DueDateDescription {
  const day = formatDay(dueDate, today.zoneName ?? undefined);
  if (!ACTIVE_ACTION_ITEM_STATUSES.includes(status)) {
    return { day, distance: null, overdue: false };
  }
  const until = calendarDaysUntil(dueDate, today);
  if (until < 0) {
    return { day, distance: `overdue by ${days(-until)}`, overdue: true };
  }
  if (until === 0) return { day, distance: 'due today', overdue: false };
  return { day, distance: `in ${days(until)}`, overdue: false };
}
