/**
 * The choices the form offers from the rest of the content: every CoP (with its own availability
 * in the intakes on offer: copChoices), and the intakes taking expressions of interest. The
 * page's form and the editor's preview of it both call it.
 */
import { describeCareerStage, describeSetting } from '../cop-groups.ts';
import { formatDateRange } from '../dates.ts';
import { acceptsInterest, STATUS_LABELS, type IntakeStatus } from '../intake-status.ts';
import type { Cop } from '../../schemas/cop.ts';
import { copChoices } from './cop-choices.ts';
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
    /** Each CoP's own status in the intake, by file name (`copAvailability`). */
    copStatuses?: Readonly<Record<string, IntakeStatus>> | undefined;
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
  const onOffer = programme.intakes.filter((intake) => acceptsInterest(intake.computedStatus));
  return {
    cops: copChoices(
      cops.map((cop) => ({
        id: cop.id,
        title: cop.title,
        hint: `${describeCareerStage(cop.careerStage)} · ${describeSetting(cop.setting)}`,
      })),
      onOffer.map((intake) => ({ name: intake.name, copStatuses: intake.copStatuses ?? {} })),
    ),
    intakes: onOffer.map((intake) => ({
      value: intake.id,
      label: intake.name,
      hint: `Sessions ${formatDateRange(intake.sessions.from, intake.sessions.to)}. ${STATUS_LABELS[intake.computedStatus]}.`,
    })),
    eligibility: programme.eligibility,
  };
}
