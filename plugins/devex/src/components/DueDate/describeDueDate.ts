import {
  ActionItemStatus,
  ACTIVE_ACTION_ITEM_STATUSES,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';

export interface DueDateDescription {
  /** e.g. "in 3 days", "due today", "overdue by 2 days" */
  text: string;
  overdue: boolean;
}

/** Says when an item is due relative to today, in whole calendar days. */
export function describeDueDate(
  dueDate: string,
  status: ActionItemStatus,
  today: DateTime,
): DueDateDescription {
  const due = DateTime.fromISO(dueDate, { zone: today.zone });
  const days = Math.round(due.diff(today.startOf('day'), 'days').days);
  const active = ACTIVE_ACTION_ITEM_STATUSES.includes(status);
  const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (!active) {
    return { text: due.toLocaleString(DateTime.DATE_MED), overdue: false };
  }
  if (days < 0) {
    return { text: `overdue by ${plural(-days)}`, overdue: true };
  }
  if (days === 0) {
    return { text: 'due today', overdue: false };
  }
  return { text: `in ${plural(days)}`, overdue: false };
}
