/**
 * Programme staff add a question to the expression of interest form in the browser editor at
 * /admin/ (offline: the test build's editor saves into the browser), and a build of the saved file
 * asks it on /apply/.
 */
import type { Server } from 'node:http';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { formSchema } from '../../src/schemas/form.ts';
import { localFormEnv } from '../../scripts/lib/build-site.ts';
import { copyProject, freePort } from '../../scripts/lib/project-copy.ts';
import { serveSite } from '../../scripts/serve.ts';
import {
  fieldGroup,
  fillField,
  openEditor,
  openEntry,
  repoPath,
  save,
  savedFile,
  watchEditor,
} from '../support/editor.ts';

const NEW_QUESTION = {
  id: 'years-in-role',
  label: 'How many years have you been in your current role?',
  missing: 'Enter how many years you have been in your current role',
};

test('a question added in the editor passes the schema, and a build asks it on /apply/', async ({
  page,
}) => {
  test.setTimeout(300_000);
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
  await expect.poll(() => savedFile(page, file)).toContain(NEW_QUESTION.label);
  const saved = (await savedFile(page, file)) ?? '';
  const checked = formSchema.safeParse(parse(saved));
  expect(checked.success, JSON.stringify(checked.error?.issues)).toBe(true);
  expect(checked.data?.questions.at(-1)).toMatchObject({ ...NEW_QUESTION, kind: 'short-text' });
  expect(seen.offMachine).toEqual([]);
  expect(seen.pageErrors).toEqual([]);

  const project = await copyProject({ content: 'test site' });
  let server: Server | undefined;
  try {
    await project.write('content/form.yaml', saved);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const { code, output } = await project.build({
      SITE_URL: origin,
      ...localFormEnv('http://127.0.0.1:9'),
    });
    expect(code, output).toBe(0);
    ({ server } = await serveSite({ root: relative('.', join(project.root, 'dist')), port }));
    await page.goto(`${origin}/apply/`);
    const asked = page.getByRole('textbox', { name: NEW_QUESTION.label, exact: true });
    await expect(asked).toHaveAttribute('name', NEW_QUESTION.id);
    await expect(asked).toHaveAttribute('required', '');
  } finally {
    server?.close();
    await project.dispose();
  }
});
