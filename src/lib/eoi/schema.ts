/**
 * The expression of interest (EOI) form: one schema for the island, the local inbox and the tests.
 * zod/mini keeps it small enough for the browser; the options (CoPs and intakes from the content,
 * the fixed lists below) are passed in, so the island gets their labels as props, not as code.
 */
import * as z from 'zod/mini';

/** An option of a question: what is sent, what people read, and a line of help if needed. */
export interface Choice {
  value: string;
  label: string;
  hint?: string | undefined;
}

/**
 * What is recorded as the intake when none is taking expressions of interest: the form then
 * registers interest in future CoPs, and asks no intake question.
 */
export const FUTURE_INTAKE = {
  value: 'future',
  label: 'Future communities of practice',
} as const satisfies Choice;

/** Where the applicant works; "other" asks them to name it. */
export const WORK_SETTINGS = [
  { value: 'local-government', label: 'Local government' },
  { value: 'community-health', label: 'Community health' },
  { value: 'womens-health', label: "Women's health" },
  { value: 'family-violence', label: 'Family violence or specialist service' },
  { value: 'school', label: 'School or early childhood education' },
  { value: 'tertiary', label: 'Tertiary education or TAFE' },
  { value: 'community-organisation', label: 'Community organisation or not-for-profit' },
  { value: 'government', label: 'State or Commonwealth government' },
  { value: 'other', label: 'Other' },
] as const satisfies readonly Choice[];

/** Where in Victoria they work; the CoPs are for Victorian-based practitioners. */
export const LOCATIONS = [
  { value: 'metropolitan-melbourne', label: 'Metropolitan Melbourne' },
  { value: 'regional-victoria', label: 'Regional Victoria' },
  { value: 'rural-victoria', label: 'Rural Victoria' },
  { value: 'outside-victoria', label: 'Outside Victoria' },
] as const satisfies readonly Choice[];

/** The location that gets the "for Victorian-based practitioners" note. */
export const OUTSIDE_VICTORIA = 'outside-victoria';

/** How long they have worked in prevention. */
export const EXPERIENCE = [
  { value: 'less-than-1', label: 'Less than 1 year' },
  { value: '1-to-3', label: '1 to 3 years' },
  { value: '4-to-10', label: '4 to 10 years' },
  { value: 'more-than-10', label: 'More than 10 years' },
] as const satisfies readonly Choice[];

/** Whether they would like some sessions face to face. */
export const FACE_TO_FACE = [
  { value: 'yes', label: 'Yes, I would like some sessions face to face' },
  { value: 'no', label: 'No, online suits me' },
  { value: 'unsure', label: 'Not sure' },
] as const satisfies readonly Choice[];

/** The longest answer to each free-text question, in characters. */
export const LIMITS = {
  name: 100,
  email: 254,
  organisation: 200,
  role: 200,
  workSettingOther: 200,
  longAnswer: 1000,
} as const;

/** Every question, in the order the form asks them: errors are listed in this order. */
export const EOI_FIELDS = [
  'cops',
  'intake',
  'givenName',
  'familyName',
  'email',
  'phone',
  'organisation',
  'role',
  'workSetting',
  'workSettingOther',
  'location',
  'experience',
  'hopes',
  'accessNeeds',
  'faceToFace',
  'privacy',
] as const;

export type EoiField = (typeof EOI_FIELDS)[number];

/** The answers as the form holds them: text as typed, boxes ticked as a list of values. */
export type EoiValues = { cops: string[] } & Record<Exclude<EoiField, 'cops'>, string>;

/** A form with nothing filled in. */
export const EMPTY_VALUES: EoiValues = {
  cops: [],
  intake: '',
  givenName: '',
  familyName: '',
  email: '',
  phone: '',
  organisation: '',
  role: '',
  workSetting: '',
  workSettingOther: '',
  location: '',
  experience: '',
  hopes: '',
  accessNeeds: '',
  faceToFace: '',
  privacy: '',
};

/** A short name for each answer, for the confirmation and the inbox. */
export const EOI_LABELS: Record<EoiField, string> = {
  cops: 'Communities of practice',
  intake: 'Intake',
  givenName: 'Given name',
  familyName: 'Family name',
  email: 'Email address',
  phone: 'Phone number',
  organisation: 'Organisation',
  role: 'Role or position',
  workSetting: 'Work setting',
  workSettingOther: 'Other work setting',
  location: 'Where you work',
  experience: 'Time in prevention work',
  hopes: 'What you hope to gain',
  accessNeeds: 'Access or support needs',
  faceToFace: 'Face-to-face sessions',
  privacy: 'Privacy collection notice',
};

/** What each question says when it needs an answer, GOV.UK style: say what to do. */
export const REQUIRED_MESSAGES: Record<EoiField, string> = {
  cops: 'Select at least one community of practice',
  intake: 'Select the intake you are interested in',
  givenName: 'Enter your given name',
  familyName: 'Enter your family name',
  email: 'Enter your email address',
  phone: 'Enter a phone number, like 03 9123 4567 or 0412 345 678',
  organisation: 'Enter the name of your organisation',
  role: 'Enter your role or position',
  workSetting: 'Select the setting you work in',
  workSettingOther: 'Enter the setting you work in',
  location: 'Select where you work',
  experience: 'Select how long you have worked in prevention',
  hopes: 'Enter what you hope to gain',
  accessNeeds: 'Enter your access or support needs',
  faceToFace: 'Select whether you would like some sessions face to face',
  privacy: 'Confirm that you have read the privacy collection notice',
};

