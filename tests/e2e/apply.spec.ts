import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../../scripts/lib/axe.ts';
import {
  applicant,
  fillRequired,
  FORM_URL,
  formQuestion,
  inboxRecordFor,
  inboxRecords,
  openForm,
} from '../support/eoi-form.ts';
import { watchPage } from '../support/page-watch.ts';

const SEND = { name: 'Send expression of interest' } as const;

async function fillEverything(page: Page, person: ReturnType<typeof applicant>) {
  await fillRequired(page, person);
  await page.getByLabel('Mid to senior community of practice', { exact: true }).check();
  await page.getByLabel('Phone number (optional)', { exact: true }).fill(person.phone);
  await page.getByLabel(/What do you hope to gain/).fill(person.hopes);
  await page.getByLabel(/access or support needs/).fill(person.accessNeeds);
  await page.getByLabel('Not sure', { exact: true }).check();
}

// How the form behaves on its own (errors, focus, 422, 429, the draft, ?cop=, the confirmation's
// reference and answers) is tested in tests/unit/EoiForm.test.tsx; here, what needs the built site.

// Built on today's date, between programmes: the form registers interest in future CoPs.
test('an applicant registering interest in future CoPs lands one whole record in the inbox, and no one else hears of it', async ({
  page,
  baseURL,
}) => {
  const person = applicant();
  const formOrigin = new URL(FORM_URL).origin;
  const seen = await watchPage(page, new URL(baseURL ?? '').origin, [formOrigin]);
  const posted: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posted.push(new URL(request.url()).origin);
  });
  await openForm(page);
  await fillEverything(page, person);
  await page.getByRole('button', SEND).click();

  const confirmation = page.locator('.confirmation');
  await expect(page.getByRole('heading', { name: 'Expression of interest sent' })).toBeVisible();
  const reference = await page.locator('.confirmation__reference').textContent();
  await expect(confirmation.getByRole('heading', { name: 'What happens next' })).toBeVisible();
  // The test site's own questions are read back under their short names.
  for (const [name, answer] of [
    [formQuestion('manager-support').name, 'Yes, they support it'],
    [formQuestion('proud-project').name, person.proudProject],
  ]) {
    await expect(confirmation.locator('.answers__row', { hasText: name! })).toContainText(answer!);
  }
  // It talks to the form service alone, within the CSP.
  expect(posted).toEqual([formOrigin]);
  expect(seen).toEqual({ offSite: [], cspViolations: [], errors: [] });

  expect(await inboxRecordFor(person.familyName)).toMatchObject({
    reference,
    cops: 'Resistance in Primary Prevention and Gender Equality CoP, Mid to senior community of practice',
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
    'manager-support': 'yes',
    'proud-project': person.proudProject,
    privacy: 'yes',
    subject: `Interest in future communities of practice from Aroha ${person.familyName}: Resistance in Primary Prevention and Gender Equality CoP, Mid to senior community of practice (${reference})`,
  });
});

