import { expect, test } from '@playwright/test';
import { focused, openPage } from '../support/browse.ts';
import { publishedCops, site } from '../support/published-content.ts';

const PHONE = { width: 320, height: 568 };
const { quickExit } = site();
const firstCop = publishedCops()[0]!;
const FIRST_SCREENS = ['/', '/communities/', `/communities/${firstCop.id}/`, '/apply/'];

test.describe('on a 320 × 568 phone, the first screen shows what the page is', () => {
  test.use({ viewport: PHONE });

  for (const route of FIRST_SCREENS) {
    test(`${route}: the page's heading starts in the top half, below a visible Quick exit`, async ({
      page,
    }) => {
      await openPage(page, route);

      const top = await page.getByRole('heading', { level: 1 }).evaluate((heading) => {
        return heading.getBoundingClientRect().top;
      });
      expect(top).toBeLessThan(PHONE.height / 2);
      await expect(page.getByRole('link', { name: quickExit.label })).toBeInViewport();
    });
  }

  test('the key facts on the home page sit two to a row', async ({ page }) => {
    await openPage(page, '/');

    const tops = await page
      .getByRole('list', { name: 'Key facts' })
      .getByRole('listitem')
      .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
    expect(tops.length).toBeGreaterThan(1);
    for (let index = 0; index < tops.length; index += 2) {
      expect(tops[index + 1] ?? tops[index]).toBe(tops[index]);
    }
  });
});

test.describe('the navigation without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test.describe('on a phone', () => {
    test.use({ viewport: PHONE });

    test('its links wait behind Menu, which opens by keyboard, and a link then opens its page', async ({
      page,
    }) => {
      await page.goto('/');
      const navigation = page.getByRole('navigation', { name: 'Main' });
      await expect(navigation.getByRole('link', { name: 'Reflections' })).toBeHidden();

      // Skip link, Quick exit, the site's name, then Menu.
      for (let press = 0; press < 4; press += 1) await page.keyboard.press('Tab');
      await expect(focused(page)).toHaveText('Menu');
      await page.keyboard.press('Enter');
      await expect(navigation.getByRole('link', { name: 'Reflections' })).toBeVisible();

      let onReflections = false;
      for (let press = 0; press < 10 && !onReflections; press += 1) {
        await page.keyboard.press('Tab');
        onReflections = (await focused(page).textContent()) === 'Reflections';
      }
      expect(onReflections).toBe(true);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL('/reflections/');
    });
  });

  test('on a desktop its links show as a row, with no Menu to open', async ({ page }) => {
    await page.goto('/');

    await expect(page.getByText('Menu', { exact: true })).toBeHidden();
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    for (const link of await links.all()) await expect(link).toBeVisible();
    const tops = await links.evaluateAll((all) =>
      all.map((link) => Math.round(link.getBoundingClientRect().top)),
    );
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(20);
  });
});
