import { describe, expect, test } from 'vitest';
import { errorsFromIssues } from '../../src/lib/eoi/field-errors.ts';
import {
  createEoiSchema,
  EMAIL_FORMAT_MESSAGE,
  emptyValues,
  type EoiValues,
} from '../../src/lib/eoi/schema.ts';
import { complete, futureForm, markedForm, questions } from '../fixtures/eoi-applicant.ts';

const schema = createEoiSchema(questions);
const EMPTY_VALUES = emptyValues(questions);

/** The messages an applicant sees for these answers, by question. */
function messagesFor(values: EoiValues): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(
    errorsFromIssues(result.error.issues, questions).map((e) => [e.field, e.message]),
  );
}

const answer = (changes: EoiValues) => messagesFor({ ...complete, ...changes });

test('an applicant who answers every question passes, with answers trimmed', () => {
  const result = schema.safeParse({
    ...complete,
    givenName: '  Aroha ',
    email: ' aroha@example.org',
  });
  expect(result.success).toBe(true);
  expect(result.data?.givenName).toBe('Aroha');
  expect(result.data?.email).toBe('aroha@example.org');
});

test('an empty form asks for every required answer, and nothing optional', () => {
  expect(Object.keys(messagesFor({ ...EMPTY_VALUES, intake: '' }))).toEqual([
    'cops',
    'intake',
    'givenName',
    'familyName',
    'email',
    'organisation',
    'role',
    'workSetting',
    'location',
    'experience',
    'manager-support',
    'proud-project',
    'privacy',
  ]);
});

describe('communities of practice', () => {
  test('at least one is needed', () => {
    expect(answer({ cops: [] }).cops).toBe('Select at least one community of practice');
  });
  test('several may be chosen', () => {
    expect(answer({ cops: ['resistance', 'mid-to-senior'] })).toEqual({});
  });
  test('one the form did not offer is refused', () => {
    expect(answer({ cops: ['resistance', 'made-up'] }).cops).toBe(
      'Select at least one community of practice',
    );
  });

  test('a full one, shown but not to be chosen, is refused; a waitlist-only one passes', () => {
    const marked = createEoiSchema(markedForm.questions);
    const sent = (cops: string[]) => marked.safeParse({ ...complete, cops }).success;
    expect(sent(['emerging-practitioners', 'resistance'])).toBe(true);
    expect(sent(['resistance', 'mid-to-senior'])).toBe(false);
  });
});

describe('intake', () => {
  test('one on offer passes', () => expect(answer({ intake: 'second' })).toEqual({}));
  test('one not taking interest is refused', () => {
    expect(answer({ intake: 'first' }).intake).toBe('Select the intake you are interested in');
  });
  test('none is refused', () => expect(answer({ intake: '' }).intake).toBeDefined());
  test('"future" is refused while an intake is taking expressions of interest', () => {
    expect(answer({ intake: 'future' }).intake).toBeDefined();
  });
});

describe('with no intake taking expressions of interest, interest in future CoPs', () => {
  const future = createEoiSchema(futureForm.questions);
  const check = (intake: string) => future.safeParse({ ...complete, intake }).success;

  test('is recorded as the intake "future", and no intake of the past is accepted', () => {
    expect(check('future')).toBe(true);
    expect(check('second')).toBe(false);
    expect(check('')).toBe(false);
  });
});

describe.each([
  ['givenName', 'Enter your given name', 'Given name must be 100 characters or fewer', 101],
  ['familyName', 'Enter your family name', 'Family name must be 100 characters or fewer', 101],
  [
    'organisation',
    'Enter the name of your organisation',
    'Organisation must be 200 characters or fewer',
    201,
  ],
  ['role', 'Enter your role or position', 'Role or position must be 200 characters or fewer', 201],
] as const)('%s', (field, required, tooLong, length) => {
  test('blank or only spaces asks for it', () => {
    expect(answer({ [field]: '' })[field]).toBe(required);
    expect(answer({ [field]: '   ' })[field]).toBe(required);
  });
  test('too long says the limit', () => {
    expect(answer({ [field]: 'x'.repeat(length) })[field]).toBe(tooLong);
    expect(answer({ [field]: 'x'.repeat(length - 1) })[field]).toBeUndefined();
  });
});

describe('email', () => {
  test.each(['name@example.com', 'first.last+cop@health.vic.gov.au'])('%s passes', (email) => {
    expect(answer({ email })).toEqual({});
  });
  test('blank asks for it', () => {
    expect(answer({ email: '' }).email).toBe('Enter your email address');
  });
  test.each(['name', 'name@', 'name@example', 'name @example.com', 'name@example.com.'])(
    '%s is not in the correct format',
    (email) => {
      expect(answer({ email }).email).toBe(
        'Enter an email address in the correct format, like name@example.com',
      );
    },
  );
  test('the format message is the one the service errors use too', () => {
    expect(answer({ email: 'name' }).email).toBe(EMAIL_FORMAT_MESSAGE);
  });
});

