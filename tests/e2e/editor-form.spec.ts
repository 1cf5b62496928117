/**
 * Programme staff add a question to the expression of interest form in the browser editor at
 * /admin/ (offline: the test build's editor saves into the browser), and a build of the saved file
 * asks it on /apply/.
 */
import { expect, test } from '@playwright/test';
import { formSchema } from '../../src/schemas/form.ts';
import {
  expectNothingLeft,
  fieldGroup,
  fillField,
  openEditor,
  openEntry,
  repoPath,
  save,
  savedEntry,
  visitBuiltCopy,
  watchEditor,
} from '../support/editor.ts';

test.describe.configure({ timeout: 120_000 });

const NEW_QUESTION = {
  id: 'years-in-role',
  label: 'How many years have you been in your current role?',
  missing: 'Enter how many years you have been in your current role',
};

test('a question added in the editor passes the schema, and a build asks it on /apply/', async ({
  page,
}) => {
  const seen = await watchEditor(page);
  await openEditor(page);
  await openEntry(page, 'Expression of interest form', /Expression of interest form/);
  const questions = fieldGroup(page, 'Questions');
  // With the form's questions collapsed, the one added is the only one open, at the end.
  await questions.getByRole('button', { name: 'Collapse All' }).click();
  await questions.getByRole('button', { name: /^Add .Question.$/ }).click();
  const added = (name: string) => questions.getByRole('textbox', { name, exact: true }).last();
  const kind = questions.getByRole('radio', { name: 'Short text (a line)' }).last();
  // The editor draws a list item's fields as they scroll into view, as a person scrolls to them.
  await added('Id').hover();
  await expect(async () => {
    await page.mouse.wheel(0, 200);
    await expect(added('Message when unanswered')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const typed = [
    [added('Id'), NEW_QUESTION.id],
    [added('Question'), NEW_QUESTION.label],
    [added('Message when unanswered'), NEW_QUESTION.missing],
  ] as const;
  for (const [field, value] of typed) await fillField(field, value);
  await kind.check();
  for (const [field, value] of typed) await fillField(field, value);
  await save(page);

  const file = repoPath('form.yaml');
  const saved = await savedEntry(page, file, NEW_QUESTION.label, formSchema);
  expect(saved.fields.questions.at(-1)).toMatchObject({ ...NEW_QUESTION, kind: 'short-text' });
  expectNothingLeft(seen);

  await visitBuiltCopy({ 'content/form.yaml': saved.text }, async (origin) => {
    await page.goto(`${origin}/apply/`);
    const asked = page.getByRole('textbox', { name: NEW_QUESTION.label, exact: true });
    await expect(asked).toHaveAttribute('name', NEW_QUESTION.id);
    await expect(asked).toHaveAttribute('required', '');
  });
});
