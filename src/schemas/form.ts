import { z } from 'astro/zod';
import {
  FIXED_QUESTIONS,
  OWN_QUESTIONS,
  RESERVED_IDS,
  STAFF_KINDS,
  type StaffKind,
} from '../lib/eoi/questions.ts';

/** A question's id: what the form service receives its answer as. */
const QUESTION_ID = /^[a-z][a-zA-Z0-9-]*$/;
/** An option's value: lower-case words and numbers joined by hyphens. */
const OPTION_VALUE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const KIND_LABELS: Record<StaffKind, string> = {
  'short-text': 'Short text (a line)',
  'long-text': 'Long text (a box, with a count of characters left)',
  'one-choice': 'One choice (round buttons)',
  'several-choices': 'Several choices (tick boxes)',
};

/** An option of a choice question. */
const option = z.strictObject({
  /** What the form service receives when it is chosen: "regional-victoria". */
  value: z
    .string()
    .regex(OPTION_VALUE, { error: 'lower-case words joined by hyphens, like 1-to-3' })
    .meta({
      title: 'Value',
      description:
        'What staff receive when it is chosen: lower-case words joined by hyphens, like "regional-victoria". Keep it when you reword the option.',
    }),
  /** What people read beside it. */
  label: z.string().min(1).meta({ title: 'Words', description: 'What people read beside it.' }),
  /** A line of help under it. */
  hint: z
    .string()
    .min(1)
    .optional()
    .meta({ title: 'Hint', description: 'A line of help under the option, if it needs one.' }),
  /** Shown under it while it is chosen; {eligibility} is the programme year's eligibility. */
  note: z.string().min(1).optional().meta({
    multiline: true,
    title: 'Note when chosen',
    description:
      'Shown under the option while it is chosen. Write {eligibility} for who the CoPs are for, from the programme year.',
  }),
});

/** One question of the form. */
const question = z.strictObject({
  /** The name its answer is sent under; the form's own questions keep theirs (givenName, email …). */
  id: z
    .string()
    .regex(QUESTION_ID, {
      error:
        'a name of letters, digits and hyphens starting with a lower-case letter, like years-in-role',
    })
    .meta({
      title: 'Id',
      description:
        'The name staff receive its answer under, like "years-in-role". Never change it once the form is published, even when you reword the question; the form\'s own questions keep theirs (cops, intake, givenName, …).',
    }),
  /** For a question staff add: what kind of answer it takes. */
  kind: z.enum(STAFF_KINDS).optional().meta({
    title: 'Kind',
    description:
      "For a question you add: the kind of answer it takes. Leave empty for the form's own questions.",
    optionLabels: KIND_LABELS,
  }),
  /** Starts a new part of the form, with this heading. */
  section: z.string().min(1).optional().meta({
    title: 'Section heading',
    description: 'Starts a new part of the form with this heading, like "About you".',
  }),
  /** The question as the form asks it. */
  label: z
    .string()
    .min(1)
    .meta({ title: 'Question', description: 'The question as the form asks it.' }),
  /** A short name for the answer: the confirmation, the inbox, the too-long message and the privacy notice use it. */
  name: z.string().min(1).optional().meta({
    title: 'Short name',
    description:
      'A short name for the answer, like "Where you work": in the applicant\'s confirmation, the inbox and the privacy notice. The question when left empty.',
  }),
  /** A line of help under the question. */
  hint: z
    .string()
    .min(1)
    .optional()
    .meta({ title: 'Hint', description: 'A line of help under the question.' }),
  /** What the form says when it is not answered as it must be: "Enter your role or position". */
  missing: z.string().min(1).optional().meta({
    title: 'Message when unanswered',
    description:
      'What the form says when an answer is needed, saying what to do: "Enter your role or position". Needed for every required question and every choice.',
  }),
  /** The applicant may leave it blank; the programme's own needed questions cannot be optional. */
  optional: z.boolean().optional().meta({
    title: 'Optional',
    description: 'People may leave it blank; the form adds "(optional)" to it.',
  }),
  /** Not asked, but kept with its words to switch back on. */
  off: z.boolean().optional().meta({
    title: 'Switched off',
    description: 'The form does not ask it; its words stay here to switch it back on.',
  }),
  /** The most characters a text answer may have. */
  limit: z
    .number({ error: 'a whole number above zero, like 200' })
    .int({ error: 'a whole number above zero, like 200' })
    .positive({ error: 'a whole number above zero, like 200' })
    .optional()
    .meta({
      title: 'Most characters',
      description:
        'For a text answer: the most characters it may have (200 for a line, 1000 for a box when empty).',
    }),
  /** The choices of a choice question, in order. */
  options: z
    .array(option.meta({ title: 'Option' }))
    .optional()
    .meta({ title: 'Options', description: 'For a choice: what people choose from, in order.' }),
});

