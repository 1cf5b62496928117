/**
 * Every page, opened once on a desktop and once on a 320 px phone, with each check a step: what
 * used to open every page nine times (errors, CSP, axe twice, width twice, keyboard twice) opens
 * it twice. Copies of a page are the exception, below.
 */
import { expect, test, type Page } from '@playwright/test';
import { pageSchema } from '../../src/schemas/page.ts';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { focused, openPage } from '../support/browse.ts';
import { MISSING_PAGE, pageAddresses, pageCopies } from '../support/built-site.ts';
import { contentFields } from '../../scripts/lib/content-file.ts';
import { watchPage } from '../support/page-watch.ts';
import { site } from '../support/published-content.ts';

const { quickExit } = site();

/** axe's best-practice checks of page structure, which screen reader users navigate by. */
const STRUCTURE = [
  'heading-order',
  'page-has-heading-one',
  'landmark-one-main',
  'landmark-unique',
  'region',
];

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page, STRUCTURE)).toEqual([]);
}

async function expectFitsTheWidth(page: Page) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .filter((element) => !element.closest('.visually-hidden, .skip-link'))
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`);
  });
  expect(overflow).toEqual([]);
  const scrolls = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(scrolls).toBe(false);
}

/** Skip link, then Quick exit; the skip link moves focus to the main content. */
async function expectSkipLinkThenQuickExit(page: Page) {
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveText('Skip to main content');
  await expect(focused(page)).toBeInViewport();

  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveAttribute('href', quickExit.url);
  await expect(focused(page)).toContainText(quickExit.label);

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab goes on from the main content (into it, or to the footer), not from the top.
  await page.keyboard.press('Tab');
  const fromMain = await focused(page).evaluate((element) => {
    const main = document.querySelector('main');
    return !!main && !!(main.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(fromMain).toBe(true);
}

/**
 * Every tab stop, forwards to the end and back, shows focus and is not hidden under the Quick
 * exit bar; focus must leave the page at each end, or it is trapped.
 */
async function expectEveryTabStopSeen(page: Page) {
  // How each stop looks without focus (outline, ring and background), before any key is pressed.
  const unfocused = await page.evaluate(() =>
    [...document.querySelectorAll('a[href], button, input, select, textarea')].map(
      (element, index) => {
        element.setAttribute('data-stop', String(index));
        const style = getComputedStyle(element);
        return [style.outlineStyle, style.outlineWidth, style.boxShadow, style.backgroundColor];
      },
    ),
  );
  // Going back scrolls each stop in at the top, by the bar, so both directions are checked.
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let press = 1; ; press += 1) {
      if (press > 500) throw new Error(`${key} never took focus off the page: a keyboard trap?`);
      await page.keyboard.press(key);
      // One round trip per stop: where focus is, how it looks, and whether the bar covers it.
      const stop = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return undefined;
        const bar = document.querySelector('.quick-exit');
        // The bar hides the element where it, not the element, is what the eye sees.
        const box = element.getBoundingClientRect();
        const points = [
          [box.left + 2, box.top + 2],
          [box.right - 2, box.top + 2],
          [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
        ] as const;
        const covered =
          !!bar &&
          !bar.contains(element) &&
          points.some(([x, y]) => bar.contains(document.elementFromPoint(x, y)));
        const style = getComputedStyle(element);
        return {
          index: element.getAttribute('data-stop'),
          look: [style.outlineStyle, style.outlineWidth, style.boxShadow, style.backgroundColor],
          hidden: covered ? element.outerHTML.slice(0, 80) : '',
        };
      });
      if (!stop) break;
      expect(stop.hidden, `after ${key}, the focused element is under the Quick exit bar`).toBe('');
      if (stop.index !== null) {
        expect(stop.look, `tab stop ${stop.index} shows no focus`).not.toEqual(
          unfocused[Number(stop.index)],
        );
      }
    }
  }
}

/** A link within the page leaves what it points to below the Quick exit bar. */
async function expectInPageLinksClearTheBar(page: Page, address: string) {
  const targets = await page
    .locator('a[href^="#"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  for (const target of targets) {
    await page.locator(`a[href="${target}"]`).first().focus();
    await page.keyboard.press('Enter');
    const [barBottom, top] = await page.evaluate(
      (id) => [
        document.querySelector('.quick-exit')?.getBoundingClientRect().bottom ?? 0,
        document.getElementById(id)?.getBoundingClientRect().top ?? -1,
      ],
      target.slice(1),
    );
    expect(top, `${address}${target} is under the Quick exit bar`).toBeGreaterThanOrEqual(
      barBottom,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
  }
}

// A copy of a page (the form with one CoP ticked, /apply/<id>/) is checked against its page in
// built-html.spec.ts: what the browser finds here on the page holds for it.
const copies = new Set(pageCopies().map(({ path }) => path));

for (const address of pageAddresses().filter((address) => !copies.has(address))) {
  test.describe(address, () => {
    test('on a desktop: loads cleanly, passes axe, fits, and starts with the skip link', async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const seen = await watchPage(page, new URL(baseURL ?? '').origin);
      const response = await openPage(page, address, 'networkidle');

      await test.step('answers, asks no other site for anything, keeps to its CSP, logs no error', () => {
        expect(response?.status()).toBe(address === MISSING_PAGE ? 404 : 200);
        // The browser logs the not-found page's own 404 status; that is the one error there.
        const expectedErrors =
          address === MISSING_PAGE
            ? ['Failed to load resource: the server responded with a status of 404 (Not Found)']
            : [];
        expect(seen).toEqual({ offSite: [], cspViolations: [], errors: expectedErrors });
      });
      await test.step('shows one main heading', async () => {
        const heading = page.getByRole('main').getByRole('heading', { level: 1 });
        await expect(heading).toHaveCount(1);
        await expect(heading).toBeVisible();
        await expect(heading).not.toHaveText(/^\s*$/);
        if (address === MISSING_PAGE) await expect(heading).toHaveText('Page not found');
      });
      await test.step('has no WCAG 2.2 AA or structure violations that axe can find', () =>
        expectNoAxeViolations(page));
      await test.step('fits the width without scrolling sideways', () => expectFitsTheWidth(page));
      await test.step('links to the accessibility statement from its footer', async () => {
        const link = page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' });
        await expect(link).toHaveAttribute('href', '/accessibility/');
      });
      await test.step('tabs to the skip link, then Quick exit', () =>
        expectSkipLinkThenQuickExit(page));
    });

    test('on a 320 px phone: passes axe, fits, shows focus, and Quick exit hides nothing', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await openPage(page, address);

      await test.step('has no WCAG 2.2 AA or structure violations that axe can find', () =>
        expectNoAxeViolations(page));
      await test.step('fits the width without scrolling sideways', () => expectFitsTheWidth(page));
      await test.step('every tab stop shows focus and none is under the Quick exit bar', () =>
        expectEveryTabStopSeen(page));
      await test.step('a link within the page leaves its target below the Quick exit bar', () =>
        expectInPageLinksClearTheBar(page, address));
    });
  });
}

test('the footer link to the accessibility statement opens it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
  const statement = pageSchema.parse(contentFields('content/pages/accessibility.mdx'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(statement.title);
});
