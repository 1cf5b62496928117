/** The applicant's answers as they read them on the confirmation: labels, not codes. */
import { joinedAnswer } from './payload.ts';
import { isListKind, type Question } from './questions.ts';
import { isAsked, listOf, textOf, type EoiSubmission } from './schema.ts';

export interface Answer {
  label: string;
  value: string;
}

/**
 * Every answer they gave, in the form's order; questions left blank are left out. A choice whose
 * option asks another question ("Other") reads as that question's answer.
 */
export function describeAnswers(
  submission: EoiSubmission,
  questions: readonly Question[],
): Answer[] {
  const read = (question: Question): string => {
    if (isListKind(question.kind)) {
      const labelled = { ...question, sendsNames: true };
      return joinedAnswer(labelled, listOf(submission, question.id));
    }
    const value = textOf(submission, question.id);
    if (!question.options) return value;
    const followUp = questions.find(
      (other) => other.revealedBy?.question === question.id && other.revealedBy.value === value,
    );
    const written = followUp ? textOf(submission, followUp.id) : '';
    return written || (question.options.find((option) => option.value === value)?.label ?? value);
  };
  return questions.flatMap((question) => {
    if (question.notInAnswers || question.revealedBy || !isAsked(question, submission)) return [];
    const value = read(question);
    return value ? [{ label: question.name, value }] : [];
  });
}
