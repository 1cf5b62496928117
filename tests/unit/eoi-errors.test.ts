import { expect, test } from 'vitest';
import { errorsFromIssues, errorsFromService } from '../../src/lib/eoi/field-errors.ts';
import { questions } from '../fixtures/eoi-applicant.ts';

test('errors follow the form’s order, one per question, whatever order zod found them in', () => {
  const errors = errorsFromIssues(
    [
      { path: ['email'], message: 'Enter your email address' },
      { path: ['cops'], message: 'Select at least one community of practice' },
      { path: ['email'], message: 'Enter an email address in the correct format' },
      { path: [], message: 'About the whole form' },
    ],
    questions,
  );
  expect(errors).toEqual([
    { field: 'cops', message: 'Select at least one community of practice' },
    { field: 'email', message: 'Enter your email address' },
  ]);
});

test('the service’s "required" and "email" codes get our wording, not Formspree’s', () => {
  const mapped = errorsFromService(
    [
      ['email', [{ code: 'TYPE_EMAIL', message: 'should be an email' }]],
      ['givenName', [{ code: 'REQUIRED_FIELD_MISSING', message: 'is required' }]],
      ['role', [{ code: 'REQUIRED_FIELD_EMPTY', message: 'is required' }]],
    ],
    questions,
  );
  expect(mapped.errors).toEqual([
    { field: 'givenName', message: 'Enter your given name' },
    {
      field: 'email',
      message: 'Enter an email address in the correct format, like name@example.com',
    },
    { field: 'role', message: 'Enter your role or position' },
  ]);
  expect(mapped.messages).toEqual([]);
});

test('other service messages are kept, as sentences, on their question', () => {
  const mapped = errorsFromService(
    [['phone', [{ code: 'UNSPECIFIED', message: 'looks wrong' }]]],
    questions,
  );
  expect(mapped.errors).toEqual([{ field: 'phone', message: 'Looks wrong' }]);
});

test('an error on a field the form does not ask is said in words, not lost', () => {
  const mapped = errorsFromService(
    [['reference', [{ code: 'UNSPECIFIED', message: 'The reference must look like EOI-7K3F-2Q' }]]],
    questions,
  );
  expect(mapped.errors).toEqual([]);
  expect(mapped.messages).toEqual(['Reference: The reference must look like EOI-7K3F-2Q']);
});

test('a service error on a question of the staff’s own is placed on it, in its words', () => {
  const mapped = errorsFromService(
    [['proud-project', [{ code: 'REQUIRED_FIELD_EMPTY', message: 'is required' }]]],
    questions,
  );
  expect(mapped.errors).toEqual([
    { field: 'proud-project', message: 'Tell us about a prevention project you are proud of' },
  ]);
});

test('a service error with no words still tells them which answer to check', () => {
  const mapped = errorsFromService(
    [['organisation', [{ code: 'UNSPECIFIED', message: ' ' }]]],
    questions,
  );
  expect(mapped.errors).toEqual([
    { field: 'organisation', message: 'Check your answer to "Organisation"' },
  ]);
});
