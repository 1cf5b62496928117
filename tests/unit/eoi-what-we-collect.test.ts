import { expect, test } from 'vitest';
import { resolveQuestions, type QuestionContent } from '../../src/lib/eoi/questions.ts';
import { whatWeCollect } from '../../src/lib/eoi/what-we-collect.ts';
import { form } from '../fixtures/eoi-applicant.ts';

const sources = { cops: [], intakes: [], eligibility: 'Victorian-based practitioners' };

test("the privacy notice lists each answer the test site's form asks for, by its short name", () => {
  expect(whatWeCollect(form.questions)).toEqual([
    'Communities of practice',
    'Intake',
    'Given name',
    'Family name',
    'Email address',
    'Phone number (optional)',
    'Organisation',
    'Role or position',
    'Work setting',
    'Other work setting (only when Work setting is “Other”)',
    'Where you work',
    'Time in prevention work',
    "Manager's support",
    'What you hope to gain (optional)',
    'Access or support needs (optional)',
    'A project you are proud of',
    'Face-to-face sessions (optional)',
  ]);
});

test('a question added, reworded or switched off changes the list; one with no short name is listed by its words', () => {
  const written: QuestionContent[] = [
    { id: 'givenName', label: 'Given name', name: 'First name', missing: 'Enter it' },
    { id: 'faceToFace', label: 'Face to face?', name: 'Face-to-face sessions', off: true },
    { id: 'pronouns', kind: 'short-text', label: 'Your pronouns', optional: true },
  ];
  expect(whatWeCollect(resolveQuestions(written, sources).questions)).toEqual([
    'First name',
    'Your pronouns (optional)',
  ]);
});
