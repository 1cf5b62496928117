/**
 * What the form collects, in the words of each question's short name, for the privacy notice's
 * "What we collect": made from the questions the form asks, so a question added, reworded or
 * switched off in content/form.yaml changes the notice with it.
 */
import type { Question } from './questions.ts';

/**
 * One line for each answer the form sends, in the form's order: "Phone number (optional)",
 * "Other work setting (only when Work setting is “Other”)". The privacy acknowledgement itself
 * is left out: it is the notice's own question.
 */
export function whatWeCollect(questions: readonly Question[]): string[] {
  return questions.flatMap((question) => {
    if (question.notInAnswers) return [];
    const by = question.revealedBy;
    const asker = by && questions.find((other) => other.id === by.question);
    const option = by && asker?.options?.find((choice) => choice.value === by.value);
    if (asker && option) return [`${question.name} (only when ${asker.name} is “${option.label}”)`];
    return [question.required ? question.name : `${question.name} (optional)`];
  });
}
