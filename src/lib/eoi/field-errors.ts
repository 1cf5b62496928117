/** Errors for the applicant: one per question, in the form's order, saying what to do. */
import type { Question } from './questions.ts';
import { EMAIL_FORMAT_MESSAGE } from './schema.ts';

export interface FieldError {
  /** The question's id. */
  field: string;
  message: string;
}

/** What zod reports, reduced to what is read here. */
export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

const questionOf = (questions: readonly Question[], name: unknown) =>
  questions.find((question) => question.id === name);

/** Puts errors in the form's order and keeps only the first for each question. */
function inFormOrder(errors: readonly FieldError[], questions: readonly Question[]): FieldError[] {
  return questions.flatMap(({ id }) => errors.find((error) => error.field === id) ?? []);
}

/** The schema's issues as field errors; an issue about no question is dropped. */
export function errorsFromIssues(
  issues: readonly Issue[],
  questions: readonly Question[],
): FieldError[] {
  const errors = issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message }));
  return inFormOrder(errors, questions);
}

/** A field error as the form service reports it (Formspree's `{ field, code, message }`). */
export interface ServiceFieldError {
  readonly code: string;
  readonly message: string;
}

/** The service's field errors on our questions, and its other complaints as sentences. */
export interface MappedServiceErrors {
  errors: FieldError[];
  messages: string[];
}

/**
 * Maps the service's 422 onto the questions. Formspree's own wording ("should be an email")
 * is replaced by ours where its code says what went wrong; otherwise its message is kept.
 */
export function errorsFromService(
  fieldErrors: readonly (readonly [PropertyKey, readonly ServiceFieldError[]])[],
  questions: readonly Question[],
): MappedServiceErrors {
  const errors: FieldError[] = [];
  const messages: string[] = [];
  for (const [name, problems] of fieldErrors) {
    const [problem] = problems;
    if (!problem) continue;
    const question = questionOf(questions, name);
    if (question) errors.push({ field: question.id, message: serviceMessage(question, problem) });
    else messages.push(sentence(`${String(name)}: ${problem.message}`));
  }
  return { errors: inFormOrder(errors, questions), messages };
}

function serviceMessage(question: Question, problem: ServiceFieldError): string {
  if (problem.code === 'REQUIRED_FIELD_EMPTY' || problem.code === 'REQUIRED_FIELD_MISSING') {
    return question.missing;
  }
  if (problem.code === 'TYPE_EMAIL') return EMAIL_FORMAT_MESSAGE;
  const message = problem.message.trim();
  return message ? sentence(message) : `Check your answer to "${question.name}"`;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
