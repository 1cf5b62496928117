import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { testSitePath } from '../../scripts/lib/test-site.ts';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { sitemapAddresses } from '../support/built-site.ts';
import { publishedCops } from '../support/published-content.ts';

/** Words picked from each test site CoP's own file that someone remembering that CoP might type. */
const OWN_WORDS: Record<string, string> = {
  'emerging-practitioners': 'early career',
  'mid-to-senior': 'leadership',
  resistance: 'backlash',
  'respectful-relationships': 'schools',
  'workforce-development': 'TAFE training',
};
const COP_IDS = publishedCops().map((cop) => cop.id);
const copFile = (id: string) => join(testSitePath(), 'cops', `${id}.mdx`);

/** The island is interactive once it has been hydrated. */
async function openSearch(page: Page, address = '/search/') {
  await page.goto(address);
  await expect(page.locator('site-search-island')).not.toHaveAttribute('ssr');
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search this site' });
const results = (page: Page) => page.locator('.search__results > li');
const resultTitles = (page: Page) => results(page).getByRole('heading', { level: 2 });
const firstResultLink = (page: Page) => resultTitles(page).first().getByRole('link');

test('a search from the header lands on the search page with results; Enter opens one', async ({
  page,
}) => {
  await page.goto('/communities/');
  await searchBox(page).fill('backlash');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL('/search/?q=backlash');
  await expect(page.locator('main').getByRole('status')).toHaveText(
    /^\d+ results? for “backlash”\.$/,
  );
  await expect(firstResultLink(page)).toHaveAttribute('href', '/communities/resistance/');
  await expect(searchBox(page)).toHaveValue('backlash');
  await expect(results(page).locator('mark').first()).toHaveText(/backlash/i);
  // The arrow keys move through the results (tests/unit/search-island.test.tsx); Enter opens one.
  await searchBox(page).press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/communities/resistance/');
});

test('content pages get the header search form and no JavaScript but the quick exit', async ({
  page,
}) => {
  await page.goto('/approach/');
  const form = page.getByRole('search');
  await expect(form).toHaveAttribute('action', '/search/');
  await expect(form).toHaveAttribute('method', 'get');
  await expect(page.locator('script[src], astro-island, site-search-island')).toHaveCount(0);
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(1);
});

test('a type filter narrows the results and is kept in the address', async ({ page }) => {
  await openSearch(page, '/search/?q=practice');
  await expect(results(page).first()).toBeVisible();
  const everyType = await results(page).count();
  const cops = page.getByRole('checkbox', { name: /^Communities of Practice \(\d+\)$/ });
  const copsLabel = await page.locator('.search__filter', { has: cops }).innerText();
  const promised = Number(/\((\d+)\)/.exec(copsLabel)?.[1]);
  await cops.check();
  await expect(page).toHaveURL('/search/?q=practice&type=Community+of+Practice');
  await expect(page.locator('main').getByRole('status')).toHaveText(
    /in Communities of Practice\.$/,
  );
  const types = results(page).locator('.search-result__type');
  await expect(types.first()).toHaveText('Community of Practice');
  const narrowed = await results(page).count();
  expect(narrowed).toBeLessThan(everyType);
  await expect(types).toHaveText(Array(narrowed).fill('Community of Practice'));
  expect(narrowed, 'as many results as the filter promised').toBe(promised);

  await page.reload();
  await expect(page.locator('site-search-island')).not.toHaveAttribute('ssr');
  await expect(cops).toBeChecked();
  await expect(results(page)).toHaveCount(narrowed);
});

test('a query with no results offers every CoP and the main pages', async ({ page }) => {
  await openSearch(page);
  await searchBox(page).fill('xyzzyplugh');
  await expect(page.locator('main').getByRole('status')).toHaveText('No results for “xyzzyplugh”.');
  for (const id of COP_IDS) {
    await expect(page.locator(`.search__help a[href="/communities/${id}/"]`)).toBeVisible();
  }
  await expect(page.locator('.search__help a[href="/communities/"]')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs it and links to every page of the site', async ({
    page,
  }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(searchBox(page)).toBeHidden();
    const paths = sitemapAddresses()
      .map((address) => new URL(address).pathname)
      .filter((path) => path !== '/search/');
    expect(paths.length).toBeGreaterThan(COP_IDS.length);
    const linked = await page
      .locator('main a')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
    for (const path of paths) expect(linked, `a link to ${path}`).toContain(path);
  });
});

test.describe('each CoP is found first by its own words', () => {
  for (const id of COP_IDS) {
    test(id, async ({ page }) => {
      const words = OWN_WORDS[id];
      expect(words, `pick words from ${copFile(id)} for OWN_WORDS`).toBeTruthy();
      const file = readFileSync(copFile(id), 'utf8').toLowerCase();
      for (const word of words!.toLowerCase().split(' ')) expect(file).toContain(word);
      await openSearch(page, `/search/?q=${encodeURIComponent(words!)}`);
      await expect(firstResultLink(page)).toHaveAttribute('href', `/communities/${id}/`);
    });
  }
});

test('the search page with results showing has no axe violations', async ({ page }) => {
  await openSearch(page, '/search/?q=prevention');
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Show only' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
