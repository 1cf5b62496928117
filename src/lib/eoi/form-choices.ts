/**
 * The choices the form offers from the rest of the content: every CoP, and the intakes taking
 * expressions of interest. The page's form and the editor's preview of it both call it.
 */
import { describeCareerStage, describeSetting } from '../cop-groups.ts';
import { formatDateRange } from '../dates.ts';
import { acceptsInterest, STATUS_LABELS, type IntakeStatus } from '../intake-status.ts';
import type { Cop } from '../../schemas/cop.ts';
import type { QuestionSources } from './questions.ts';

/** What the form shows of a CoP: its file's data and id (the file's name). */
export type ChoiceCop = Pick<Cop, 'title' | 'careerStage' | 'setting'> & { id: string };

/** What the form needs of the programme: `programmeWithStatus()` gives it. */
export interface ChoiceProgramme {
  eligibility: string;
  intakes: readonly {
    id: string;
    name: string;
    sessions: { from: string; to: string };
    computedStatus: IntakeStatus;
  }[];
}

/**
 * The CoPs (in the order given) and the intakes taking expressions of interest, as the form's
 * choices; with no intake taking them, the form registers interest in future CoPs instead.
 */
export function formChoices(
  cops: readonly ChoiceCop[],
  programme: ChoiceProgramme,
): QuestionSources {
  return {
    cops: cops.map((cop) => ({
      value: cop.id,
      label: cop.title,
      hint: `${describeCareerStage(cop.careerStage)} · ${describeSetting(cop.setting)}`,
    })),
    intakes: programme.intakes
      .filter((intake) => acceptsInterest(intake.computedStatus))
      .map((intake) => ({
        value: intake.id,
        label: intake.name,
        hint: `Sessions ${formatDateRange(intake.sessions.from, intake.sessions.to)}. ${STATUS_LABELS[intake.computedStatus]}.`,
      })),
    eligibility: programme.eligibility,
  };
}
