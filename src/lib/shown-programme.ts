/**
 * The programme the site shows on a day, with each intake's status and calendar and what the
 * programme as a whole is doing: everything a page says that follows from the date. The build
 * hands it to pages (src/data/content.ts) and `npm run next-change` asks it about later days.
 */
import { calendarPath, offersCalendar, type CalendarIntake } from './calendar.ts';
import { intakeStatus, type IntakeDates, type IntakeStatus } from './intake-status.ts';
import { currentProgramme, type ProgrammeChoice } from './programme.ts';
import { programmeNotice, programmePhase, type ProgrammePhase } from './programme-notice.ts';

/** What showing a programme needs of each programme file (the programme schema's shape). */
export interface ProgrammeFile extends ProgrammeChoice {
  title: string;
  whatComesNext?: string | undefined;
  intakes: readonly (Omit<IntakeDates, 'schedule'> & CalendarIntake)[];
}

export type IntakeAsShown<I> = I & {
  computedStatus: IntakeStatus;
  /** Its .ics file, while it has a real day still to come. */
  calendarUrl: string | undefined;
};

export type ShownProgramme<P extends ProgrammeFile> = Omit<P, 'intakes'> & {
  intakes: IntakeAsShown<P['intakes'][number]>[];
  /** What the programme as a whole is doing today. */
  phase: ProgrammePhase;
  /** Plain words for pages that show status when no intake takes interest; else none. */
  notice: string[];
};

/** The programme `now` shows, or undefined when there is no programme file. */
export function shownProgramme<P extends ProgrammeFile>(
  programmes: readonly P[],
  now: Date,
): ShownProgramme<P> | undefined {
  const programme = currentProgramme(programmes, now);
  if (!programme) return undefined;
  type Intake = P['intakes'][number];
  const intakes = programme.intakes.map((intake: Intake): IntakeAsShown<Intake> => {
    const computedStatus = intakeStatus(intake, now);
    return {
      ...intake,
      // A note was written for applicants; once the intake has finished it no longer holds.
      note: computedStatus === 'finished' ? undefined : intake.note,
      computedStatus,
      calendarUrl: offersCalendar(intake, now) ? calendarPath(programme.id, intake.id) : undefined,
    };
  });
  return {
    ...programme,
    intakes,
    phase: programmePhase(intakes, now),
    notice: programmeNotice({ ...programme, intakes }, now),
  };
}
