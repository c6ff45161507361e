import { DateTime } from 'luxon';

/** A date as the charts write it: the day, in the reader's locale. */
export const chartDate = (millis: number) =>
  DateTime.fromMillis(millis).toLocaleString(DateTime.DATE_MED);
