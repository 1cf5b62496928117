/**
 * The expression of interest (EOI) form's answers: one schema for the island, the local inbox and
 * the tests, made from the questions (./questions.ts). zod/mini keeps it small for the browser.
 */
import * as z from 'zod/mini';
import { canChoose, isListKind, type Question } from './questions.ts';

/** The answers as the form holds them: text as typed, boxes ticked as a list of values. */
export type EoiValues = Record<string, string | string[]>;

/** A question's answer as one text ('' for none, or for a list). */
export const textOf = (values: EoiValues, id: string): string => {
  const value = values[id];
  return typeof value === 'string' ? value : '';
};

/** A question's ticked boxes ([] for none, or for a text). */
export const listOf = (values: EoiValues, id: string): string[] => {
  const value = values[id];
  return Array.isArray(value) ? value : [];
};

/** A form with nothing filled in but what starts answered (the only intake on offer). */
export function emptyValues(questions: readonly Question[]): EoiValues {
  return Object.fromEntries(
    questions.map((question) => [
      question.id,
      isListKind(question.kind) ? [] : (question.preset ?? ''),
    ]),
  );
}

/** Whether a question is asked, given the answers: one asked with another's option needs it. */
export function isAsked(question: Question, values: EoiValues): boolean {
  const by = question.revealedBy;
  return !by || textOf(values, by.question) === by.value;
}

/** The message for an email address that is not one. */
export const EMAIL_FORMAT_MESSAGE =
  'Enter an email address in the correct format, like name@example.com';

const tooLong = (what: string, max: number) =>
  `${what} must be ${max.toLocaleString('en-AU')} characters or fewer`;

/** Digits with the spaces, brackets, dashes and leading + people write; 8 to 15 digits. */
function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^\+?[\d\s()-]+$/.test(value) && digits >= 8 && digits <= 15;
}

/** Something@something.something, no spaces: typos caught here, the rest by the reply. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** The check of one question's answer; zod/mini's refine is used for each, to keep it small. */
function answerSchema(question: Question) {
  const { missing, limit } = question;
  // One asked with another's option is checked as required by the form as a whole.
  const required = question.required && !question.revealedBy;
  // An option shown as unavailable (a full CoP) cannot be sent, as it cannot be ticked.
  const offered = (value: string) => canChoose(question.options, value);
  if (isListKind(question.kind)) {
    return z
      .array(z.string(), { error: missing })
      .check(
        z.refine((ticked) => (ticked.length > 0 || !required) && ticked.every(offered), missing),
      );
  }
  const text = z.string({ error: missing }).check(z.trim());
  if (question.kind === 'one-choice') {
    return text.check(
      z.refine((value) => (value === '' && !required) || !!offered(value), missing),
    );
  }
  return text.check(
    z.refine((value) => value !== '' || !required, missing),
    z.refine(
      (value) => limit === undefined || value.length <= limit,
      tooLong(question.name, limit ?? 0),
    ),
    z.refine(
      (value) =>
        value === '' ||
        (question.kind === 'email'
          ? EMAIL_PATTERN.test(value)
          : question.kind !== 'phone' || isPhoneNumber(value)),
      question.kind === 'email' ? EMAIL_FORMAT_MESSAGE : missing,
    ),
  );
}

/**
 * The schema for one expression of interest. It reads every answer as text (or a list, for
 * ticked boxes): turn posted fields into that shape with `valuesFromEntries`.
 */
export function createEoiSchema(questions: readonly Question[]) {
  const shape = Object.fromEntries(
    questions.map((question) => [question.id, answerSchema(question)]),
  );
  const followUps = questions.filter((question) => question.revealedBy && question.required);
  return z.object(shape).check(
    ...followUps.map((question) =>
      z.refine(
        (answers) => {
          const values = answers as EoiValues;
          return !isAsked(question, values) || textOf(values, question.id) !== '';
        },
        {
          error: question.missing,
          path: [question.id],
          // Run even when other answers have errors, so every error shows on the first submit.
          when: (payload) => typeof payload.value === 'object' && payload.value !== null,
        },
      ),
    ),
  );
}

export type EoiSchema = ReturnType<typeof createEoiSchema>;
/** A checked expression of interest: every answer trimmed, blanks as empty text. */
export type EoiSubmission = EoiValues;
