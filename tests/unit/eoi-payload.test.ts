import { expect, test } from 'vitest';
import { describeAnswers } from '../../src/lib/eoi/answers';
import {
  buildPayload,
  splitJoinedCops,
  subjectLine,
  valuesFromEntries,
} from '../../src/lib/eoi/payload';
import { createEoiSchema, EMPTY_VALUES } from '../../src/lib/eoi/schema';
import { complete, options } from '../fixtures/eoi-applicant';

const submission = createEoiSchema(options).parse(complete);

test('a form posted without JavaScript reads as the form’s answers, boxes as a list', () => {
  const form = new URLSearchParams(
    'cops=resistance&cops=mid-to-senior&givenName=Aroha&privacy=yes&_gotcha=&_next=https://x/&unknown=1',
  );
  expect(valuesFromEntries(form)).toEqual({
    ...EMPTY_VALUES,
    cops: ['resistance', 'mid-to-senior'],
    givenName: 'Aroha',
    privacy: 'yes',
  });
});

test('boxes ticked without JavaScript post the CoPs’ names, read back as their ids', () => {
  const form = new URLSearchParams();
  form.append('cops', 'Resistance in Primary Prevention and Gender Equality CoP');
  form.append('cops', 'Mid to senior community of practice');
  expect(valuesFromEntries(form, options.cops).cops).toEqual(['resistance', 'mid-to-senior']);
});

test('the names the island sends, joined with ", ", read back as their ids', () => {
  const joined =
    'Mid to senior community of practice, Resistance in Primary Prevention and Gender Equality CoP';
  const read = (posted: string) =>
    valuesFromEntries(splitJoinedCops([['cops', posted]], options.cops), options.cops).cops;
  expect(read(joined)).toEqual(['mid-to-senior', 'resistance']);
  const unknown = 'Mid to senior community of practice, Invented CoP';
  expect(read(unknown)).toEqual([unknown]);
});

test('a JSON submission reads the same way, ignoring values that are not text', () => {
  const json = { cops: ['resistance', 3], intake: 'second', phone: 412345678, hopes: null };
  expect(valuesFromEntries(Object.entries(json))).toEqual({
    ...EMPTY_VALUES,
    cops: ['resistance'],
    intake: 'second',
  });
});

test('the subject names the applicant, their CoPs and their reference', () => {
  expect(subjectLine(submission, options, 'EOI-7K3F-2Q')).toBe(
    'Expression of interest from Aroha Ngata: Resistance in Primary Prevention and Gender Equality CoP (EOI-7K3F-2Q)',
  );
});

test('interest in future CoPs says so at the start of the subject, for staff', () => {
  expect(subjectLine({ ...submission, intake: 'future' }, options, 'EOI-7K3F-2Q')).toBe(
    'Interest in future communities of practice from Aroha Ngata: Resistance in Primary Prevention and Gender Equality CoP (EOI-7K3F-2Q)',
  );
});

test('the payload carries the answers, CoPs by name, email for replies, reference, subject and honeypot', () => {
  const payload = buildPayload(
    { ...submission, cops: ['mid-to-senior', 'resistance'], phone: '' },
    { options, reference: 'EOI-7K3F-2Q', honeypot: '' },
  );
  expect(payload).toMatchObject({
    cops: 'Mid to senior community of practice, Resistance in Primary Prevention and Gender Equality CoP',
    email: 'aroha@example.org',
    reference: 'EOI-7K3F-2Q',
    _gotcha: '',
  });
  expect(payload['_subject']).toContain('Aroha Ngata');
  expect(payload).not.toHaveProperty('phone');
});

test('the confirmation reads answers as labels, leaving out what was not answered', () => {
  const answers = describeAnswers({ ...submission, phone: '', faceToFace: '' }, options);
  const byLabel = Object.fromEntries(answers.map((answer) => [answer.label, answer.value]));
  expect(byLabel).toMatchObject({
    'Communities of practice': 'Resistance in Primary Prevention and Gender Equality CoP',
    Intake: 'Second intake',
    'Work setting': 'Community health',
    'Where you work': 'Regional Victoria',
    'Time in prevention work': '1 to 3 years',
  });
  expect(byLabel).not.toHaveProperty('Phone number');
  expect(byLabel).not.toHaveProperty('Face-to-face sessions');
  expect(byLabel).not.toHaveProperty('Privacy collection notice');
});

test('an "Other" work setting shows what they wrote', () => {
  const answers = describeAnswers(
    { ...submission, workSetting: 'other', workSettingOther: 'Sporting club' },
    options,
  );
  expect(answers).toContainEqual({ label: 'Work setting', value: 'Sporting club' });
});
