import { firstDay, lastDay, melbourneToday, type IsoDate } from './dates';

export type IntakeStatus = 'open' | 'waitlist' | 'opening-soon' | 'closed';

/** What the status needs to know of an intake (the programme schema's shape). */
export interface IntakeDates {
  status?: IntakeStatus | undefined;
  applications?: { opens?: IsoDate | undefined; closes?: IsoDate | undefined } | undefined;
  sessions: { from: IsoDate; to: IsoDate };
}

/**
 * The one answer every page shows. An editor's explicit status wins; otherwise, by
 * Melbourne's calendar: before applications open, opening soon; while they are open
 * (or, with no dates for them, until sessions start), open; after they close but before
 * sessions start, waitlist; from the first session on, closed.
 */
export function intakeStatus(intake: IntakeDates, now: Date): IntakeStatus {
  if (intake.status) return intake.status;
  const today = melbourneToday(now);
  const { opens, closes } = intake.applications ?? {};
  if (opens && today < firstDay(opens)) return 'opening-soon';
  if (today >= firstDay(intake.sessions.from)) return 'closed';
  if (closes && today > lastDay(closes)) return 'waitlist';
  return 'open';
}

/** The words shown for each status. */
export const STATUS_LABELS: Record<IntakeStatus, string> = {
  open: 'Expressions of interest open',
  waitlist: 'Waitlist open',
  'opening-soon': 'Opening soon',
  closed: 'Closed',
};

/** Whether the form takes expressions of interest for an intake with this status. */
export function acceptsInterest(status: IntakeStatus): boolean {
  return status === 'open' || status === 'waitlist';
}
