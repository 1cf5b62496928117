/**
 * A programme year as the pages show it on a given day: each intake's status and calendar file,
 * what the programme as a whole is doing, and the words for it. The build and the editor's
 * preview both call it, so a preview shows the statuses the site would show.
 */
import { calendarPath, offersCalendar } from './calendar.ts';
import { intakeStatus, type IntakeStatus } from './intake-status.ts';
import { programmeNotice, programmePhase, type ProgrammePhase } from './programme-notice.ts';
import type { Intake, Programme } from '../schemas/programme.ts';

export type IntakeWithStatus = Intake & {
  computedStatus: IntakeStatus;
  /** Its .ics file, while it has a real day still to come. */
  calendarUrl: string | undefined;
};

export type ProgrammeWithStatus = Omit<Programme, 'intakes'> & {
  /** The programme file's name: `2026-27`. */
  id: string;
  intakes: IntakeWithStatus[];
  /** What the programme as a whole is doing today. */
  phase: ProgrammePhase;
  /** Plain words for pages that show status when no intake takes interest; else none. */
  notice: string[];
};

/** A programme file's data (`id` is its file name) as the pages show it at `now`. */
export function programmeWithStatus(data: Programme, id: string, now: Date): ProgrammeWithStatus {
  const intakes: IntakeWithStatus[] = data.intakes.map((intake) => {
    const computedStatus = intakeStatus(intake, now);
    return {
      ...intake,
      // A note was written for applicants; once the intake has finished it no longer holds.
      note: computedStatus === 'finished' ? undefined : intake.note,
      computedStatus,
      calendarUrl: offersCalendar(intake, now) ? calendarPath(id, intake.id) : undefined,
    };
  });
  return {
    ...data,
    id,
    intakes,
    phase: programmePhase(intakes, now),
    notice: programmeNotice({ ...data, intakes }, now),
  };
}
