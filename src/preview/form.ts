/** The form's questions as the build resolves them, from the content the editor holds. */
import { formChoices } from '../lib/eoi/form-choices.ts';
import { resolveQuestions, type EoiQuestions, type QuestionContent } from '../lib/eoi/questions.ts';
import type { ProgrammeWithStatus } from '../lib/programme-view.ts';
import type { EditorPreviewProps } from './editor-entry.ts';
import { publishedCops } from './published.ts';
import { useShownProgramme } from './programme.ts';
import { useCollection } from './use-collection.ts';

export interface FormToday {
  programme: ProgrammeWithStatus;
  form: EoiQuestions;
}

/**
 * The questions (the saved form's, or `questions` being edited) with the published CoPs and the
 * intakes taking interest at `now` as choices, or undefined while the editor fetches them.
 */
export function useFormQuestions(
  editor: EditorPreviewProps,
  now: Date,
  questions?: readonly QuestionContent[],
): FormToday | undefined {
  const programme = useShownProgramme(editor, now)?.programme;
  const cops = useCollection(editor, 'cops');
  const [saved] = useCollection(editor, 'form') ?? [];
  const asked = questions ?? saved?.data.questions;
  if (!programme || !cops || !asked) return undefined;
  const choices = formChoices(
    publishedCops(cops).map((cop) => ({ id: cop.slug, ...cop.data })),
    programme,
  );
  return { programme, form: resolveQuestions(asked, choices) };
}