export type QuestionInput = z.input<typeof question>;

type Issue = { path: (string | number)[]; input: unknown; message: string };

/** The mistakes one question can make that its fields alone do not show. */
function questionIssues(written: z.infer<typeof question>, index: number): Issue[] {
  const at = (field: string) => ['questions', index, field];
  const own = OWN_QUESTIONS[written.id];
  const kind = own?.kind ?? written.kind;
  const issues: Issue[] = [];
  if (own?.fixed && written.off) {
    issues.push({
      path: at('off'),
      input: true,
      message: `it left out: the programme cannot work without "${written.id}"; change its words instead`,
    });
  }
  if (own?.fixed && written.optional) {
    issues.push({
      path: at('optional'),
      input: true,
      message: `it left out: the programme needs an answer to "${written.id}"`,
    });
  }
  if (own && written.kind) {
    issues.push({
      path: at('kind'),
      input: written.kind,
      message: `it left out: "${written.id}" is one of the form's own questions, whose kind cannot change`,
    });
  }
  if (!own && !written.kind) {
    issues.push({
      path: at('kind'),
      input: undefined,
      message: `one of ${STAFF_KINDS.map((one) => `"${one}"`).join(', ')} for a question you add`,
    });
  }
  if (RESERVED_IDS.includes(written.id)) {
    issues.push({
      path: at('id'),
      input: written.id,
      message: `an id the form does not use itself (${RESERVED_IDS.map((id) => `"${id}"`).join(', ')})`,
    });
  }
  const choice = kind === 'one-choice' || kind === 'several-choices';
  if (choice && !own?.optionsFrom && (written.options ?? []).length === 0) {
    issues.push({
      path: at('options'),
      input: written.options,
      message: 'at least one option: a choice question needs something to choose',
    });
  }
  if (own?.optionsFrom && written.options) {
    issues.push({
      path: at('options'),
      input: written.options,
      message: `it left out: the ${own.optionsFrom === 'cops' ? 'CoPs' : 'intakes'} are the options, from their own files`,
    });
  }
  const needsMessage = choice || !written.optional;
  if (needsMessage && !written.missing) {
    issues.push({
      path: at('missing'),
      input: undefined,
      message: 'the words shown when it needs an answer, like "Enter your role or position"',
    });
  }
  return issues;
}

/** `content/form.yaml`: the expression of interest form's introduction and questions. */
export const formSchema = z
  .strictObject({
    /** What the form's page says above the form. */
    introduction: z
      .strictObject({
        /** While an intake is taking expressions of interest; the intakes are listed after it. */
        open: z.string().min(1).meta({
          multiline: true,
          title: 'While an intake is open',
          description:
            'Above the form while an intake is taking expressions of interest; the intakes are listed after it.',
        }),
        /** While none is: the form registers interest in future CoPs. */
        future: z.string().min(1).meta({
          multiline: true,
          title: 'While none is open',
          description:
            'Above the form while no intake is taking expressions of interest, after a sentence on why.',
        }),
      })
      .meta({ title: 'Introduction', description: 'What the page says above the form.' }),
    /** The questions, in the order the form asks them. */
    questions: z
      .array(question.meta({ title: 'Question' }))
      .min(1)
      .meta({
        title: 'Questions',
        description:
          "In the order the form asks them. The form's own questions can be reworded; those the programme needs (cops, intake, givenName, familyName, email, privacy) cannot be switched off or made optional.",
      }),
  })
  .superRefine((form, context) => {
    const issues = form.questions.flatMap(questionIssues);
    const seen = new Map<string, number>();
    form.questions.forEach((written, index) => {
      const first = seen.get(written.id);
      if (first === undefined) seen.set(written.id, index);
      else {
        issues.push({
          path: ['questions', index, 'id'],
          input: written.id,
          message: `an id no other question uses (questions[${first + 1}] is "${written.id}" too)`,
        });
      }
    });
    for (const id of FIXED_QUESTIONS.filter((fixed) => !seen.has(fixed))) {
      issues.push({
        path: ['questions'],
        input: form.questions,
        message: `a question with the id "${id}" too: the programme cannot work without it`,
      });
    }
    for (const issue of issues) context.addIssue({ code: 'custom', ...issue });
  });

export type FormInput = z.input<typeof formSchema>;
export type FormContent = z.infer<typeof formSchema>;