test('the form passes axe with its errors showing, and so does its confirmation', async ({
  page,
}) => {
  await openForm(page);
  await page.getByRole('button', SEND).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Register your interest/);
  await expect(page.getByText('Error: Enter your family name')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await fillRequired(page, applicant());
  await page.getByRole('button', SEND).click();
  await expect(page.locator('.confirmation')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
});

test('the staff’s own questions are checked as the form’s own are: required, and within their limit', async ({
  page,
}) => {
  const choice = formQuestion('manager-support');
  const long = formQuestion('proud-project');
  await openForm(page);
  await page.getByRole('button', SEND).click();
  const summary = page.locator('.error-summary');
  await expect(summary.getByRole('link', { name: choice.missing! })).toHaveAttribute(
    'href',
    '#eoi-manager-support',
  );
  await expect(summary.getByRole('link', { name: long.missing! })).toHaveAttribute(
    'href',
    '#eoi-proud-project',
  );

  await page.getByLabel(long.label).fill('x'.repeat((long.limit ?? 0) + 1));
  await expect(page.getByText('You have 1 character too many')).toBeVisible();
  await page.getByRole('button', SEND).click();
  const tooLong = `${long.name} must be ${long.limit} characters or fewer`;
  await summary.getByRole('link', { name: tooLong }).click();
  await expect(page.getByLabel(long.label)).toBeFocused();
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the summary link to the "Other" setting shows its text box with its label, not the legend far above', async ({
    page,
  }) => {
    await openForm(page);
    await page.getByLabel('Other', { exact: true }).check();
    await page.getByRole('button', SEND).click();
    await page
      .locator('.error-summary')
      .getByRole('link', { name: 'Enter the setting you work in' })
      .click();
    const box = page.getByLabel('Your work setting', { exact: true });
    await expect(box).toBeFocused();
    await expect(box).toBeInViewport();
    await expect(page.locator('label[for="eoi-workSettingOther"]')).toBeInViewport();
  });
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
    for (const id of ['hopes', 'proud-project']) {
      const limit = formQuestion(id).limit?.toLocaleString('en-AU');
      const said = page.locator(`#eoi-${id}-limit`);
      await expect(said).toHaveText(`You can enter up to ${limit} characters`);
      await expect(said).toBeVisible();
    }
    await fillRequired(page, person);
    await page.getByLabel('Mid to senior community of practice', { exact: true }).check();
    await page.getByLabel('Outside Victoria', { exact: true }).check();
    await expect(note).toBeVisible();
    await page.getByRole('button', SEND).click();

    await expect(page).toHaveURL(/\/apply\/thanks\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Expression of interest sent');
    const record = await inboxRecordFor(person.familyName);
    // Each ticked box posts its CoP's name as `cops`: kept as the service keeps it, joined.
    expect(record).toMatchObject({
      cops: 'Mid to senior community of practice, Resistance in Primary Prevention and Gender Equality CoP',
      intake: 'future',
      location: 'outside-victoria',
      'manager-support': 'yes',
      'proud-project': person.proudProject,
      subject: 'Interest in future communities of practice',
    });
    expect(record).not.toHaveProperty('reference');
  });

  test('the staff’s own questions are required by the browser, and their limit is kept by the service', async ({
    page,
  }) => {
    const long = formQuestion('proud-project');
    await page.goto('/apply/');
    await expect(page.getByLabel(long.label)).toHaveAttribute('required', '');
    await expect(page.getByLabel('Yes, they support it', { exact: true })).toHaveAttribute(
      'required',
      '',
    );
    const person = { ...applicant(), proudProject: 'x'.repeat((long.limit ?? 0) + 1) };
    await fillRequired(page, person);
    await page.getByRole('button', SEND).click();
    await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(
      page.getByText(`${long.name} must be ${long.limit} characters or fewer`),
    ).toBeVisible();
    expect(await inboxRecords()).not.toContainEqual(
      expect.objectContaining({ familyName: person.familyName }),
    );
  });

  test('a CoP page’s "Register your interest" opens the form with that CoP ticked, cleanly', async ({
    page,
    baseURL,
  }) => {
    // pages.spec.ts checks /apply/ itself; built-html.spec.ts that this copy is the same page.
    const seen = await watchPage(page, new URL(baseURL ?? '').origin);
    await page.goto('/communities/workforce-development/');
    // Full in the coming intake (the test site marks it so), it still takes interest in future CoPs.
    await expect(page.locator('.intakes__room')).toHaveText('Full for the First intake.');
    await page
      .getByRole('link', { name: 'Register your interest in the Workforce Development CoP' })
      .click();
    await expect(page).toHaveURL('/apply/workforce-development/');
    await expect(page.getByLabel('Workforce Development CoP', { exact: true })).toBeChecked();
    await expect(
      page.getByLabel('Mid to senior community of practice', { exact: true }),
    ).not.toBeChecked();
    expect(seen).toEqual({ offSite: [], cspViolations: [], errors: [] });
  });
});

test('the list of CoPs says which is full in the coming intake, on its card, and its page says so', async ({
  page,
}) => {
  await page.goto('/communities/');
  const card = page.locator('.cop-card', { hasText: 'Workforce Development CoP' });
  await expect(card.locator('.cop-card__room')).toHaveText('Full for the First intake');
  await expect(page.locator('.cop-card__room')).toHaveCount(1);
  await card.getByRole('link', { name: 'Workforce Development CoP' }).click();
  const first = page.locator('.intakes__item', {
    has: page.getByRole('heading', { name: 'First intake' }),
  });
  await expect(first.locator('.tag')).toHaveText('Closed');
  await expect(first.locator('.intakes__room')).toHaveText('Full for the First intake.');
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
  await tabTo('eoi-manager-support');
  await page.keyboard.press('Space');
  await tabTo('eoi-proud-project');
  await page.keyboard.type(person.proudProject);
  await tabTo('eoi-privacy');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // the privacy notice link
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', SEND)).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Expression of interest sent' })).toBeVisible();
  expect(await inboxRecordFor(person.familyName)).toMatchObject({
    cops: 'Mid to senior community of practice',
    workSetting: 'community-health',
    location: 'metropolitan-melbourne',
    experience: 'less-than-1',
    privacy: 'yes',
  });
});
