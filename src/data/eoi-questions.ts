/** The EOI form's questions, from content/form.yaml and the CoPs and intakes on offer. */
import { getEntry } from 'astro:content';
import { describeCareerStage, describeSetting } from '../lib/cop-groups.ts';
import { formatDateRange } from '../lib/dates.ts';
import { copChoices } from '../lib/eoi/cop-choices.ts';
import { resolveQuestions, type EoiQuestions } from '../lib/eoi/questions.ts';
import { acceptsInterest, STATUS_LABELS } from '../lib/intake-status.ts';
import { getCops, getProgramme } from './content.ts';

/** content/form.yaml: the page's introduction and the questions' words. */
export async function getFormContent() {
  const entry = await getEntry('form', 'form');
  if (!entry) throw new Error('content/form.yaml is missing: create it (see docs/editing.md).');
  return entry.data;
}

/**
 * The questions with every CoP (a full one shown but not to be chosen), and the intakes taking
 * expressions of interest, as options. With none taking them, the form registers interest in
 * future CoPs instead.
 */
export async function getEoiQuestions(): Promise<EoiQuestions> {
  const programme = await getProgramme();
  const onOffer = programme.intakes.filter((intake) => acceptsInterest(intake.computedStatus));
  const cops = copChoices(
    (await getCops()).map((cop) => ({
      id: cop.id,
      title: cop.data.title,
      hint: `${describeCareerStage(cop.data.careerStage)} · ${describeSetting(cop.data.setting)}`,
    })),
    onOffer,
  );
  const intakes = onOffer.map((intake) => ({
    value: intake.id,
    label: intake.name,
    hint: `Sessions ${formatDateRange(intake.sessions.from, intake.sessions.to)}. ${STATUS_LABELS[intake.computedStatus]}.`,
  }));
  const { questions } = await getFormContent();
  return resolveQuestions(questions, { cops, intakes, eligibility: programme.eligibility });
}