/** The message for an email address that is not one. */
export const EMAIL_FORMAT_MESSAGE =
  'Enter an email address in the correct format, like name@example.com';

const tooLong = (what: string, max: number) =>
  `${what} must be ${max.toLocaleString('en-AU')} characters or fewer`;

/** Text, trimmed; zod/mini's refine is used for every check to keep the browser bundle small. */
const text = (error: string) => z.string({ error }).check(z.trim());

/** An answer that must be given, and not be too long. */
function requiredText(field: EoiField, max: number, what: string) {
  const error = REQUIRED_MESSAGES[field];
  return text(error).check(
    z.refine((value) => value !== '', error),
    z.refine((value) => value.length <= max, tooLong(what, max)),
  );
}

/** An answer that may be left blank, but not be too long. */
function optionalText(field: EoiField, max: number, what: string) {
  return text(REQUIRED_MESSAGES[field]).check(
    z.refine((value) => value.length <= max, tooLong(what, max)),
  );
}

/** One of the options offered (or, if optional, none); anything else gets the question's message. */
function oneOf(field: EoiField, options: readonly Choice[], optional = false) {
  const error = REQUIRED_MESSAGES[field];
  return text(error).check(
    z.refine(
      (value) => (optional && value === '') || options.some((option) => option.value === value),
      error,
    ),
  );
}

/** Digits with the spaces, brackets, dashes and leading + people write; 8 to 15 digits. */
function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^\+?[\d\s()-]+$/.test(value) && digits >= 8 && digits <= 15;
}

/** Something@something.something, no spaces: typos caught here, the rest by the reply. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** The options the form offers: CoPs and intakes from the content, the fixed lists from here. */
export interface EoiOptions {
  cops: readonly Choice[];
  intakes: readonly Choice[];
  workSettings: readonly Choice[];
  locations: readonly Choice[];
  experience: readonly Choice[];
  faceToFace: readonly Choice[];
}

/** Whether the form registers interest in future CoPs: no intake is taking expressions of interest. */
export const takesFutureInterest = (options: Pick<EoiOptions, 'intakes'>) =>
  options.intakes.length === 0;

/** The intakes an answer may name: those on offer, or only "future" when there are none. */
export const intakeChoices = (options: Pick<EoiOptions, 'intakes'>): readonly Choice[] =>
  takesFutureInterest(options) ? [FUTURE_INTAKE] : options.intakes;

/** The form's options, given the CoPs and intakes on offer. */
export function eoiOptions(cops: readonly Choice[], intakes: readonly Choice[]): EoiOptions {
  return {
    cops,
    intakes,
    workSettings: WORK_SETTINGS,
    locations: LOCATIONS,
    experience: EXPERIENCE,
    faceToFace: FACE_TO_FACE,
  };
}

/**
 * The schema for one expression of interest, for the options on offer. It reads every field
 * as text (or a list, for CoPs): turn posted fields into that shape with `valuesFromEntries`.
 */
export function createEoiSchema(options: EoiOptions) {
  return z
    .object({
      cops: z
        .array(z.string(), { error: REQUIRED_MESSAGES.cops })
        .check(
          z.refine(
            (ids) =>
              ids.length > 0 && ids.every((id) => options.cops.some((cop) => cop.value === id)),
            REQUIRED_MESSAGES.cops,
          ),
        ),
      intake: oneOf('intake', intakeChoices(options)),
      givenName: requiredText('givenName', LIMITS.name, 'Given name'),
      familyName: requiredText('familyName', LIMITS.name, 'Family name'),
      email: requiredText('email', LIMITS.email, 'Email address').check(
        z.refine((email) => email === '' || EMAIL_PATTERN.test(email), EMAIL_FORMAT_MESSAGE),
      ),
      phone: text(REQUIRED_MESSAGES.phone).check(
        z.refine((phone) => phone === '' || isPhoneNumber(phone), REQUIRED_MESSAGES.phone),
      ),
      organisation: requiredText('organisation', LIMITS.organisation, 'Organisation'),
      role: requiredText('role', LIMITS.role, 'Role or position'),
      workSetting: oneOf('workSetting', options.workSettings),
      workSettingOther: optionalText(
        'workSettingOther',
        LIMITS.workSettingOther,
        'Your work setting',
      ),
      location: oneOf('location', options.locations),
      experience: oneOf('experience', options.experience),
      hopes: optionalText('hopes', LIMITS.longAnswer, 'What you hope to gain'),
      accessNeeds: optionalText('accessNeeds', LIMITS.longAnswer, 'Access or support needs'),
      faceToFace: oneOf('faceToFace', options.faceToFace, true),
      privacy: oneOf('privacy', [{ value: 'yes', label: 'Yes' }]),
    })
    .check(
      z.refine((answers) => answers.workSetting !== 'other' || answers.workSettingOther !== '', {
        error: REQUIRED_MESSAGES.workSettingOther,
        path: ['workSettingOther'],
        // Run even when other answers have errors, so every error shows on the first submit.
        when: (payload) => typeof payload.value === 'object' && payload.value !== null,
      }),
    );
}

export type EoiSchema = ReturnType<typeof createEoiSchema>;
/** A checked expression of interest: every answer trimmed, blanks as empty text. */
export type EoiSubmission = z.output<EoiSchema>;
