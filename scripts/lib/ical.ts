/** Calendar files read as a calendar app reads them: parsed by ical.js, not by our own code. */
import ICAL from 'ical.js';

export interface CalendarEventRead {
  uid: string;
  summary: string;
  description: string;
  url: string;
  /** TRANSPARENT for a deadline (free time), OPAQUE for a session (busy). */
  transp: string;
  allDay: boolean;
  /** For an all-day event, the day `YYYY-MM-DD`s; for a timed one, UTC instants (ISO). */
  start: string;
  end: string;
}

export interface CalendarRead {
  version: string;
  prodid: string;
  events: CalendarEventRead[];
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** Parses an iCalendar file; throws on what ical.js cannot read. */
export function readCalendar(source: string): CalendarRead {
  const calendar = new ICAL.Component(ICAL.parse(source));
  if (calendar.name !== 'vcalendar') throw new Error(`Not a VCALENDAR: ${calendar.name}`);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const when = (time: ICAL.Time) =>
      time.isDate ? time.toString() : time.toJSDate().toISOString();
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: text(component.getFirstPropertyValue('url')),
      transp: text(component.getFirstPropertyValue('transp')),
      allDay: event.startDate.isDate,
      start: when(event.startDate),
      end: when(event.endDate),
    };
  });
  return {
    version: text(calendar.getFirstPropertyValue('version')),
    prodid: text(calendar.getFirstPropertyValue('prodid')),
    events,
  };
}

/** RFC 5545's line rules, which lenient readers forgive but strict ones do not. */
export function lineProblems(source: string): string[] {
  const problems: string[] = [];
  if (!source.endsWith('\r\n')) problems.push('it must end with CRLF');
  if (/[\r\n]/.test(source.replace(/\r\n/g, ''))) problems.push('a line ends with a bare CR or LF');
  const long = source.split('\r\n').filter((line) => new TextEncoder().encode(line).length > 75);
  problems.push(...long.map((line) => `a line is longer than 75 octets: ${line}`));
  return problems;
}
