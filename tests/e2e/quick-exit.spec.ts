import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { openForm } from '../support/eoi-form.ts';
import { site } from '../support/published-content.ts';

const { quickExit } = site();
const neutralOrigin = new URL(quickExit.url).origin;
const DRAFT_KEY = 'quick-exit-test-draft';

/** Answers for the neutral site here, so leaving makes no outside request. */
async function standInForNeutralSite(context: BrowserContext) {
  await context.route(`${neutralOrigin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Neutral site</title><p>Neutral</p>' }),
  );
}

/** Opens a page of the site with a form draft kept in sessionStorage, as the EOI form does. */
async function openWithDraft(page: Page, path = '/communities/') {
  await page.goto(path);
  await page.evaluate((key) => sessionStorage.setItem(key, 'my answers'), DRAFT_KEY);
}

/** Comes back to the site in the same tab and reads what sessionStorage still holds. */
async function draftAfterReturning(page: Page) {
  await page.goto('/');
  return page.evaluate((key) => sessionStorage.getItem(key), DRAFT_KEY);
}

test.beforeEach(async ({ context }) => {
  await standInForNeutralSite(context);
});

test('leaving by an ordinary link keeps sessionStorage, so the checks below mean something', async ({
  page,
}) => {
  await openWithDraft(page);
  await page.goto(quickExit.url);
  expect(await draftAfterReturning(page)).toBe('my answers');
});

test('clicking Quick exit goes to the neutral site and leaves no form draft behind', async ({
  page,
}) => {
  await openForm(page);
  await page.getByLabel('Given name', { exact: true }).fill('Mere');
  await expect.poll(() => page.evaluate(() => sessionStorage.length)).toBe(1);

  await page.getByRole('link', { name: quickExit.label }).click();

  await expect(page).toHaveURL(quickExit.url);
  await page.goto('/');
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  await openForm(page);
  await expect(page.getByLabel('Given name', { exact: true })).toHaveValue('');
});

test('Quick exit replaces the page in history, so Back does not return to the site', async ({
  page,
}) => {
  await page.goto('/');
  await openWithDraft(page, '/reflections/');

  await page.getByRole('link', { name: quickExit.label }).click();
  await expect(page).toHaveURL(quickExit.url);
  await page.goBack();

  await expect(page).not.toHaveURL(/\/reflections\/$/);
});

test('pressing Shift three times leaves the site and clears sessionStorage', async ({ page }) => {
  await openWithDraft(page);

  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText('Press Shift once more to leave this site.');
  await page.keyboard.press('Shift');

  await expect(page).toHaveURL(quickExit.url);
  expect(await draftAfterReturning(page)).toBeNull();
});

test('Shift pressed twice, or three times around another key, keeps the page', async ({ page }) => {
  await openWithDraft(page);

  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  // Give a wrongly triggered exit time to happen.
  await page.waitForTimeout(500);

  await expect(page).toHaveURL(/\/communities\/$/);
  expect(await page.evaluate((key) => sessionStorage.getItem(key), DRAFT_KEY)).toBe('my answers');
});

test('with JavaScript off, Quick exit is a plain link to the neutral site', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    ...(baseURL && { baseURL }),
  });
  await standInForNeutralSite(context);
  const page = await context.newPage();
  await page.goto('/');

  await page.getByRole('link', { name: quickExit.label }).click();

  await expect(page).toHaveURL(quickExit.url);
  await context.close();
});

test('printing leaves out the skip link, Quick exit and the navigation', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
  await expect(page.getByRole('link', { name: quickExit.label })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
