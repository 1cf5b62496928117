import { expect, test } from '@playwright/test';
import { focused, openPage } from '../support/browse.ts';
import { publishedCops, site } from '../support/published-content.ts';

const { quickExit } = site();

test.describe('every CoP is listed on the home page and reachable by keyboard alone', () => {
  const cops = publishedCops();

  test('the home page lists every published CoP by its title', async ({ page }) => {
    await openPage(page, '/');
    for (const cop of cops) {
      await expect(page.getByRole('main').getByRole('link', { name: cop.title })).toBeVisible();
    }
  });

  for (const cop of cops) {
    test(`${cop.title}: Tab to its link on the home page, press Enter, and its page opens`, async ({
      page,
    }) => {
      await openPage(page, '/');
      const href = `/communities/${cop.id}/`;
      let found = false;
      for (let presses = 0; presses < 100 && !found; presses += 1) {
        await page.keyboard.press('Tab');
        found = (await page.evaluate(() => document.activeElement?.getAttribute('href'))) === href;
      }
      expect(found, `no tab stop on the home page links to ${href}`).toBe(true);
      await expect(focused(page)).toHaveText(cop.title);

      await page.keyboard.press('Enter');

      await expect(page).toHaveURL(href);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(cop.title);
    });
  }
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('Quick exit is still on screen at the end of a long page', async ({ page }) => {
    await openPage(page, '/');
    await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));

    await expect(page.getByRole('link', { name: quickExit.label })).toBeInViewport();
  });
});
