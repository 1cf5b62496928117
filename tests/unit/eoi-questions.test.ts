import { describe, expect, test } from 'vitest';
import { formatContentError } from '../../src/lib/content/error-messages.ts';
import { resolveQuestions } from '../../src/lib/eoi/questions.ts';
import { formSchema, type FormInput, type QuestionInput } from '../../src/schemas/form.ts';
import { formContent } from '../support/published-content.ts';

const written = formContent();
const sources = {
  cops: [{ value: 'resistance', label: 'Resistance CoP' }],
  intakes: [{ value: 'second', label: 'Second intake' }],
  eligibility: 'Victorian-based practitioners',
};
const ids = (questions: readonly { id: string }[]) => questions.map((question) => question.id);

/** The test site's questions with one changed, by id. */
const changed = (id: string, change: Partial<QuestionInput>): QuestionInput[] =>
  written.questions.map((question) => (question.id === id ? { ...question, ...change } : question));

describe('the questions the form asks, from content/form.yaml', () => {
  test('are asked in the file’s order, the staff’s own among them, but for one switched off', () => {
    const { questions } = resolveQuestions(written.questions, sources);
    const off = written.questions.filter((question) => question.off);
    expect(ids(off)).toEqual(['heard-about']);
    expect(ids(questions)).toEqual(ids(written.questions.filter((question) => !question.off)));
    expect(questions.find((question) => question.id === 'proud-project')).toMatchObject({
      kind: 'long-text',
      required: true,
      limit: 300,
    });
  });

  test('a question switched off is not asked, and nor is one asked with its option', () => {
    const { questions } = resolveQuestions(changed('workSetting', { off: true }), sources);
    expect(ids(questions)).not.toContain('workSetting');
    expect(ids(questions)).not.toContain('workSettingOther');
  });

  test('"Other" is asked only while its option is offered', () => {
    const options = written.questions
      .find((question) => question.id === 'workSetting')
      ?.options?.filter((option) => option.value !== 'other');
    const { questions } = resolveQuestions(changed('workSetting', { options }), sources);
    expect(ids(questions)).not.toContain('workSettingOther');
  });

  test('a note says who the CoPs are for in the programme year’s words', () => {
    const { questions } = resolveQuestions(written.questions, sources);
    const location = questions.find((question) => question.id === 'location');
    const notes = location?.options?.flatMap((option) => option.note ?? []);
    expect(notes?.join()).toContain('for Victorian-based practitioners.');
    expect(notes?.join()).not.toContain('{eligibility}');
  });

  test('the CoPs and intakes are the options of their questions; one intake is already chosen', () => {
    const { questions, future } = resolveQuestions(written.questions, sources);
    const byId = (id: string) => questions.find((question) => question.id === id);
    expect(future).toBe(false);
    expect(byId('cops')?.options).toEqual(sources.cops);
    expect(byId('intake')).toMatchObject({ options: sources.intakes, preset: 'second' });
  });

  test('with no intake taking interest, the intake is the future, answered and not shown', () => {
    const { questions, future } = resolveQuestions(written.questions, { ...sources, intakes: [] });
    expect(future).toBe(true);
    expect(questions.find((question) => question.id === 'intake')).toMatchObject({
      hidden: true,
      preset: 'future',
    });
  });
});

/** The lines an editor reads for this form.yaml. */
function mistakes(form: FormInput): string[] {
  const result = formSchema.safeParse(form, { reportInput: true });
  return result.success
    ? []
    : formatContentError('content/form.yaml', result.error.issues).split('\n');
}

const withQuestions = (questions: FormInput['questions']): FormInput => ({
  ...written,
  questions,
});

describe('a mistake in content/form.yaml names the question’s field, what was found and the fix', () => {
  test('the test site’s form has none', () => expect(mistakes(written)).toEqual([]));

  test('a fixed question left out of the file', () => {
    expect(mistakes(withQuestions(written.questions.filter((q) => q.id !== 'email')))).toEqual([
      expect.stringMatching(
        /^content\/form\.yaml: field "questions" is a list of \d+ items; expected a question with the id "email" too: the programme cannot work without it\.$/,
      ),
    ]);
  });

  test('a fixed question made optional', () => {
    expect(mistakes(withQuestions(changed('givenName', { optional: true })))).toEqual([
      expect.stringContaining('field "questions[3].optional" is true; expected it left out'),
    ]);
  });

  test('a question of the staff’s own without a kind, and one of the form’s own given one', () => {
    const questions = changed('proud-project', { kind: undefined }).map((question) =>
      question.id === 'hopes' ? { ...question, kind: 'short-text' as const } : question,
    );
    const lines = mistakes(withQuestions(questions));
    expect(lines).toContainEqual(
      expect.stringContaining('kind" is missing; expected one of "short-text", "long-text"'),
    );
    expect(lines).toContainEqual(
      expect.stringContaining('kind" is "short-text"; expected it left out: "hopes" is one of'),
    );
  });

  test('an id the form sends itself, a message missing, options for the CoPs', () => {
    const questions = [
      ...changed('cops', { options: [{ value: 'x', label: 'X' }] }).map((question) =>
        question.id === 'role' ? { ...question, missing: undefined } : question,
      ),
      { id: 'reference', kind: 'short-text' as const, label: 'Your reference', optional: true },
    ];
    const lines = mistakes(withQuestions(questions));
    expect(lines).toContainEqual(
      expect.stringContaining('"questions[1].options" is a list of 1 item'),
    );
    expect(lines).toContainEqual(
      expect.stringContaining('missing" is missing; expected the words'),
    );
    expect(lines).toContainEqual(
      expect.stringContaining('id" is "reference"; expected an id the form does not use itself'),
    );
  });
});
