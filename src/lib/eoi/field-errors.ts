/** Errors for the applicant: one per question, in the form's order, saying what to do. */
import {
  EMAIL_FORMAT_MESSAGE,
  EOI_FIELDS,
  EOI_LABELS,
  REQUIRED_MESSAGES,
  type EoiField,
} from './schema.ts';

export interface FieldError {
  field: EoiField;
  message: string;
}

/** What zod reports, reduced to what is read here. */
export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

const isField = (name: unknown): name is EoiField => EOI_FIELDS.includes(name as EoiField);

/** Puts errors in the form's order and keeps only the first for each question. */
function inFormOrder(errors: readonly FieldError[]): FieldError[] {
  return EOI_FIELDS.flatMap((field) => errors.find((error) => error.field === field) ?? []);
}

/** The schema's issues as field errors; an issue about no question is dropped. */
export function errorsFromIssues(issues: readonly Issue[]): FieldError[] {
  return inFormOrder(
    issues.flatMap((issue) => {
      const field = issue.path[0];
      return isField(field) ? [{ field, message: issue.message }] : [];
    }),
  );
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
): MappedServiceErrors {
  const errors: FieldError[] = [];
  const messages: string[] = [];
  for (const [name, problems] of fieldErrors) {
    const [problem] = problems;
    if (!problem) continue;
    if (!isField(name)) {
      messages.push(sentence(`${String(name)}: ${problem.message}`));
      continue;
    }
    errors.push({ field: name, message: serviceMessage(name, problem) });
  }
  return { errors: inFormOrder(errors), messages };
}

function serviceMessage(field: EoiField, problem: ServiceFieldError): string {
  if (problem.code === 'REQUIRED_FIELD_EMPTY' || problem.code === 'REQUIRED_FIELD_MISSING') {
    return REQUIRED_MESSAGES[field];
  }
  if (problem.code === 'TYPE_EMAIL') return EMAIL_FORMAT_MESSAGE;
  const message = problem.message.trim();
  return message ? sentence(message) : `Check your answer to "${EOI_LABELS[field]}"`;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
