/**
 * The expression of interest form's questions, declared once: each question's id (the name the
 * form service receives), its kind, and where its words come from. The words are content
 * (content/form.yaml, checked by src/schemas/form.ts); the schema, empty values, labels,
 * messages, confirmation, draft, payload, local inbox and the form itself are made from the
 * questions `resolveQuestions` returns.
 */

/** An option of a choice question: what is sent, what people read, and a line of help if needed. */
export interface Choice {
  value: string;
  label: string;
  hint?: string | undefined;
  /** Shown under the option while it is chosen (a CSS reveal that works without JavaScript). */
  note?: string | undefined;
  /** Shown but cannot be chosen, and why: "Full: no new expressions of interest for …". */
  unavailable?: string | undefined;
}

/** Whether an option can be chosen: it is offered and not shown as unavailable. */
export const canChoose = (options: readonly Choice[] | undefined, value: string) =>
  !!options?.some((option) => option.value === value && !option.unavailable);

/** The kinds of question staff may add in content/form.yaml. */
export const STAFF_KINDS = ['short-text', 'long-text', 'one-choice', 'several-choices'] as const;
export type StaffKind = (typeof STAFF_KINDS)[number];
/** Every kind the form asks: the staff's, and two with a format of their own. */
export type QuestionKind = StaffKind | 'email' | 'phone';

/** What kinds of answer hold a list (ticked boxes); every other holds one text. */
export const isListKind = (kind: QuestionKind) => kind === 'several-choices';
export const isChoiceKind = (kind: QuestionKind) =>
  kind === 'one-choice' || kind === 'several-choices';
export const isTextKind = (kind: QuestionKind) => !isChoiceKind(kind);

/** The longest answer a text question takes when content/form.yaml gives it no `limit`. */
export const DEFAULT_LIMITS: Partial<Record<QuestionKind, number>> = {
  'short-text': 200,
  'long-text': 1000,
  email: 254,
};

/** One of the form's own questions: what code knows of it beyond its words. */
interface OwnQuestion {
  kind: QuestionKind;
  /** The programme cannot work without it: it cannot be switched off or made optional. */
  fixed?: true;
  /** Its options come from other content: the CoPs, or the intakes taking interest. */
  optionsFrom?: 'cops' | 'intakes';
  /** What the browser may fill in (the HTML autocomplete token). */
  autocomplete?: string;
  /** Asked only while this option of another question is chosen. */
  revealedBy?: { question: string; value: string };
  /** Its ticked boxes are sent by their labels (the CoPs' names), as staff read them. */
  sendsNames?: true;
  /** Left out of the confirmation's list of answers. */
  notInAnswers?: true;
  width?: 'short';
}

/** The form's own questions. Other ids in content/form.yaml are questions staff added. */
export const OWN_QUESTIONS: Readonly<Record<string, OwnQuestion>> = {
  cops: { kind: 'several-choices', fixed: true, optionsFrom: 'cops', sendsNames: true },
  intake: { kind: 'one-choice', fixed: true, optionsFrom: 'intakes' },
  givenName: { kind: 'short-text', fixed: true, autocomplete: 'given-name' },
  familyName: { kind: 'short-text', fixed: true, autocomplete: 'family-name' },
  email: { kind: 'email', fixed: true, autocomplete: 'email' },
  phone: { kind: 'phone', autocomplete: 'tel', width: 'short' },
  organisation: { kind: 'short-text', autocomplete: 'organization' },
  role: { kind: 'short-text', autocomplete: 'organization-title' },
  workSetting: { kind: 'one-choice' },
  workSettingOther: {
    kind: 'short-text',
    revealedBy: { question: 'workSetting', value: 'other' },
  },
  location: { kind: 'one-choice' },
  experience: { kind: 'one-choice' },
  hopes: { kind: 'long-text' },
  accessNeeds: { kind: 'long-text' },
  faceToFace: { kind: 'one-choice' },
  privacy: { kind: 'several-choices', fixed: true, notInAnswers: true },
};

/** The questions the programme cannot work without. */
export const FIXED_QUESTIONS = Object.keys(OWN_QUESTIONS).filter((id) => OWN_QUESTIONS[id]?.fixed);

/** Names the form sends or the inbox records beside the answers: no question may take them. */
export const RESERVED_IDS = ['reference', 'subject', 'form', 'receivedAt', 'sessionData'];

