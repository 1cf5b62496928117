/**
 * The editor's preview is the page: beside each entry, the editor (test backend, seeded with the
 * test site) shows what its page will show once published, in the site's stylesheet and font,
 * following what is typed. Each is compared with the built page, as of the test site's build day
 * (the preview works its statuses out for "now", so the editor's clock is set to that day).
 */
import {
  expect,
  test,
  type BrowserContext,
  type FrameLocator,
  type Locator,
  type Page,
} from '@playwright/test';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { TEST_SITE } from '../../scripts/lib/test-site.ts';
import {
  fieldGroup,
  fillField,
  goToEntry,
  openEditor,
  previewFrame,
  watchEditor,
  type Watched,
} from '../support/editor.ts';

/** Sveltia's hourly check for a newer version of itself, which the editor's CSP refuses. */
const VERSION_CHECK = /unpkg\.com\/@sveltia\/cms\/package\.json/;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let context: BrowserContext;
/** The editor, loaded once for every test here. */
let editor: Page;
/** The built site, to compare with. */
let site: Page;
let seen: Watched;
let preview: FrameLocator;

test.beforeAll(async ({ browser }, testInfo) => {
  context = await browser.newContext({ baseURL: testInfo.project.use.baseURL ?? '' });
  editor = await context.newPage();
  await editor.clock.setSystemTime(new Date(TEST_SITE.buildDate));
  seen = await watchEditor(editor);
  await openEditor(editor);
  preview = previewFrame(editor);
  site = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
});

/** Each intake's name and status, as a list of intakes shows them. */
const intakeStatuses = (scope: Locator) =>
  scope
    .locator('.intakes__item')
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('.intakes__name')?.textContent?.trim(),
        item.querySelector('.tag')?.textContent?.trim(),
      ]),
    );

/**
 * What every preview must be: a page drawn by a template (not the editor's list of fields), its
 * text (`shown`) in the site's font, passing axe.
 */
async function expectThePage(shown: Locator) {
  await expect(preview.locator('[data-key-path]')).toHaveCount(0);
  await site.goto('/');
  const font = (text: Locator) => text.evaluate((element) => getComputedStyle(element).fontFamily);
  expect(await font(shown)).toBe(await font(site.getByRole('heading', { level: 1 })));
  // The frame's language is the site's (Sveltia writes lang="_default", which is no language).
  const language = (text: Locator) =>
    text.evaluate((element) => element.ownerDocument.documentElement.lang);
  expect(await language(shown)).toBe(await language(site.getByRole('main')));
  expect(await axeViolations(editor)).toEqual([]);
}

/** Scrolls the entry's fields down to one: the editor draws a long entry's fields as they come into view. */
async function scrollTo(field: Locator) {
  // In the fields' margin (the fields take the left of the screen), not over a text box that scrolls.
  const screen = await editor.getByRole('group', { name: 'Content Editor' }).boundingBox();
  if (screen) await editor.mouse.move(screen.x + 6, screen.y + screen.height / 2);
  await expect(async () => {
    if (!(await field.isVisible())) await editor.mouse.wheel(0, 1500);
    await expect(field).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 30_000 });
}

/** Typing a title shows in the preview's heading within a second. */
async function expectTypingFollowed(label: string, typed: string) {
  const field = fieldGroup(editor, label).getByRole('textbox', { name: label });
  await fillField(field, typed);
  await expect
    .poll(() => preview.getByRole('heading', { level: 1 }).textContent(), { timeout: 1_000 })
    .toBe(typed);
}

/** A part's words as a reader meets them, spaced as its layout spaces them. */
const words = async (scope: Locator) => (await scope.innerText()).replace(/\s+/g, ' ').trim();

/** A part's words, shown or folded away (the narrower preview folds the header's menu). */
const allWords = (scope: Locator) =>
  scope.evaluate((element) => element.textContent?.replace(/\s+/g, ' ').trim());

/** The preview holds, word for word, what the built page at `path` has in its main part. */
async function expectTheBuiltPage(path: string) {
  await site.goto(path);
  const built = await words(site.getByRole('main'));
  expect(built?.length).toBeGreaterThan(0);
  await expect.poll(() => words(preview.getByRole('main'))).toBe(built);
}

