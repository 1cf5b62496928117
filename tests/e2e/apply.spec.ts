import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { e2eServers } from '../../scripts/e2e-servers.ts';
import { axeViolations } from '../support/axe';
import { applicant, fillRequired, FORM_URL, openForm } from '../support/eoi-form';

const { inboxDir } = e2eServers();
const SEND = { name: 'Send expression of interest' } as const;

/** Everything the inbox has kept so far. */
async function inboxRecords(): Promise<Record<string, unknown>[]> {
  const text = await readFile(join(inboxDir, 'submissions.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** Waits for the one record from this applicant (found by their unique family name). */
async function inboxRecordFor(familyName: string) {
  const mine = async () => (await inboxRecords()).filter((r) => r['familyName'] === familyName);
  await expect.poll(async () => (await mine()).length, { timeout: 10_000 }).toBe(1);
  return (await mine())[0] ?? {};
}

async function fillEverything(page: Page, person: ReturnType<typeof applicant>) {
  await fillRequired(page, person);
  await page.getByLabel('Mid to senior community of practice', { exact: true }).check();
  await page.getByLabel('Phone number (optional)', { exact: true }).fill(person.phone);
  await page.getByLabel(/What do you hope to gain/).fill(person.hopes);
  await page.getByLabel(/access or support needs/).fill(person.accessNeeds);
  await page.getByLabel('Not sure', { exact: true }).check();
}

/** The form service answers every submission with this status and JSON body. */
async function answerPostsWith(page: Page, status: number, body: unknown) {
  await page.route(FORM_URL, (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) })
      : route.fallback(),
  );
}

test('an applicant who answers every question lands one whole record in the inbox', async ({
  page,
}) => {
  const person = applicant();
  await openForm(page);
  await fillEverything(page, person);
  await page.getByRole('button', SEND).click();

  const confirmation = page.locator('.confirmation');
  await expect(page.getByRole('heading', { name: 'Expression of interest sent' })).toBeVisible();
  await expect(confirmation).toBeFocused();
  const reference = await page.locator('.confirmation__reference').textContent();
  expect(reference).toMatch(/^EOI-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
  await expect(confirmation.getByRole('heading', { name: 'What happens next' })).toBeVisible();
  await expect(confirmation.locator('dd', { hasText: 'Northern Community Health' })).toBeVisible();

  expect(await inboxRecordFor(person.familyName)).toMatchObject({
    reference,
    cops: ['resistance', 'mid-to-senior'],
    intake: 'future',
    givenName: person.givenName,
    familyName: person.familyName,
    email: person.email,
    phone: person.phone,
    organisation: person.organisation,
    role: person.role,
    workSetting: 'community-health',
    location: 'regional-victoria',
    experience: '1-to-3',
    hopes: person.hopes,
    accessNeeds: person.accessNeeds,
    faceToFace: 'unsure',
    privacy: 'yes',
    subject: `Expression of interest from Aroha ${person.familyName}: Resistance in Primary Prevention and Gender Equality CoP, Mid to senior community of practice (${reference})`,
  });
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test('an empty submit shows the error summary, focused, whose links focus the questions', async ({
  page,
}) => {
  await openForm(page);
  await page.getByRole('button', SEND).click();

  const summary = page.locator('.error-summary');
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Register your interest/);
  await expect(page.getByText('Error: Enter your family name')).toBeVisible();

  await summary.getByRole('link', { name: 'Enter your email address' }).click();
  await expect(page.getByLabel('Email address', { exact: true })).toBeFocused();
  await summary.getByRole('link', { name: 'Select the setting you work in' }).click();
  await expect(page.getByLabel('Local government', { exact: true })).toBeFocused();

  expect(await axeViolations(page)).toEqual([]);
});

test('errors the service finds (422) join the summary on their questions, keeping every answer', async ({
  page,
}) => {
  const person = applicant();
  await answerPostsWith(page, 422, {
    errors: [
      { field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' },
      { field: 'organisation', code: 'REQUIRED_FIELD_EMPTY', message: 'is required' },
    ],
  });
  await openForm(page);
  await fillRequired(page, person);
  await page.getByRole('button', SEND).click();

  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole('link', {
      name: 'Enter an email address in the correct format, like name@example.com',
    }),
  ).toHaveAttribute('href', '#eoi-email');
  await expect(
    summary.getByRole('link', { name: 'Enter the name of your organisation' }),
  ).toHaveAttribute('href', '#eoi-organisation');
  await expect(page.getByLabel('Given name', { exact: true })).toHaveValue(person.givenName);
  await expect(page.getByLabel('Regional Victoria', { exact: true })).toBeChecked();
});

test('too many submissions (429) says to wait a minute, keeping every answer', async ({ page }) => {
  const person = applicant();
  await answerPostsWith(page, 429, { error: 'Too many requests' });
  await openForm(page);
  await fillRequired(page, person);
  await page.getByRole('button', SEND).click();

  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Wait a minute, then send it again.');
  await expect(summary).toContainText('Your answers are still here.');
  await expect(page.getByLabel('Family name', { exact: true })).toHaveValue(person.familyName);
  await expect(page.getByLabel('1 to 3 years', { exact: true })).toBeChecked();
});

test('with the network down every answer stays, and sending again works', async ({ page }) => {
  const person = applicant();
  await page.route(FORM_URL, (route) =>
    route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback(),
  );
  await openForm(page);
  await fillEverything(page, person);
  await page.getByRole('button', SEND).click();

  await expect(page.locator('.error-summary')).toContainText('no internet connection');
  await expect(page.getByLabel('Email address', { exact: true })).toHaveValue(person.email);
  await expect(page.getByLabel(/What do you hope to gain/)).toHaveValue(person.hopes);
  expect(await inboxRecords()).not.toContainEqual(
    expect.objectContaining({ familyName: person.familyName }),
  );

  await page.unroute(FORM_URL);
  await page.getByRole('button', SEND).click();
  await expect(page.getByRole('heading', { name: 'Expression of interest sent' })).toBeVisible();
  expect(await inboxRecordFor(person.familyName)).toMatchObject({ email: person.email });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the form posts to the inbox and lands on the thank-you page', async ({ page }) => {
    const person = applicant();
    await page.goto('/apply/');
    await expect(page.locator('form.eoi-form')).toHaveAttribute('action', FORM_URL);
    const note = page.getByText('These communities of practice are for Victorian-based');
    await expect(note).toBeHidden();
    await fillRequired(page, person);
    await page.getByLabel('Outside Victoria', { exact: true }).check();
    await expect(note).toBeVisible();
    await page.getByRole('button', SEND).click();

    await expect(page).toHaveURL(/\/apply\/thanks\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Expression of interest sent');
    expect(await inboxRecordFor(person.familyName)).toMatchObject({
      cops: ['resistance'],
      intake: 'future',
      location: 'outside-victoria',
      reference: null,
    });
  });
});

test('a CoP page’s "Register your interest" ticks that CoP on the form', async ({ page }) => {
  await page.goto('/communities/workforce-development/');
  await page
    .getByRole('link', { name: 'Register your interest in the Workforce Development CoP' })
    .click();
  await expect(page).toHaveURL(/\/apply\/\?cop=workforce-development$/);
  await expect(page.locator('eoi-form-island')).not.toHaveAttribute('ssr');
  await expect(page.getByLabel('Workforce Development CoP', { exact: true })).toBeChecked();
  await expect(
    page.getByLabel('Mid to senior community of practice', { exact: true }),
  ).not.toBeChecked();
});

test('the draft survives a reload, in this tab only', async ({ page }) => {
  await openForm(page);
  await page.getByLabel('Given name', { exact: true }).fill('Mere');
  await page.getByLabel('Emerging Prevention Practitioners CoP', { exact: true }).check();
  await page.getByLabel('Outside Victoria', { exact: true }).check();
  await expect(
    page.getByText('These communities of practice are for Victorian-based'),
  ).toBeVisible();
  await page.reload();
  await expect(page.locator('eoi-form-island')).not.toHaveAttribute('ssr');
  await expect(page.getByLabel('Given name', { exact: true })).toHaveValue('Mere');
  await expect(
    page.getByLabel('Emerging Prevention Practitioners CoP', { exact: true }),
  ).toBeChecked();
  await expect(page.getByLabel('Outside Victoria', { exact: true })).toBeChecked();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('the whole form can be completed by keyboard alone', async ({ page }) => {
  const person = applicant();
  await openForm(page);
  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
  /** Presses Tab until the element with this id has focus. */
  const tabTo = async (id: string) => {
    for (let presses = 0; presses < 80 && (await focused()) !== id; presses += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe(id);
  };

  await tabTo('eoi-cops');
  await page.keyboard.press('Space');
  await tabTo('eoi-givenName');
  await page.keyboard.type(person.givenName);
  await page.keyboard.press('Tab');
  await page.keyboard.type(person.familyName);
  await page.keyboard.press('Tab');
  await page.keyboard.type(person.email);
  await tabTo('eoi-organisation');
  await page.keyboard.type(person.organisation);
  await page.keyboard.press('Tab');
  await page.keyboard.type(person.role);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // Local government → Community health
  await tabTo('eoi-location');
  await page.keyboard.press('Space');
  await tabTo('eoi-experience');
  await page.keyboard.press('Space');
  await tabTo('eoi-privacy');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // the privacy notice link
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', SEND)).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Expression of interest sent' })).toBeVisible();
  expect(await inboxRecordFor(person.familyName)).toMatchObject({
    cops: ['mid-to-senior'],
    workSetting: 'community-health',
    location: 'metropolitan-melbourne',
    experience: 'less-than-1',
    privacy: 'yes',
  });
});

test('the confirmation has no accessibility violations', async ({ page }) => {
  await openForm(page);
  await fillRequired(page, applicant());
  await page.getByRole('button', SEND).click();
  await expect(page.locator('.confirmation')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
});

test('Quick exit leaves no draft behind', async ({ page }) => {
  await page.route('https://www.google.com.au/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Google</title>' }),
  );
  await openForm(page);
  await page.getByLabel('Given name', { exact: true }).fill('Mere');
  await expect.poll(() => page.evaluate(() => sessionStorage.length)).toBe(1);
  await page.getByRole('link', { name: /Quick exit/ }).click();
  await expect(page).toHaveTitle('Google');
  await openForm(page);
  await expect(page.getByLabel('Given name', { exact: true })).toHaveValue('');
});
