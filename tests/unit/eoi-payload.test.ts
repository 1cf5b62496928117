import { expect, test } from 'vitest';
import { describeAnswers } from '../../src/lib/eoi/answers.ts';
import {
  buildPayload,
  splitJoined,
  subjectLine,
  valuesFromEntries,
} from '../../src/lib/eoi/payload.ts';
import { createEoiSchema, emptyValues } from '../../src/lib/eoi/schema.ts';
import { complete, questions } from '../fixtures/eoi-applicant.ts';

const submission = createEoiSchema(questions).parse(complete);
const EMPTY = { ...emptyValues(questions), intake: '' };

test('a form posted without JavaScript reads as the form’s answers, boxes as a list', () => {
  const form = new URLSearchParams(
    'cops=resistance&cops=mid-to-senior&givenName=Aroha&privacy=yes&proud-project=Schools&_gotcha=&_next=https://x/&unknown=1',
  );
  expect(valuesFromEntries(form, questions)).toEqual({
    ...EMPTY,
    cops: ['resistance', 'mid-to-senior'],
    givenName: 'Aroha',
    'proud-project': 'Schools',
    privacy: ['yes'],
  });
});

test('boxes ticked without JavaScript post the CoPs’ names, read back as their ids', () => {
  const form = new URLSearchParams();
  form.append('cops', 'Resistance in Primary Prevention and Gender Equality CoP');
  form.append('cops', 'Mid to senior community of practice');
  expect(valuesFromEntries(form, questions).cops).toEqual(['resistance', 'mid-to-senior']);
});

test('the names the island sends, joined with ", ", read back as their ids', () => {
  const joined =
    'Mid to senior community of practice, Resistance in Primary Prevention and Gender Equality CoP';
  const read = (posted: string) =>
    valuesFromEntries(splitJoined([['cops', posted]], questions), questions)['cops'];
  expect(read(joined)).toEqual(['mid-to-senior', 'resistance']);
  const unknown = 'Mid to senior community of practice, Invented CoP';
  expect(read(unknown)).toEqual([unknown]);
});

test('a JSON submission reads the same way, ignoring values that are not text', () => {
  const json = { cops: ['resistance', 3], intake: 'second', phone: 412345678, hopes: null };
  expect(valuesFromEntries(Object.entries(json), questions)).toEqual({
    ...EMPTY,
    cops: ['resistance'],
    intake: 'second',
  });
});

test('the subject names the applicant, their CoPs and their reference', () => {
  expect(subjectLine(submission, questions, 'EOI-7K3F-2Q')).toBe(
    'Expression of interest from Aroha Ngata: Resistance in Primary Prevention and Gender Equality CoP (EOI-7K3F-2Q)',
  );
});

test('interest in future CoPs says so at the start of the subject, for staff', () => {
  expect(subjectLine({ ...submission, intake: 'future' }, questions, 'EOI-7K3F-2Q')).toBe(
    'Interest in future communities of practice from Aroha Ngata: Resistance in Primary Prevention and Gender Equality CoP (EOI-7K3F-2Q)',
  );
});

test('the payload carries the answers under their ids, CoPs by name, reference, subject and honeypot', () => {
  const payload = buildPayload(
    { ...submission, cops: ['mid-to-senior', 'resistance'], phone: '' },
    { questions, reference: 'EOI-7K3F-2Q', honeypot: '' },
  );
  expect(payload).toMatchObject({
    cops: 'Mid to senior community of practice, Resistance in Primary Prevention and Gender Equality CoP',
    email: 'aroha@example.org',
    'manager-support': 'not-asked',
    'proud-project': 'A respectful relationships project with three schools.',
    privacy: 'yes',
    reference: 'EOI-7K3F-2Q',
    _gotcha: '',
  });
  expect(payload['_subject']).toContain('Aroha Ngata');
  expect(payload).not.toHaveProperty('phone');
});

test('an "Other" setting typed, then another chosen, is not sent', () => {
  const payload = buildPayload(
    { ...submission, workSetting: 'school', workSettingOther: 'Sporting club' },
    { questions, reference: 'EOI-7K3F-2Q', honeypot: '' },
  );
  expect(payload).not.toHaveProperty('workSettingOther');
});

test('the confirmation reads answers as labels under short names, leaving out what was not answered', () => {
  const answers = describeAnswers({ ...submission, phone: '', faceToFace: '' }, questions);
  const byLabel = Object.fromEntries(answers.map((answer) => [answer.label, answer.value]));
  expect(byLabel).toMatchObject({
    'Communities of practice': 'Resistance in Primary Prevention and Gender Equality CoP',
    Intake: 'Second intake',
    'Work setting': 'Community health',
    'Where you work': 'Regional Victoria',
    'Time in prevention work': '1 to 3 years',
    "Manager's support": 'I have not asked yet',
    'A project you are proud of': 'A respectful relationships project with three schools.',
  });
  expect(byLabel).not.toHaveProperty('Phone number');
  expect(byLabel).not.toHaveProperty('Face-to-face sessions');
  expect(byLabel).not.toHaveProperty('Privacy collection notice');
});

test('an "Other" work setting shows what they wrote', () => {
  const answers = describeAnswers(
    { ...submission, workSetting: 'other', workSettingOther: 'Sporting club' },
    questions,
  );
  expect(answers).toContainEqual({ label: 'Work setting', value: 'Sporting club' });
});
