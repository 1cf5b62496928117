/**
 * An iCalendar file (RFC 5545) for one intake, so practitioners can put its dates in their
 * own calendar. The content knows months or days, never times, so every event is all-day.
 */
import { firstDay, formatDateRange, lastDay, melbourneToday, nextDay, type IsoDate } from './dates';

export interface CalendarIntake {
  id: string;
  name: string;
  sessions: { from: IsoDate; to: IsoDate };
  applications?: { opens?: IsoDate | undefined; closes?: IsoDate | undefined } | undefined;
  note?: string | undefined;
}

export interface IntakeCalendarInput {
  programme: { id: string; title: string; sessions: number; delivery: string; cost: string };
  intake: CalendarIntake;
  /** Who runs it: "Safe and Equal". */
  organisation: string;
  /** The page people go to for details (absolute). */
  url: string;
  /** When the file was built: its DTSTAMP. */
  now: Date;
}

/** Where an intake's calendar is served: `/calendar/2024-25-second.ics`. */
export const calendarPath = (programmeId: string, intakeId: string) =>
  `/calendar/${programmeId}-${intakeId}.ics`;

/** Whether offering the calendar still helps: sessions yet to end, or interest still taken. */
export function offersCalendar(
  intake: Pick<CalendarIntake, 'sessions'>,
  acceptsInterest: boolean,
  now: Date,
) {
  return acceptsInterest || melbourneToday(now) <= lastDay(intake.sessions.to);
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  for (const character of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (octets(part) + octets(character) > limit) {
      parts.push(part);
      part = '';
    }
    part += character;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

const basicDate = (day: string) => day.replace(/-/g, '');

/** `DTSTAMP` form: UTC, to the second. */
function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

interface AllDayEvent {
  uid: string;
  summary: string;
  description: string;
  from: IsoDate;
  to: IsoDate;
}

/** A month-only date spans the whole month; DTEND is the day after the last day (exclusive). */
function eventLines(event: AllDayEvent, stamp: string, url: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(firstDay(event.from))}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(lastDay(event.to)))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL:${url}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** Applications as one span when both ends are known; else the one day (or month) known. */
function applicationsEvent(
  input: IntakeCalendarInput,
  uid: (what: string) => string,
): AllDayEvent | undefined {
  const { opens, closes } = input.intake.applications ?? {};
  const from = opens ?? closes;
  const to = closes ?? opens;
  if (!from || !to) return undefined;
  const verb = opens ? 'open' : 'close';
  return {
    uid: uid('applications'),
    summary: `Expressions of interest ${verb}: ${input.organisation} Communities of Practice, ${input.intake.name}`,
    description: `Send an expression of interest: ${input.url}`,
    from,
    to,
  };
}

/** The whole file, CRLF line endings, folded, ready to serve as text/calendar. */
export function intakeCalendar(input: IntakeCalendarInput): string {
  const { programme, intake, organisation, url } = input;
  const host = new URL(url).hostname;
  const uid = (what: string) => `${programme.id}-${intake.id}-${what}@${host}`;
  const range = formatDateRange(intake.sessions.from, intake.sessions.to);
  const sessions: AllDayEvent = {
    uid: uid('sessions'),
    summary: `${organisation} Communities of Practice: ${intake.name} sessions`,
    description: [
      `${intake.name} of the ${programme.title}: ${programme.sessions} sessions, ${range}.`,
      `${programme.delivery}. ${programme.cost}.`,
      ...(intake.note ? [intake.note] : []),
      `Details: ${url}`,
    ].join('\n'),
    from: intake.sessions.from,
    to: intake.sessions.to,
  };
  const events = [applicationsEvent(input, uid), sessions].filter((event) => event !== undefined);
  const stamp = utcStamp(input.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${organisation}//Communities of Practice//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${organisation} CoP: ${intake.name} (${programme.title})`)}`,
    ...events.flatMap((event) => eventLines(event, stamp, url)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
