/**
 * An iCalendar file (RFC 5545) for one intake, so practitioners can put its real days in their
 * own calendar: each scheduled session as a timed event (in UTC, so every calendar app places
 * it right through daylight saving), and the days applications open and close. A month is
 * never an event: an intake known only by its months has no calendar file.
 */
import { melbourneToday, nextDay, type IsoDate } from './dates.ts';
import { inOrder, sessionInstants, type ScheduledSession } from './schedule.ts';

export interface CalendarIntake {
  id: string;
  name: string;
  sessions: { from: IsoDate; to: IsoDate };
  applications?: { opens?: IsoDate | undefined; closes?: IsoDate | undefined } | undefined;
  schedule?: readonly ScheduledSession[] | undefined;
  note?: string | undefined;
}

export interface IntakeCalendarInput {
  programme: { id: string; title: string; delivery: string; cost: string };
  intake: CalendarIntake;
  /** Who runs it: the organisation site.yaml names. */
  organisation: string;
  /** The page people go to for details (absolute); its host makes the UIDs. */
  url: string;
  /** When the file was built: its DTSTAMP. */
  now: Date;
}

/** Where an intake's calendar is served: `/calendar/2024-25-second.ics`. */
export const calendarPath = (programmeId: string, intakeId: string) =>
  `/calendar/${programmeId}-${intakeId}.ics`;

const isDay = (date: IsoDate | undefined): date is string => date?.length === 10;

/** The days an intake's calendar would hold: application days and scheduled sessions. */
function calendarDays(intake: CalendarIntake): string[] {
  const { opens, closes } = intake.applications ?? {};
  return [opens, closes, ...(intake.schedule ?? []).map((session) => session.date)].filter(isDay);
}

/** Whether a calendar file still helps: it has a real day that is today or later, in Melbourne. */
export function offersCalendar(intake: CalendarIntake, now: Date): boolean {
  const today = melbourneToday(now);
  return calendarDays(intake).some((day) => day >= today);
}

/** Whether the intake has a calendar file at all: some real day to put in it. */
export const hasCalendar = (intake: CalendarIntake) => calendarDays(intake).length > 0;

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

/** UTC to the second, as DTSTAMP, DTSTART and DTEND write it: `20250211T230000Z`. */
const utc = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

interface CalendarEvent {
  uid: string;
  summary: string;
  description: string;
  /** DTSTART and DTEND lines. */
  when: string[];
  /** Sessions make people busy; a deadline does not. */
  busy: boolean;
  /** Its day in Melbourne, for ordering. */
  day: string;
}

const allDay = (day: string) => [
  `DTSTART;VALUE=DATE:${basicDate(day)}`,
  `DTEND;VALUE=DATE:${basicDate(nextDay(day))}`,
];

function eventLines(event: CalendarEvent, stamp: string, url: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    ...event.when,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL:${url}`,
    `TRANSP:${event.busy ? 'OPAQUE' : 'TRANSPARENT'}`,
    'END:VEVENT',
  ];
}

/** Every event of the intake's calendar, in date order. */
export function calendarEvents(input: IntakeCalendarInput): CalendarEvent[] {
  const { programme, intake, organisation, url } = input;
  const host = new URL(url).hostname;
  const uid = (what: string) => `${programme.id}-${intake.id}-${what}@${host}`;
  const cops = `${organisation} Communities of Practice`;
  const { opens, closes } = intake.applications ?? {};
  const applications = [
    ['open', opens],
    ['close', closes],
  ] as const;
  const deadlines = applications.flatMap(([verb, day]): CalendarEvent[] =>
    isDay(day)
      ? [
          {
            uid: uid(`applications-${verb}`),
            summary: `Expressions of interest ${verb}: ${cops}, ${intake.name}`,
            description: `Send an expression of interest: ${url}`,
            when: allDay(day),
            busy: false,
            day,
          },
        ]
      : [],
  );
  const scheduled = inOrder(intake.schedule ?? []);
  const sessions = scheduled.map((session, index): CalendarEvent => {
    const { start, end } = sessionInstants(session);
    return {
      uid: uid(
        `session-${basicDate(session.date)}-${session.starts.padStart(5, '0').replace(':', '')}`,
      ),
      summary: `${cops}: ${intake.name}, session ${index + 1} of ${scheduled.length}`,
      description: [
        `${intake.name} of the ${programme.title}.`,
        `${programme.delivery}. ${programme.cost}.`,
        ...(intake.note ? [intake.note] : []),
        `Details: ${url}`,
      ].join('\n'),
      when: [`DTSTART:${utc(start)}`, `DTEND:${utc(end)}`],
      busy: true,
      day: session.date,
    };
  });
  return [...deadlines, ...sessions].sort((a, b) => a.day.localeCompare(b.day));
}

/** The whole file, CRLF line endings, folded, ready to serve as text/calendar. */
export function intakeCalendar(input: IntakeCalendarInput): string {
  const { programme, intake, organisation, url } = input;
  const stamp = utc(input.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${organisation}//Communities of Practice//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${organisation} CoP: ${intake.name} (${programme.title})`)}`,
    ...calendarEvents(input).flatMap((event) => eventLines(event, stamp, url)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
