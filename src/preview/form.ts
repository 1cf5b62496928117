/** The form's questions as the build resolves them, from the content the editor holds. */
import { formChoices } from '../lib/eoi/form-choices.ts';
import { resolveQuestions, type EoiQuestions, type QuestionContent } from '../lib/eoi/questions.ts';
import type { ProgrammeWithStatus } from '../lib/programme-view.ts';
import type { EditorPreviewProps } from './editor-entry.ts';
import { publishedCops } from './published.ts';
import { useShownProgramme } from './programme.ts';
import { useCollection } from './use-collection.ts';

export type FormToday =
  | { programme: ProgrammeWithStatus; form: EoiQuestions }
  /** There is no programme file: the build stops, so there is no form to show. */
  | { programme: undefined; form: undefined };

/**
 * The questions (the saved form's, or `questions` being edited) with the published CoPs and the
 * intakes taking interest at `now` as choices, or undefined while the editor fetches them.
 */
export function useFormQuestions(
  editor: EditorPreviewProps,
  now: Date,
  questions?: readonly QuestionContent[],
): FormToday | undefined {
  const shown = useShownProgramme(editor, now);
  const cops = useCollection(editor, 'cops');
  const forms = useCollection(editor, 'form');
  const asked = questions ?? forms?.[0]?.data.questions;
  if (!shown || !cops || !forms) return undefined;
  const { programme } = shown;
  if (!programme || !asked) return { programme: undefined, form: undefined };
  const choices = formChoices(
    publishedCops(cops).map((cop) => ({ id: cop.slug, ...cop.data })),
    programme,
  );
  return { programme, form: resolveQuestions(asked, choices) };
}
