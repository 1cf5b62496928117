/**
 * What a programme as a whole is doing today, and the plain words pages show for it, so the
 * site reads as well between programmes as while an intake is open.
 */
import { formatDateRange, type IsoDate } from './dates.ts';
import { acceptsInterest, sessionsUnderWay, type IntakeStatus } from './intake-status.ts';

/**
 * - `taking-interest`: an intake is open or has a waitlist
 * - `opening-soon`: none is, but one opens later
 * - `under-way`: applications have closed and an intake's sessions are running
 * - `applications-closed`: applications have closed and no sessions are running yet
 * - `finished`: every intake's sessions have ended
 */
export type ProgrammePhase =
  'taking-interest' | 'opening-soon' | 'under-way' | 'applications-closed' | 'finished';

export interface PhaseIntake {
  name: string;
  sessions: { from: IsoDate; to: IsoDate };
  schedule?: readonly { date: string }[] | undefined;
  computedStatus: IntakeStatus;
}

/** What the editors say comes next when a programme has finished, unless they say otherwise. */
export const DEFAULT_WHAT_COMES_NEXT = "Next year's programme will be announced here.";

export function programmePhase(intakes: readonly PhaseIntake[], now: Date): ProgrammePhase {
  const statuses = intakes.map((intake) => intake.computedStatus);
  if (statuses.some(acceptsInterest)) return 'taking-interest';
  if (statuses.includes('opening-soon')) return 'opening-soon';
  if (statuses.every((status) => status === 'finished')) return 'finished';
  const running = intakes.some(
    (intake) => intake.computedStatus === 'closed' && sessionsUnderWay(intake, now),
  );
  return running ? 'under-way' : 'applications-closed';
}

export interface NoticeInput {
  /** The programme's title: "2024–25 Communities of Practice". */
  title: string;
  /** The editors' sentence for after the programme, if they wrote one. */
  whatComesNext?: string | undefined;
  intakes: readonly PhaseIntake[];
}

/**
 * The sentences every page with a status shows when no intake is taking expressions of
 * interest; none while one is, or while one is opening soon (its own dates say enough).
 */
export function programmeNotice(input: NoticeInput, now: Date): string[] {
  const phase = programmePhase(input.intakes, now);
  switch (phase) {
    case 'taking-interest':
    case 'opening-soon':
      return [];
    case 'finished':
      return [`The ${input.title} have finished.`, input.whatComesNext ?? DEFAULT_WHAT_COMES_NEXT];
    case 'applications-closed':
      return [`Applications for the ${input.title} have closed.`];
    case 'under-way': {
      const running = input.intakes
        .filter((intake) => intake.computedStatus === 'closed' && sessionsUnderWay(intake, now))
        .map(
          (intake) =>
            `${intake.name} sessions run ${formatDateRange(intake.sessions.from, intake.sessions.to)}`,
        );
      return [
        `The ${input.title} are under way: ${running.join('; ')}. Applications for them have closed.`,
      ];
    }
  }
}
