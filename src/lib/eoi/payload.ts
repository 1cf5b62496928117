/** What the form sends, and how posted form fields become the form's answers. */
import { FUTURE_INTAKE, isListKind, type Choice, type Question } from './questions.ts';
import { isAsked, listOf, textOf, type EoiSubmission, type EoiValues } from './schema.ts';

/** Fields the form service reads itself: the honeypot, the email subject, the no-JS redirect. */
export const HONEYPOT_FIELD = '_gotcha';
export const SUBJECT_FIELD = '_subject';
export const NEXT_FIELD = '_next';

/** The subject without JavaScript, when the form cannot name the applicant. */
export const PLAIN_SUBJECT = 'Expression of interest: communities of practice';
/** The same, when no intake is open: staff see at a glance it is for a future intake. */
export const FUTURE_PLAIN_SUBJECT = 'Interest in future communities of practice';

/** The subject the form posts without JavaScript. */
export const plainSubject = (future: boolean) => (future ? FUTURE_PLAIN_SUBJECT : PLAIN_SUBJECT);

/** How Formspree has shown a field posted more than once: its values joined with this. */
export const JOINED_BY = ', ';

/** What a ticked box posts: its label for a question sent by names (the CoPs), else its value. */
export const postedValue = (question: Question, option: Choice) =>
  question.sendsNames ? option.label : option.value;

/** The ticked boxes as staff read them: joined as the service joins a field posted more than once. */
export function joinedAnswer(question: Question, ticked: readonly string[]): string {
  const options = question.options ?? [];
  return ticked
    .map((value) => {
      const option = options.find((choice) => choice.value === value);
      return option ? postedValue(question, option) : value;
    })
    .join(JOINED_BY);
}

/** The option a posted value names, by value or, for a question sent by names, by label. */
const valueOf = (question: Question, posted: string) =>
  question.options?.find(
    (option) => option.value === posted || (question.sendsNames && option.label === posted),
  )?.value ?? posted;

/**
 * The answers in the shape the schema reads, from posted fields (FormData or URLSearchParams
 * entries) or a JSON object's entries: ticked boxes become a list of values (read from their
 * labels for a question sent by names), the last value of any other field wins, anything else
 * (files, numbers, fields the form does not ask) is left out. What it cannot read is kept for the
 * schema to refuse.
 */
export function valuesFromEntries(
  entries: Iterable<readonly [string, unknown]>,
  questions: readonly Question[],
): EoiValues {
  const values: EoiValues = Object.fromEntries(
    questions.map((question) => [question.id, isListKind(question.kind) ? [] : '']),
  );
  for (const [name, value] of entries) {
    const question = questions.find((asked) => asked.id === name);
    if (!question) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item !== 'string') continue;
      if (isListKind(question.kind)) listOf(values, name).push(valueOf(question, item));
      else values[name] = item;
    }
  }
  return values;
}

/**
 * Ticked boxes the island sent as one text, joined with ", ", split into one entry each as the
 * boxes post them without JavaScript (for the local inbox, which reads what the island sends).
 * A value it cannot read whole is left as it is.
 */
export function splitJoined(
  entries: Iterable<readonly [string, unknown]>,
  questions: readonly Question[],
): (readonly [string, unknown])[] {
  const split = (question: Question, posted: string): string[] => {
    // Longest first, so an option that starts another is not taken for it.
    const names = (question.options ?? [])
      .map((option) => postedValue(question, option))
      .sort((a, b) => b.length - a.length);
    const found: string[] = [];
    for (let rest = posted; rest !== '';) {
      const name = names.find((one) => rest === one || rest.startsWith(`${one}${JOINED_BY}`));
      if (name === undefined) return [posted];
      found.push(name);
      rest = rest.slice(name.length + JOINED_BY.length);
    }
    return found;
  };
  return [...entries].flatMap(([name, value]) => {
    const question = questions.find((asked) => asked.id === name);
    return question && isListKind(question.kind) && typeof value === 'string'
      ? split(question, value).map((one) => [name, one] as const)
      : [[name, value] as const];
  });
}

/** The email subject: what it is, who sent it, for which CoPs, and their reference. */
export function subjectLine(
  submission: EoiSubmission,
  questions: readonly Question[],
  reference: string,
): string {
  const cops = questions.find((question) => question.id === 'cops');
  const names = cops ? joinedAnswer(cops, listOf(submission, 'cops')) : '';
  const who = `${textOf(submission, 'givenName')} ${textOf(submission, 'familyName')}`;
  const what =
    textOf(submission, 'intake') === FUTURE_INTAKE.value
      ? FUTURE_PLAIN_SUBJECT
      : 'Expression of interest';
  return `${what} from ${who}: ${names} (${reference})`;
}

/**
 * The JSON the island sends: each answer given (ticked boxes joined with ", ", the CoPs by name,
 * as the service records boxes ticked without JavaScript: staff read the same either way), the
 * reference, the subject and the honeypot. A question not asked (its option not chosen) is left out.
 */
export function buildPayload(
  submission: EoiSubmission,
  extra: { questions: readonly Question[]; reference: string; honeypot: string },
): Record<string, string> {
  const payload: Record<string, string> = {};
  for (const question of extra.questions) {
    if (!isAsked(question, submission)) continue;
    const value = isListKind(question.kind)
      ? joinedAnswer(question, listOf(submission, question.id))
      : textOf(submission, question.id);
    if (value !== '') payload[question.id] = value;
  }
  payload['reference'] = extra.reference;
  payload[SUBJECT_FIELD] = subjectLine(submission, extra.questions, extra.reference);
  payload[HONEYPOT_FIELD] = extra.honeypot;
  return payload;
}
