import { Occurrence } from '@devex-governance/backstage-plugin-devex-common';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';

/** An RFC 5545 calendar of occurrences, for Google Calendar, Outlook and the like to subscribe to. */
export function occurrencesToICalendar(options: {
  name: string;
  occurrences: Occurrence[];
  portalUrl: string;
}): string {
  const calendar = ical({
    name: options.name,
    prodId: {
      company: 'devex-governance',
      product: 'backstage-plugin-devex',
      language: 'EN',
    },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  for (const o of options.occurrences) {
    const lines = [
      o.agenda.length
        ? `Agenda:\n${o.agenda.map(a => `- ${a}`).join('\n')}`
        : '',
      o.inputs.length
        ? `Inputs:\n${o.inputs.map(a => `- ${a}`).join('\n')}`
        : '',
      o.outputs.length
        ? `Outputs:\n${o.outputs.map(a => `- ${a}`).join('\n')}`
        : '',
      o.runbookUrl ? `Runbook: ${o.runbookUrl}` : '',
      `Participants: ${o.participants.join(', ')}`,
    ].filter(Boolean);
    const start = DateTime.fromISO(o.start, { setZone: true });
    const end = DateTime.fromISO(o.end, { setZone: true });
    calendar.createEvent({
      id: `${o.id}@devex-governance`,
      summary: o.framework ? `${o.title} (${o.framework})` : o.title,
      description: lines.join('\n\n'),
      start: o.allDay ? start.toISODate()! : start.toUTC().toJSDate(),
      end: o.allDay ? end.toISODate()! : end.toUTC().toJSDate(),
      allDay: o.allDay,
      url: `${options.portalUrl}/devex`,
    });
  }
  return calendar.toString();
}