test('a CoP: its page as the site shows it, intakes and statuses included, following what is typed', async () => {
  await goToEntry(editor, 'cops', 'resistance');
  const heading = preview.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Resistance in Primary Prevention and Gender Equality CoP');
  await expectTheBuiltPage('/communities/resistance/');
  await expect(preview.locator('.intakes .tag')).toHaveText(
    await site.locator('main .intakes .tag').allTextContents(),
  );
  // The way to express interest (or register it, between intakes), to the form with this CoP ticked.
  await expect(preview.getByRole('link', { name: /interest in the Resistance/ })).toHaveAttribute(
    'href',
    '/apply/resistance/',
  );
  await expectThePage(heading);
  await expectTypingFollowed('Title', 'Resistance CoP, renamed in the editor');
});

test('a draft CoP: its page as it will be, marked as not on the public site', async () => {
  await goToEntry(editor, 'cops', 'unpublished-cop');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Unpublished Test CoP');
  await expect(preview.getByText('Draft: not on the public site', { exact: true })).toBeVisible();
  await expect(preview.getByText('This CoP is a draft.')).toBeVisible();
  expect((await site.request.get('/communities/unpublished-cop/')).status()).toBe(404);
});

test('a page: its text, the reflections where it places them, its resources, following what is typed', async () => {
  await goToEntry(editor, 'pages', 'learning');
  const heading = preview.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/./);
  await expectTheBuiltPage('/learning/');
  await expect(preview.locator('blockquote').first()).toBeVisible();
  await expectThePage(heading);
  await expectTypingFollowed('Title', 'What we are learning, renamed');
});

test("pages that show the team's contact, and what the form collects, show them as the site does", async () => {
  await goToEntry(editor, 'pages', 'accessibility');
  await expectTheBuiltPage('/accessibility/');
  await expect(preview.getByRole('link', { name: 'cop@example.org' })).toBeVisible();
  await goToEntry(editor, 'pages', 'privacy');
  await expectTheBuiltPage('/privacy/');
});

test('a CoP marked full in an intake shows so in its preview, as on its page', async () => {
  await goToEntry(editor, 'cops', 'workforce-development');
  await expectTheBuiltPage('/communities/workforce-development/');
});

test('a programme year: its intakes with the statuses the site shows today, and why each', async () => {
  await goToEntry(editor, 'programme', '2026-27');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    '2026–27 Communities of Practice',
  );
  await site.goto('/communities/');
  const built = await intakeStatuses(site.locator('main'));
  expect(built.length).toBeGreaterThan(0);
  expect(await intakeStatuses(preview.locator('body'))).toEqual(built);
  await expect(
    preview.getByText('First intake: Opening soon: applications open on 2 November 2026.'),
  ).toBeVisible();
  await expect(
    preview.getByText(
      'Second intake: Closed: set in its Status field. By its dates alone it would be Expressions of interest open: applications are taken until sessions begin in July 2027 (no closing date is given).',
    ),
  ).toBeVisible();
  await expectThePage(preview.getByRole('heading', { level: 1 }));
  await expectTypingFollowed('Title', '2026–27 Communities of Practice, renamed');
});

test("a programme year whose status set by hand its dates have overtaken gets the build's warning", async () => {
  await goToEntry(editor, 'programme', '2024-25');
  const current = editor.getByRole('switch', { name: 'Current' });
  await scrollTo(current);
  await current.check();
  await expect(preview.getByRole('status')).toContainText(
    'intake "second" has "status: open", but its sessions ended in May 2025',
  );
});

test('a reflection, as the reflections page shows it, following what is typed', async () => {
  await goToEntry(editor, 'reflections', '2023-09-connect-with-leaders');
  const shown = preview.locator('figure');
  await expect(shown).toContainText('The ability to connect with other leaders');
  await site.goto('/reflections/');
  expect(await site.locator('main figure').allInnerTexts()).toContain(await shown.innerText());
  await expectThePage(shown);
  const quote = fieldGroup(editor, 'Quote').getByRole('textbox', { name: 'Quote' });
  await fillField(quote, 'Typed in the editor just now.');
  await expect
    .poll(() => preview.locator('blockquote').textContent(), { timeout: 1_000 })
    .toBe('“Typed in the editor just now.”');
});

