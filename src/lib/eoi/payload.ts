/** What the form sends, and how posted form fields become the form's answers. */
import {
  EMPTY_VALUES,
  EOI_FIELDS,
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

const isTextField = (name: string): name is Exclude<EoiField, 'cops'> =>
  name !== 'cops' && EOI_FIELDS.includes(name as EoiField);

/**
 * The answers in the shape the schema reads, from posted fields (FormData or URLSearchParams
 * entries) or a JSON object's entries: ticked boxes become a list, the last value of any other
 * field wins, anything else (files, numbers, fields the form does not ask) is left out.
 */
export function valuesFromEntries(entries: Iterable<readonly [string, unknown]>): EoiValues {
  const values: EoiValues = { ...EMPTY_VALUES, cops: [] };
  for (const [name, value] of entries) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item !== 'string') continue;
      if (name === 'cops') values.cops.push(item);
      else if (isTextField(name)) values[name] = item;
    }
  }
  return values;
}

/** The email subject: who applied, for which CoPs, and their reference. */
export function subjectLine(
  submission: Pick<EoiSubmission, 'givenName' | 'familyName' | 'cops'>,
  options: Pick<EoiOptions, 'cops'>,
  reference: string,
): string {
  const cops = submission.cops.map(
    (id) => options.cops.find((cop) => cop.value === id)?.label ?? id,
  );
  return `Expression of interest from ${submission.givenName} ${submission.familyName}: ${cops.join(', ')} (${reference})`;
}

/** The JSON the island sends: the checked answers, the reference, the subject and the honeypot. */
export function buildPayload(
  submission: EoiSubmission,
  extra: { options: Pick<EoiOptions, 'cops'>; reference: string; honeypot: string },
): Record<string, string | string[]> {
  const payload: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(submission)) {
    if (value !== '') payload[name] = value;
  }
  payload['reference'] = extra.reference;
  payload[SUBJECT_FIELD] = subjectLine(submission, extra.options, extra.reference);
  payload[HONEYPOT_FIELD] = extra.honeypot;
  return payload;
}
