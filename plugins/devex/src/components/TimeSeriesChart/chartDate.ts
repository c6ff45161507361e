import { DateTime } from 'luxon';
import { formatDay } from '../dates';

/** A date as the charts write it: the day, as the plugin writes every day. */
export const chartDate = (millis: number) =>
  formatDay(DateTime.fromMillis(millis).toISO()!);
