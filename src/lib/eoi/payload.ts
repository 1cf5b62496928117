/** What the form sends, and how posted form fields become the form's answers. */
import {
  EMPTY_VALUES,
  EOI_FIELDS,
  FUTURE_INTAKE,
  takesFutureInterest,
  type Choice,
  type EoiField,
  type EoiOptions,
  type EoiSubmission,
  type EoiValues,
} from './schema.ts';

/** Fields the form service reads itself: the honeypot, the email subject, the no-JS redirect. */
export const HONEYPOT_FIELD = '_gotcha';
export const SUBJECT_FIELD = '_subject';
export const NEXT_FIELD = '_next';

/** The subject without JavaScript, when the form cannot name the applicant. */
export const PLAIN_SUBJECT = 'Expression of interest: communities of practice';
/** The same, when no intake is open: staff see at a glance it is for a future intake. */
export const FUTURE_PLAIN_SUBJECT = 'Interest in future communities of practice';

/** The subject the form posts without JavaScript, for the options on offer. */
export const plainSubject = (options: Pick<EoiOptions, 'intakes'>) =>
  takesFutureInterest(options) ? FUTURE_PLAIN_SUBJECT : PLAIN_SUBJECT;

const isTextField = (name: string): name is Exclude<EoiField, 'cops'> =>
  name !== 'cops' && EOI_FIELDS.includes(name as EoiField);

/** How Formspree has shown a field posted more than once: its values joined with this. */
export const JOINED_BY = ', ';

/** The CoPs' names, joined as the service joins ticked boxes: what staff read. */
export function copNames(ids: readonly string[], cops: readonly Choice[]): string {
  return ids.map((id) => cops.find((cop) => cop.value === id)?.label ?? id).join(JOINED_BY);
}

/** The CoP a posted `cops` value names, by id or by name (what a ticked box posts). */
const copIdOf = (posted: string, cops: readonly Choice[]) =>
  cops.find((cop) => cop.value === posted || cop.label === posted)?.value ?? posted;

/**
 * The answers in the shape the schema reads, from posted fields (FormData or URLSearchParams
 * entries) or a JSON object's entries: ticked boxes become a list of CoP ids (read from their
 * names when `cops` are given), the last value of any other field wins, anything else (files,
 * numbers, fields the form does not ask) is left out. What it cannot read is kept for the schema
 * to refuse.
 */
export function valuesFromEntries(
  entries: Iterable<readonly [string, unknown]>,
  cops: readonly Choice[] = [],
): EoiValues {
  const values: EoiValues = { ...EMPTY_VALUES, cops: [] };
  for (const [name, value] of entries) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item !== 'string') continue;
      if (name === 'cops') values.cops.push(copIdOf(item, cops));
      else if (isTextField(name)) values[name] = item;
    }
  }
  return values;
}

/**
 * The island's `cops`, names joined with ", ", split into one entry per CoP as ticked boxes post
 * them (for the local inbox, which reads what the island sends). A value it cannot read whole
 * is left as it is.
 */
export function splitJoinedCops(
  entries: Iterable<readonly [string, unknown]>,
  cops: readonly Choice[],
): (readonly [string, unknown])[] {
  // Longest names first, so a name that starts another is not taken for it.
  const byLength = [...cops].sort((a, b) => b.label.length - a.label.length);
  const split = (posted: string): string[] => {
    const names: string[] = [];
    for (let rest = posted; rest !== '';) {
      const cop = byLength.find(
        ({ label }) => rest === label || rest.startsWith(`${label}${JOINED_BY}`),
      );
      if (!cop) return [posted];
      names.push(cop.label);
      rest = rest.slice(cop.label.length + JOINED_BY.length);
    }
    return names;
  };
  return [...entries].flatMap(([name, value]) =>
    name === 'cops' && typeof value === 'string'
      ? split(value).map((one) => [name, one] as const)
      : [[name, value] as const],
  );
}

/** The email subject: what it is, who sent it, for which CoPs, and their reference. */
export function subjectLine(
  submission: Pick<EoiSubmission, 'givenName' | 'familyName' | 'cops' | 'intake'>,
  options: Pick<EoiOptions, 'cops'>,
  reference: string,
): string {
  const cops = copNames(submission.cops, options.cops);
  const what =
    submission.intake === FUTURE_INTAKE.value ? FUTURE_PLAIN_SUBJECT : 'Expression of interest';
  return `${what} from ${submission.givenName} ${submission.familyName}: ${cops} (${reference})`;
}

/**
 * The JSON the island sends: the checked answers, the reference, the subject and the honeypot.
 * The CoPs go as their names joined with ", ", as the service records the boxes ticked without
 * JavaScript: staff read the same either way.
 */
export function buildPayload(
  submission: EoiSubmission,
  extra: { options: Pick<EoiOptions, 'cops'>; reference: string; honeypot: string },
): Record<string, string> {
  const payload: Record<string, string> = {};
  for (const [name, value] of Object.entries(submission)) {
    if (typeof value === 'string' && value !== '') payload[name] = value;
  }
  payload['cops'] = copNames(submission.cops, extra.options.cops);
  payload['reference'] = extra.reference;
  payload[SUBJECT_FIELD] = subjectLine(submission, extra.options, extra.reference);
  payload[HONEYPOT_FIELD] = extra.honeypot;
  return payload;
}
