/**
 * An intake's session dates and times, when the programme file gives them: each session a day
 * and a start in Melbourne's local time, with an end time or a length in minutes.
 */
import { formatIsoDate, melbourneInstant } from './dates.ts';

export interface ScheduledSession {
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** Melbourne time on the 24-hour clock, `H:MM` or `HH:MM`. */
  starts: string;
  ends?: string | undefined;
  minutes?: number | undefined;
}

/** A clock time (`9:30`, `14:00`) as minutes since midnight. */
export const minutesOf = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};
const clock = (total: number) =>
  `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/** How long a session runs, in minutes, from its end time or its length. */
export function sessionMinutes(session: ScheduledSession): number {
  if (session.minutes !== undefined) return session.minutes;
  return minutesOf(session.ends ?? session.starts) - minutesOf(session.starts);
}

/** When a session ends, `HH:MM` Melbourne time. */
export const sessionEnds = (session: ScheduledSession) =>
  session.ends ?? clock(minutesOf(session.starts) + sessionMinutes(session));

/** The session's start and end as instants (UTC underneath), daylight saving included. */
export function sessionInstants(session: ScheduledSession): { start: Date; end: Date } {
  const start = melbourneInstant(session.date, session.starts);
  return { start, end: new Date(start.getTime() + sessionMinutes(session) * 60_000) };
}

/** The sessions in the order they happen. */
export const inOrder = <T extends ScheduledSession>(sessions: readonly T[]): T[] =>
  [...sessions].sort((a, b) =>
    `${a.date} ${clock(minutesOf(a.starts))}`.localeCompare(
      `${b.date} ${clock(minutesOf(b.starts))}`,
    ),
  );

const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

/** GOV.UK style: "10am", "9:30am", "midday", "2:15pm". */
export function formatClock(time: string): string {
  const total = minutesOf(time);
  if (total === 12 * 60) return 'midday';
  if (total === 0 || total === 24 * 60) return 'midnight';
  const hours = Math.floor(total / 60) % 12 || 12;
  const minutes = total % 60;
  const suffix = total < 12 * 60 ? 'am' : 'pm';
  return minutes === 0
    ? `${hours}${suffix}`
    : `${hours}:${String(minutes).padStart(2, '0')}${suffix}`;
}

/** "Wednesday 12 February 2025, 10am to midday". */
export function formatSession(session: ScheduledSession): string {
  const [year, month, day] = session.date.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${formatIsoDate(session.date)}, ${formatClock(session.starts)} to ${formatClock(sessionEnds(session))}`;
}

/** ISO 8601 duration: 120 → "PT2H", 90 → "PT1H30M". */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}
