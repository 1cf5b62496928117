import { expect, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { e2eServers } from '../../scripts/e2e-servers.ts';
import { formContent } from './published-content.ts';

const { inboxOrigin, inboxDir } = e2eServers();
/** Where the form posts in the tests: the local inbox the Playwright config starts. */
export const FORM_URL = `${inboxOrigin}/f/local`;

/** Everything the inbox has kept so far. */
export async function inboxRecords(): Promise<Record<string, unknown>[]> {
  const text = await readFile(join(inboxDir, 'submissions.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** Waits for the one record from this applicant (found by their unique family name). */
export async function inboxRecordFor(familyName: string) {
  const mine = async () => (await inboxRecords()).filter((r) => r['familyName'] === familyName);
  await expect.poll(async () => (await mine()).length, { timeout: 10_000 }).toBe(1);
  return (await mine())[0] ?? {};
}

/** The form's posts go to another of the test inbox's forms (/f/inactive, /f/over-quota, ...). */
export async function sendToForm(page: Page, formId: string) {
  await page.route(FORM_URL, (route) =>
    route.request().method() === 'POST'
      ? route.continue({ url: `${inboxOrigin}/f/${formId}` })
      : route.fallback(),
  );
}

/** Opens the form and waits until the island has taken it over. */
export async function openForm(page: Page, path = '/apply/') {
  await page.goto(path);
  await expect(
    page.locator('form.eoi-form'),
    'the site must be built for these tests: npm run test:e2e (or node scripts/e2e-servers.ts)',
  ).toHaveAttribute('action', FORM_URL);
  await expect(page.locator('eoi-form-island')).not.toHaveAttribute('ssr');
}

/** A question of the test site's form (tests/fixtures/site/form.yaml), as written there. */
export function formQuestion(id: string) {
  const question = formContent().questions.find((written) => written.id === id);
  if (!question) throw new Error(`The test site's form has no question "${id}".`);
  return question;
}

export const applicant = () => ({
  givenName: 'Aroha',
  familyName: `Ngata-${randomUUID().slice(0, 8)}`,
  email: 'aroha@example.org',
  phone: '03 9123 4567',
  organisation: 'Northern Community Health',
  role: 'Health promotion officer',
  hopes: 'Ways to respond to backlash.',
  accessNeeds: 'Captions in sessions.',
  proudProject: 'A whole-of-school approach to respectful relationships.',
});

export async function fillRequired(page: Page, person: ReturnType<typeof applicant>) {
  await page
    .getByLabel('Resistance in Primary Prevention and Gender Equality CoP', { exact: true })
    .check();
  await page.getByLabel('Given name', { exact: true }).fill(person.givenName);
  await page.getByLabel('Family name', { exact: true }).fill(person.familyName);
  await page.getByLabel('Email address', { exact: true }).fill(person.email);
  await page.getByLabel('Organisation', { exact: true }).fill(person.organisation);
  await page.getByLabel('Role or position', { exact: true }).fill(person.role);
  await page.getByLabel('Community health', { exact: true }).check();
  await page.getByLabel('Regional Victoria', { exact: true }).check();
  await page.getByLabel('1 to 3 years', { exact: true }).check();
  // The test site's own questions (tests/fixtures/site/form.yaml): a choice and a long answer.
  await page.getByLabel('Yes, they support it', { exact: true }).check();
  await page.getByLabel(formQuestion('proud-project').label).fill(person.proudProject);
  await page.getByLabel(/I have read the privacy collection notice/).check();
}