/** A question as the form asks it: its declaration and its words, ready for the island. */
export interface Question {
  id: string;
  kind: QuestionKind;
  /** The question as the form asks it. */
  label: string;
  /** A short name for its answer: in the confirmation, the inbox and the too-long message. */
  name: string;
  hint?: string | undefined;
  /** What to do when it is not answered as it must be: "Enter your given name". */
  missing: string;
  required: boolean;
  /** The most characters a text answer may have. */
  limit?: number | undefined;
  options?: readonly Choice[] | undefined;
  /** Starts a section of the form with this heading. */
  section?: string | undefined;
  autocomplete?: string | undefined;
  revealedBy?: { question: string; value: string } | undefined;
  sendsNames?: boolean | undefined;
  notInAnswers?: boolean | undefined;
  width?: 'short' | undefined;
  /** Already answered and not shown: the intake, when the form takes interest in future CoPs. */
  hidden?: boolean | undefined;
  /** The answer it starts with: the only intake on offer. */
  preset?: string | undefined;
}

/** The form as the island asks it. */
export interface EoiQuestions {
  /** No intake is taking expressions of interest: the form registers interest in future CoPs. */
  future: boolean;
  questions: readonly Question[];
}

/** A question as content/form.yaml writes it (src/schemas/form.ts checks it). */
export interface QuestionContent {
  id: string;
  kind?: StaffKind | undefined;
  section?: string | undefined;
  label: string;
  name?: string | undefined;
  hint?: string | undefined;
  missing?: string | undefined;
  optional?: boolean | undefined;
  off?: boolean | undefined;
  limit?: number | undefined;
  options?: readonly Choice[] | undefined;
}

/**
 * What is recorded as the intake when none is taking expressions of interest: the form then
 * registers interest in future CoPs, and asks no intake question.
 */
export const FUTURE_INTAKE = {
  value: 'future',
  label: 'Future communities of practice',
} as const satisfies Choice;

/** What the questions need from the rest of the content. */
export interface QuestionSources {
  cops: readonly Choice[];
  /** The intakes taking expressions of interest; none means interest in future CoPs. */
  intakes: readonly Choice[];
  /** Who the CoPs are for ("Victorian-based practitioners"), for `{eligibility}` in notes. */
  eligibility: string;
}

/** The form's questions, from content/form.yaml and the CoPs and intakes on offer. */
export function resolveQuestions(
  content: readonly QuestionContent[],
  sources: QuestionSources,
): EoiQuestions {
  const future = sources.intakes.length === 0;
  const fill = (text: string | undefined) => text?.replaceAll('{eligibility}', sources.eligibility);
  const asked = content.filter((question) => !question.off);
  const questions = asked.map((written): Question => {
    const own = OWN_QUESTIONS[written.id];
    const kind = own?.kind ?? written.kind ?? 'short-text';
    const options =
      own?.optionsFrom === 'cops'
        ? sources.cops
        : own?.optionsFrom === 'intakes'
          ? future
            ? [FUTURE_INTAKE]
            : sources.intakes
          : written.options?.map((option) => ({ ...option, note: fill(option.note) }));
    const only = own?.optionsFrom === 'intakes' && options?.length === 1 ? options[0] : undefined;
    return {
      id: written.id,
      kind,
      label: written.label,
      name: written.name ?? written.label,
      hint: fill(written.hint),
      missing: written.missing ?? '',
      required: !written.optional,
      limit: isTextKind(kind) ? (written.limit ?? DEFAULT_LIMITS[kind]) : undefined,
      options: isChoiceKind(kind) ? (options ?? []) : undefined,
      section: written.section,
      autocomplete: own?.autocomplete,
      revealedBy: own?.revealedBy,
      sendsNames: own?.sendsNames,
      notInAnswers: own?.notInAnswers,
      width: own?.width,
      hidden: own?.optionsFrom === 'intakes' && future ? true : undefined,
      preset: only?.value,
    };
  });
  // A question asked with an option of another is not asked when that option is not offered.
  const offers = ({ question, value }: { question: string; value: string }) =>
    questions.some(
      (other) => other.id === question && other.options?.some((option) => option.value === value),
    );
  return {
    future,
    questions: questions.filter((question) => !question.revealedBy || offers(question.revealedBy)),
  };
}
