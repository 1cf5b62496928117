import { expect, test } from 'vitest';
import { pushChangesCode } from '../../scripts/lib/pushed-changes.ts';

test('a save in the editor (files under content/ only) changes no code', () => {
  expect(pushChangesCode(['content/programme/2026-27.yaml', 'content/cops/new.mdx'])).toBe(false);
});

test('any file outside content/ is code, even beside content', () => {
  expect(pushChangesCode(['content/site.yaml', 'src/lib/programme.ts'])).toBe(true);
  expect(pushChangesCode(['README.md'])).toBe(true);
  expect(pushChangesCode(['tests/fixtures/site/cops/resistance.mdx'])).toBe(true);
});

test('a push whose changes cannot be known, or that changes no file, counts as code', () => {
  expect(pushChangesCode(undefined)).toBe(true);
  expect(pushChangesCode([])).toBe(true);
});