describe('phone (optional)', () => {
  test.each(['', '03 9123 4567', '0412 345 678', '+61 3 9123 4567', '(03) 9123-4567'])(
    '"%s" passes',
    (phone) => expect(answer({ phone })).toEqual({}),
  );
  test.each(['123', 'call me', '0412 345 678 ext 9', '+61 3 9123 4567 8901 2345'])(
    '"%s" asks for a phone number with an example',
    (phone) => {
      expect(answer({ phone }).phone).toBe(
        'Enter a phone number, like 03 9123 4567 or 0412 345 678',
      );
    },
  );
});

describe('work setting', () => {
  test('one of the list passes', () =>
    expect(answer({ workSetting: 'local-government' })).toEqual({}));
  test('none asks for it', () => {
    expect(answer({ workSetting: '' }).workSetting).toBe('Select the setting you work in');
  });
  test('one not on the list is refused', () => {
    expect(answer({ workSetting: 'circus' }).workSetting).toBe('Select the setting you work in');
  });
  test('"Other" asks what it is, even alongside other errors', () => {
    expect(answer({ workSetting: 'other', workSettingOther: '' }).workSettingOther).toBe(
      'Enter the setting you work in',
    );
    const errors = messagesFor({ ...EMPTY_VALUES, workSetting: 'other' });
    expect(errors.workSettingOther).toBe('Enter the setting you work in');
    expect(errors.givenName).toBe('Enter your given name');
  });
  test('"Other" with a setting named passes', () => {
    expect(answer({ workSetting: 'other', workSettingOther: 'Sporting club' })).toEqual({});
  });
});

describe('where they work', () => {
  test.each(['metropolitan-melbourne', 'regional-victoria', 'rural-victoria', 'outside-victoria'])(
    '%s passes (outside Victoria may still apply)',
    (location) => expect(answer({ location })).toEqual({}),
  );
  test('none asks for it', () => {
    expect(answer({ location: '' }).location).toBe('Select where you work');
  });
});

describe('time in prevention work', () => {
  test('one of the list passes', () => expect(answer({ experience: 'more-than-10' })).toEqual({}));
  test('none asks for it', () => {
    expect(answer({ experience: '' }).experience).toBe(
      'Select how long you have worked in prevention',
    );
  });
});

describe.each([
  ['hopes', 'What you hope to gain must be 1,000 characters or fewer'],
  ['accessNeeds', 'Access or support needs must be 1,000 characters or fewer'],
] as const)('%s (optional, length-limited)', (field, tooLong) => {
  test('blank passes', () => expect(answer({ [field]: '' })).toEqual({}));
  test('1,000 characters pass; 1,001 say the limit', () => {
    expect(answer({ [field]: 'x'.repeat(1000) })).toEqual({});
    expect(answer({ [field]: 'x'.repeat(1001) })[field]).toBe(tooLong);
  });
});

describe('face-to-face sessions (optional)', () => {
  test.each(['', 'yes', 'no', 'unsure'])('"%s" passes', (faceToFace) => {
    expect(answer({ faceToFace })).toEqual({});
  });
  test('an answer not on the list is refused', () => {
    expect(answer({ faceToFace: 'sometimes' }).faceToFace).toBeDefined();
  });
});

describe('privacy collection notice', () => {
  test('unticked asks them to confirm', () => {
    expect(answer({ privacy: [] }).privacy).toBe(
      'Confirm that you have read the privacy collection notice',
    );
  });
  test('any value but the box’s own is refused', () => {
    expect(answer({ privacy: ['on'] }).privacy).toBeDefined();
  });
});

describe('a one-choice question of the staff’s own (manager-support, required)', () => {
  test('one of its options passes', () => expect(answer({ 'manager-support': 'yes' })).toEqual({}));
  test('none asks for it in its own words', () => {
    expect(answer({ 'manager-support': '' })['manager-support']).toBe(
      'Select whether your manager supports you taking part',
    );
  });
  test('one it does not offer is refused', () => {
    expect(answer({ 'manager-support': 'maybe' })['manager-support']).toBeDefined();
  });
});

describe('a long-text question of the staff’s own (proud-project, required, at most 300)', () => {
  test('blank asks for it in its own words', () => {
    expect(answer({ 'proud-project': ' ' })['proud-project']).toBe(
      'Tell us about a prevention project you are proud of',
    );
  });
  test('300 characters pass; 301 say the limit by its short name', () => {
    expect(answer({ 'proud-project': 'x'.repeat(300) })).toEqual({});
    expect(answer({ 'proud-project': 'x'.repeat(301) })['proud-project']).toBe(
      'A project you are proud of must be 300 characters or fewer',
    );
  });
});
