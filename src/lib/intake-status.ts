import { firstDay, lastDay, melbourneToday, type IsoDate } from './dates.ts';

/** The statuses an editor may set in the programme file. */
export type EditorStatus = 'open' | 'waitlist' | 'opening-soon' | 'closed';
/** What the site shows: an editor's status, or "finished" once the sessions have ended. */
export type IntakeStatus = EditorStatus | 'finished';

/** What the status needs to know of an intake (the programme schema's shape). */
export interface IntakeDates {
  status?: EditorStatus | undefined;
  applications?: { opens?: IsoDate | undefined; closes?: IsoDate | undefined } | undefined;
  sessions: { from: IsoDate; to: IsoDate };
  /** The days the sessions meet, where the programme file gives them. */
  schedule?: readonly { date: string }[] | undefined;
}

/** The first and last day of sessions, `YYYY-MM-DD`: the scheduled days, else the months'. */
export function sessionDays(intake: Pick<IntakeDates, 'sessions' | 'schedule'>): {
  first: string;
  last: string;
} {
  const days = (intake.schedule ?? []).map((session) => session.date).sort();
  return {
    first: days[0] ?? firstDay(intake.sessions.from),
    last: days.at(-1) ?? lastDay(intake.sessions.to),
  };
}

/** The status the dates alone give, by Melbourne's calendar. */
function statusByDates(intake: IntakeDates, today: string): IntakeStatus {
  const { first, last } = sessionDays(intake);
  const { opens, closes } = intake.applications ?? {};
  if (today > last) return 'finished';
  if (today >= first) return 'closed';
  if (opens && today < firstDay(opens)) return 'opening-soon';
  if (closes && today > lastDay(closes)) return 'waitlist';
  return 'open';
}

/**
 * The one answer every page shows. By Melbourne's calendar: before applications open,
 * opening soon; while they are open (or, with no dates for them, until sessions start),
 * open; after they close but before sessions start, waitlist; from the first session,
 * closed; after the last, finished. An editor's explicit status wins while the intake is
 * current, but nothing makes a finished intake look open again.
 */
export function intakeStatus(intake: IntakeDates, now: Date): IntakeStatus {
  const byDates = statusByDates(intake, melbourneToday(now));
  if (byDates === 'finished') return byDates;
  return intake.status ?? byDates;
}

/** The words shown for each status. */
export const STATUS_LABELS: Record<IntakeStatus, string> = {
  open: 'Expressions of interest open',
  waitlist: 'Waitlist open',
  'opening-soon': 'Opening soon',
  closed: 'Closed',
  finished: 'Finished',
};

/** Whether the form takes expressions of interest for an intake with this status. */
export function acceptsInterest(status: IntakeStatus): boolean {
  return status === 'open' || status === 'waitlist';
}

/** Whether an intake's sessions have begun and not yet ended, by Melbourne's calendar. */
export function sessionsUnderWay(
  intake: Pick<IntakeDates, 'sessions' | 'schedule'>,
  now: Date,
): boolean {
  const today = melbourneToday(now);
  const { first, last } = sessionDays(intake);
  return first <= today && today <= last;
}
