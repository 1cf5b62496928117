/**
 * Why an intake shows the status it does, in plain words, for the editor's preview of a programme
 * year: "Expressions of interest open: applications close on 15 July 2026." Worked out from the same
 * dates and rule as the status (./intake-status.ts).
 */
import { formatIsoDate } from './dates.ts';
import { intakeStatus, sessionDays, STATUS_LABELS, type IntakeDates } from './intake-status.ts';

/** "on 15 July 2026" for a day, "in July 2026" for a month. */
const onOrIn = (date: string) => `${date.length === 7 ? 'in' : 'on'} ${formatIsoDate(date)}`;

/** The first and last session as the file gives them: scheduled days, else the months. */
function sessionBounds(intake: IntakeDates): { begin: string; end: string } {
  const scheduled = (intake.schedule ?? []).length > 0;
  const { first, last } = sessionDays(intake);
  return scheduled
    ? { begin: first, end: last }
    : { begin: intake.sessions.from, end: intake.sessions.to };
}

/** Why the dates alone give the status they give, as a clause after the status's words. */
function byDatesReason(intake: IntakeDates, now: Date): string {
  const { begin, end } = sessionBounds(intake);
  const { opens, closes } = intake.applications ?? {};
  switch (intakeStatus({ ...intake, status: undefined }, now)) {
    case 'finished':
      return `its sessions ended ${onOrIn(end)}`;
    case 'closed':
      return `its sessions began ${onOrIn(begin)}`;
    case 'opening-soon':
      return `applications open ${onOrIn(opens ?? begin)}`;
    case 'waitlist':
      return `applications closed ${onOrIn(closes ?? begin)}, and sessions begin ${onOrIn(begin)}`;
    case 'open':
      return closes
        ? `applications close ${onOrIn(closes)}`
        : `applications are taken until sessions begin ${onOrIn(begin)} (no closing date is given)`;
  }
}

/**
 * The status the site shows today and why: from its dates, or from its Status field, which wins
 * until the sessions end.
 */
export function statusReason(intake: IntakeDates, now: Date): string {
  const shown = intakeStatus(intake, now);
  const byDates = intakeStatus({ ...intake, status: undefined }, now);
  if (intake.status && shown !== byDates) {
    return `${STATUS_LABELS[shown]}: set in its Status field. By its dates alone it would be ${STATUS_LABELS[byDates]}: ${byDatesReason(intake, now)}.`;
  }
  return `${STATUS_LABELS[shown]}: ${byDatesReason(intake, now)}.`;
}
