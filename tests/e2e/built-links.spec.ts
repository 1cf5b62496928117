import { expect, test } from '@playwright/test';
import { findBrokenLinks, type PageLinks } from '../support/links';
import { builtFileExists, builtPages, SITE } from '../support/built-site';

test('every internal link and #anchor on every built page lands somewhere', async ({ page }) => {
  const pages: PageLinks[] = [];
  for (const { path } of builtPages()) {
    await page.goto(path);
    const found = await page.evaluate(() => {
      const attribute = (selector: string, name: string) =>
        [...document.querySelectorAll(selector)].map((element) => element.getAttribute(name) ?? '');
      return {
        ids: [...attribute('[id]', 'id'), ...attribute('a[name]', 'name')],
        links: [
          ...attribute('a[href], area[href], link[href]', 'href'),
          ...attribute('[src]', 'src'),
          ...attribute('form[action]', 'action'),
          ...attribute('astro-island[component-url]', 'component-url'),
          ...attribute('astro-island[renderer-url]', 'renderer-url'),
        ],
      };
    });
    pages.push({ path, ...found });
  }
  expect(pages.length).toBeGreaterThan(1);
  expect(findBrokenLinks(pages, SITE, builtFileExists)).toEqual([]);
});
