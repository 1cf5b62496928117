/** The EOI form's questions, from content/form.yaml and the CoPs and intakes on offer. */
import { getEntry } from 'astro:content';
import { formChoices } from '../lib/eoi/form-choices.ts';
import { resolveQuestions, type EoiQuestions } from '../lib/eoi/questions.ts';
import { getCops, getProgramme } from './content.ts';

/** content/form.yaml: the page's introduction and the questions' words. */
export async function getFormContent() {
  const entry = await getEntry('form', 'form');
  if (!entry) throw new Error('content/form.yaml is missing: create it (see docs/editing.md).');
  return entry.data;
}

/**
 * The questions with every CoP, and the intakes taking expressions of interest, as options.
 * With none taking them, the form registers interest in future CoPs instead.
 */
export async function getEoiQuestions(): Promise<EoiQuestions> {
  const programme = await getProgramme();
  const cops = (await getCops()).map((cop) => ({ id: cop.id, ...cop.data }));
  const { questions } = await getFormContent();
  return resolveQuestions(questions, formChoices(cops, programme));
}
