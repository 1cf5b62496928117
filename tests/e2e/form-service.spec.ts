/**
 * The form against a service that behaves like Formspree beyond the happy path: the local inbox's
 * test forms (/f/inactive, /f/over-quota, ...) answer as a refused or full form does.
 */
import { expect, test } from '@playwright/test';
import { site } from '../support/published-content.ts';
import { axeViolations } from '../../scripts/lib/axe.ts';
import {
  applicant,
  fillRequired,
  inboxRecordFor,
  inboxRecords,
  openForm,
  sendToForm,
} from '../support/eoi-form.ts';

const SEND = { name: 'Send expression of interest' } as const;
const SENT = { name: 'Expression of interest sent' } as const;

test('the service is told the page was open from when the form became usable', async ({ page }) => {
  const person = applicant();
  await openForm(page);
  const usableBy = await page.evaluate(() => Date.now());
  await fillRequired(page, person);
  const pressedAt = await page.evaluate(() => Date.now());
  await page.getByRole('button', SEND).click();
  await expect(page.getByRole('heading', SENT)).toBeVisible();

  const { sessionData } = await inboxRecordFor(person.familyName);
  const session = JSON.parse(Buffer.from(String(sessionData), 'base64').toString('utf8'));
  const openedAt = await page.evaluate(() => performance.timeOrigin);
  expect(pressedAt).toBeGreaterThan(usableBy);
  expect(session.loadedAt).toBeGreaterThanOrEqual(Math.floor(openedAt));
  expect(session.loadedAt).toBeLessThanOrEqual(usableBy);
});

test('a filled-in honeypot is thanked as sent, and never reaches the inbox', async ({ page }) => {
  const person = applicant();
  await openForm(page);
  await fillRequired(page, person);
  await page.locator('input[name="_gotcha"]').fill('http://spam.example/');
  await page.getByRole('button', SEND).click();
  // The inbox keeps a submission before it answers, so by now it would be there.
  await expect(page.getByRole('heading', SENT)).toBeVisible();
  expect(await inboxRecords()).not.toContainEqual(
    expect.objectContaining({ familyName: person.familyName }),
  );
});

for (const [form, what] of [
  ['not-its-form', 'a form id the service does not know (FORM_NOT_FOUND)'],
  ['inactive', 'a form deactivated in Formspree (INACTIVE)'],
  ['blocked', 'a form Formspree has blocked (BLOCKED)'],
] as const) {
  test(`${what} says the form is not taking interest, without "send again", keeping every answer`, async ({
    page,
  }) => {
    const person = applicant();
    await sendToForm(page, form);
    await openForm(page);
    await fillRequired(page, person);
    await page.getByRole('button', SEND).click();

    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('not taking expressions of interest at the moment');
    await expect(summary).not.toContainText('send it again');
    await expect(summary.getByRole('definition')).toContainText([person.familyName]);
    await expect(page.getByLabel('Family name', { exact: true })).toHaveValue(person.familyName);
    expect(await inboxRecords()).not.toContainEqual(
      expect.objectContaining({ familyName: person.familyName }),
    );
  });
}

test('a form over its quota (a 200 with only an error) is never shown as sent', async ({
  page,
}) => {
  const person = applicant();
  await sendToForm(page, 'over-quota');
  await openForm(page);
  await fillRequired(page, person);
  await page.getByRole('button', SEND).click();

  const summary = page.locator('.error-summary');
  await expect(summary).toContainText('cannot take any more expressions of interest right now');
  // The test site gives the team's email and phone: the panel offers both, as links.
  const { email = 'missing', phone = 'missing' } = site().programmeContact ?? {};
  await expect(summary).toContainText('To tell the programme team you are interested');
  await expect(summary.getByRole('link', { name: email })).toHaveAttribute(
    'href',
    `mailto:${email}`,
  );
  await expect(summary.getByRole('link', { name: phone })).toHaveAttribute(
    'href',
    `tel:${phone.replaceAll(' ', '')}`,
  );
  await expect(page.getByRole('heading', SENT)).toHaveCount(0);
  await expect(page.getByLabel('Email address', { exact: true })).toHaveValue(person.email);
  expect(await axeViolations(page)).toEqual([]);
});
