import { expect, test } from '@playwright/test';
import { pageSchema } from '../../src/schemas/page';
import { openPage } from '../support/browse';
import { MISSING_PAGE, pageAddresses, sitemapAddresses } from '../support/built-site';
import { contentFields } from '../support/content-file';
import { publishedCops } from '../support/published-content';

const routes = pageAddresses();

test.describe('every page', () => {
  for (const route of routes) {
    test(`${route} shows one main heading and runs without errors`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        // A failed load is reported below with its address; the 404 page's own is expected.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          errors.push(message.text());
        }
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('response', (response) => {
        const isPage = response.request().resourceType() === 'document';
        if (!isPage && response.status() >= 400)
          errors.push(`${response.status()} ${response.url()}`);
      });

      const response = await openPage(page, route);

      expect(response?.status()).toBe(route === MISSING_PAGE ? 404 : 200);
      const heading = page.getByRole('main').getByRole('heading', { level: 1 });
      await expect(heading).toHaveCount(1);
      await expect(heading).toBeVisible();
      await expect(heading).not.toHaveText(/^\s*$/);
      // A script or style blocked by the CSP, or a missing file, shows up here.
      expect(errors).toEqual([]);
    });
  }

  test('each page has its own title', async ({ page }) => {
    const titles = new Map<string, string>();
    for (const route of routes.filter((route) => route !== MISSING_PAGE)) {
      await page.goto(route);
      const title = await page.title();
      expect(titles.get(title), `${route} has the same title as ${titles.get(title)}`).toBe(
        undefined,
      );
      titles.set(title, route);
    }
  });
});

test('every page links to the accessibility statement from its footer', async ({ page }) => {
  for (const route of routes) {
    await page.goto(route);
    const link = page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' });
    await expect(link, `${route} has no link to the statement`).toHaveAttribute(
      'href',
      '/accessibility/',
    );
  }
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
  const statement = pageSchema.parse(contentFields('content/pages/accessibility.mdx'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(statement.title);
});

test('every published CoP has its own page in the sitemap', () => {
  const listed = sitemapAddresses().map((address) => new URL(address).pathname);
  for (const cop of publishedCops()) expect(listed).toContain(`/communities/${cop.id}/`);
});