test('a draft shows as it will once published, marked as not on the public site', async () => {
  await goToEntry(editor, 'reflections', '2026-10-unpublished');
  await expect(preview.locator('blockquote')).toHaveText(
    '“An unpublished test reflection, newer than all the others.”',
  );
  await expect(preview.getByText('Draft: not on the public site', { exact: true })).toBeVisible();
  await site.goto('/reflections/');
  await expect(site.getByText('An unpublished test reflection')).toHaveCount(0);
});

test('site-wide text: the Quick exit bar, header and footer every page has', async () => {
  await goToEntry(editor, 'site', 'site');
  const footer = preview.getByRole('contentinfo');
  await expect(footer).toContainText('Acknowledgement of Country');
  await site.goto('/');
  const parts = (scope: Page | FrameLocator) => [
    scope.getByRole('complementary', { name: 'Quick exit' }),
    scope.getByRole('banner'),
    scope.getByRole('contentinfo'),
  ];
  const built = await Promise.all(parts(site).map(allWords));
  expect(await Promise.all(parts(preview).map(allWords))).toEqual(built);
  await expectThePage(footer);
  const acknowledgement = fieldGroup(editor, 'Acknowledgement of Country').getByRole('textbox');
  await fillField(acknowledgement, 'We acknowledge the Traditional Owners, typed just now.');
  await expect
    .poll(() => footer.innerText(), { timeout: 1_000 })
    .toContain('We acknowledge the Traditional Owners, typed just now.');
});

test('the form: its questions, hints and choices as applicants see them, inert, following what is typed', async () => {
  await goToEntry(editor, 'form', 'form');
  const form = preview.locator('form');
  await expect(form).toContainText('Which communities of practice are you interested in?');
  await site.goto('/apply/');
  expect(await words(form)).toBe(await words(site.locator('main form')));
  expect(await words(preview.locator('.privacy-points'))).toBe(
    await words(site.locator('.privacy-points')),
  );
  await expect(form).toContainText('(optional)');
  expect(await form.evaluate((element) => element.closest('[inert]') !== null)).toBe(true);
  await expectThePage(form.locator('legend').first());

  // Collapsed, each question shows its short name; the innermost group with it is that question.
  const questions = fieldGroup(editor, 'Questions');
  const collapseAll = questions.getByRole('button', { name: 'Collapse All' });
  await scrollTo(collapseAll);
  await collapseAll.click();
  const cops = questions
    .getByRole('group')
    .filter({ has: editor.getByText('Communities of practice', { exact: true }) })
    .last();
  await cops.getByRole('button', { name: 'Expand' }).click();
  // The one question open.
  const copsQuestion = questions.getByRole('textbox', { name: 'Question', exact: true });
  await copsQuestion.scrollIntoViewIfNeeded();
  await fillField(copsQuestion, 'Which CoPs would you like to join?');
  await expect
    .poll(() => form.locator('legend').first().textContent(), { timeout: 1_000 })
    .toContain('Which CoPs would you like to join?');

  // On a day an intake takes expressions of interest, the form asks which, from the programme file.
  await editor.clock.setSystemTime(new Date('2026-12-01T01:00:00Z'));
  await fillField(copsQuestion, 'Which CoPs would you like to join now?');
  await expect(form).toContainText('Which intake are you interested in?');
  await expect(form.locator('input[type=radio][name=intake]')).toHaveCount(1);
  await expect(form).toContainText('First intake');
  await editor.clock.setSystemTime(new Date(TEST_SITE.buildDate));
});

test("no preview asked for anything the editor's policy refuses", () => {
  expect(seen.cspViolations.filter((text) => !VERSION_CHECK.test(text))).toEqual([]);
  expect(seen.pageErrors).toEqual([]);
  expect(seen.offMachine).toEqual([]);
});
