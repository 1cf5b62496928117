import { expect, test } from '@playwright/test';
import { openPage } from '../support/browse';
import { axeViolations } from '../support/axe';
import { pageAddresses } from '../support/built-site';

/** axe's best-practice checks of page structure, which screen reader users navigate by. */
const STRUCTURE = [
  'heading-order',
  'page-has-heading-one',
  'landmark-one-main',
  'landmark-unique',
  'region',
];
const WIDTHS = [
  { name: 'a 320 px phone', viewport: { width: 320, height: 640 } },
  { name: 'a desktop', viewport: { width: 1280, height: 800 } },
];

for (const { name, viewport } of WIDTHS) {
  test.describe(`on ${name}`, () => {
    test.use({ viewport });

    for (const route of pageAddresses()) {
      test(`${route} has no WCAG 2.2 AA or structure violations that axe can find`, async ({
        page,
      }) => {
        await openPage(page, route);
        expect(await axeViolations(page, STRUCTURE)).toEqual([]);
      });

      test(`${route} fits the width without scrolling sideways`, async ({ page }) => {
        await openPage(page, route);
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
      });
    }
  });
}
