import { firstDay, lastDay, melbourneToday, type IsoDate } from './dates.ts';

/** The statuses an editor may set in the programme file. */
export type EditorStatus = 'open' | 'waitlist' | 'opening-soon' | 'closed';
/** What the site shows: an editor's status, or "finished" once the sessions have ended. */
export type IntakeStatus = EditorStatus | 'finished';

/** What staff may mark one CoP as within an intake: taking a waitlist only, or full. */
export const COP_MARKS = ['waitlist', 'closed'] as const;
export type CopMark = (typeof COP_MARKS)[number];

/** One CoP's mark in an intake: the CoP by file name, and its own status there. */
export interface CopMarkEntry {
  cop: string;
  status: CopMark;
}

/** What the status needs to know of an intake (the programme schema's shape). */
export interface IntakeDates {
  status?: EditorStatus | undefined;
  applications?: { opens?: IsoDate | undefined; closes?: IsoDate | undefined } | undefined;
  sessions: { from: IsoDate; to: IsoDate };
  /** The days the sessions meet, where the programme file gives them. */
  schedule?: readonly { date: string }[] | undefined;
  /** CoPs with less room than the intake: a waitlist only, or full. */
  cops?: readonly CopMarkEntry[] | undefined;
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

/** How much room each status offers, most first: a CoP's status is never above its intake's. */
const ROOM: readonly IntakeStatus[] = ['open', 'waitlist', 'opening-soon', 'closed', 'finished'];

/**
 * A status lowered by a CoP's mark, never raised: "waitlist" turns open into waitlist and
 * leaves the rest; "closed" (full) closes anything not yet finished.
 */
export function lowerByMark(status: IntakeStatus, mark: CopMark | undefined): IntakeStatus {
  if (mark === undefined || status === 'finished') return status;
  if (mark === 'closed') return 'closed';
  return status === 'open' ? 'waitlist' : status;
}

/** The mark an intake gives a CoP, if any. */
export const copMark = (intake: Pick<IntakeDates, 'cops'>, copId: string): CopMark | undefined =>
  intake.cops?.find((entry) => entry.cop === copId)?.status;

/**
 * The one answer for a CoP within an intake on a day: the intake's own status, lowered by the
 * CoP's mark, and finished once the sessions have ended whatever the mark says.
 */
export function copAvailability(intake: IntakeDates, copId: string, now: Date): IntakeStatus {
  return lowerByMark(intakeStatus(intake, now), copMark(intake, copId));
}

/** An intake as it is offered, and each of its CoPs' own status in it. */
export interface IntakeAvailability {
  /** The intake's status as the site shows it: that of its most available CoP. */
  status: IntakeStatus;
  /** Each CoP's status in this intake, by file name. */
  cops: Record<string, IntakeStatus>;
}

/**
 * The intake's status as offered, given the published CoPs: the most room any of them has, so an
 * intake whose every CoP is full is closed (and one with only waitlists left, a waitlist). Without
 * the CoPs, the marked ones get their status and the intake keeps its own.
 */
export function intakeAvailability(
  intake: IntakeDates,
  copIds: readonly string[] | undefined,
  now: Date,
): IntakeAvailability {
  const own = intakeStatus(intake, now);
  const ids = copIds ?? (intake.cops ?? []).map((mark) => mark.cop);
  const cops = Object.fromEntries(
    ids.map((id) => [id, lowerByMark(own, copMark(intake, id))] as const),
  );
  const statuses = Object.values(cops);
  const status =
    copIds === undefined || statuses.length === 0
      ? own
      : statuses.reduce((best, next) => (ROOM.indexOf(next) < ROOM.indexOf(best) ? next : best));
  return { status, cops };
}

/** The words shown for each status. */
export const STATUS_LABELS: Record<IntakeStatus, string> = {
  open: 'Expressions of interest open',
  waitlist: 'Waitlist open',
  'opening-soon': 'Opening soon',
  closed: 'Closed',
  finished: 'Finished',
};

/** How a CoP with less room than its intake says so: "Waitlist only", "Full". */
export const LESS_ROOM: Partial<Record<IntakeStatus, string>> = {
  waitlist: 'Waitlist only',
  closed: 'Full',
};

/** An intake as `copLessRoom` reads it: its name, its status as offered and its CoPs'. */
export interface IntakeRoom {
  name: string;
  computedStatus: IntakeStatus;
  copStatuses?: Readonly<Record<string, IntakeStatus>> | undefined;
}

/**
 * Each intake in which a CoP has less room than the intake offers, in words: "Waitlist only for
 * the First intake", "Full for the Second intake". None where it has the intake's own room.
 */
export function copLessRoom(
  intakes: readonly IntakeRoom[],
  copId: string,
): { intake: string; status: IntakeStatus; words: string }[] {
  return intakes.flatMap((intake) => {
    const status = intake.copStatuses?.[copId] ?? intake.computedStatus;
    const less = LESS_ROOM[status];
    if (status === intake.computedStatus || !less) return [];
    return [{ intake: intake.name, status, words: `${less} for the ${intake.name}` }];
  });
}

/**
 * The CoPs with less room than an intake, in words grouped by status: "Waitlist only: Emerging
 * Practitioners CoP", "Full: Workforce Development CoP". Without titles, CoPs go by file name.
 */
export function lessRoomInIntake(
  intake: IntakeRoom,
  cops: readonly { id: string; title: string }[] = Object.keys(intake.copStatuses ?? {}).map(
    (id) => ({ id, title: id }),
  ),
): string[] {
  return (['waitlist', 'closed'] as const).flatMap((status) => {
    const titles = cops
      .filter((cop) => copLessRoom([intake], cop.id)[0]?.status === status)
      .map((cop) => cop.title);
    return titles.length > 0 ? [`${LESS_ROOM[status]}: ${titles.join(', ')}`] : [];
  });
}

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
