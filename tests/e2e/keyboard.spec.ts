import { expect, test } from '@playwright/test';
import { eachTabStop, focused, openPage } from '../support/browse';
import { pageAddresses } from '../support/built-site';
import { publishedCops, site } from '../support/published-content';

const { quickExit } = site();

test.describe('the first two tab stops on every page', () => {
  for (const route of pageAddresses()) {
    test(`${route}: skip link, then Quick exit; the skip link moves focus to the main content`, async ({
      page,
    }) => {
      await openPage(page, route);

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
        return (
          !!main && !!(main.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)
        );
      });
      expect(fromMain).toBe(true);
    });
  }
});

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

/** Reads how an element is drawn where focus shows (installed in the page by beforeEach). */
interface FocusLooks {
  lookOf: (element: Element) => string;
}

test.describe('on a 320 px phone, focus is visible and Quick exit stays within reach, hiding nothing', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('Quick exit is still on screen at the end of a long page', async ({ page }) => {
    await openPage(page, '/');
    await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));

    await expect(page.getByRole('link', { name: quickExit.label })).toBeInViewport();
  });

  test.beforeEach(async ({ page }) => {
    // How an element is drawn where focus shows: outline, ring and background.
    await page.addInitScript(() => {
      const lookOf = (element: Element) => {
        const style = getComputedStyle(element);
        const parts = [
          style.outlineStyle,
          style.outlineWidth,
          style.boxShadow,
          style.backgroundColor,
        ];
        return parts.join(' | ');
      };
      Object.assign(window, { lookOf });
    });
  });

  test('a link within the page leaves what it points to below the Quick exit bar', async ({
    page,
  }) => {
    for (const route of pageAddresses()) {
      await openPage(page, route);
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
        expect(top, `${route}${target} is under the Quick exit bar`).toBeGreaterThanOrEqual(
          barBottom,
        );
        await page.evaluate(() => window.scrollTo(0, 0));
      }
    }
  });

  for (const route of pageAddresses()) {
    test(`${route}: every tab stop shows focus and none is hidden under the Quick exit bar`, async ({
      page,
    }) => {
      await openPage(page, route);
      // How each stop looks without focus, before any key is pressed.
      const unfocused = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], button, input, select, textarea')].map(
          (element, index) => {
            element.setAttribute('data-stop', String(index));
            return (window as unknown as FocusLooks).lookOf(element);
          },
        ),
      );
      const check = (key: string) => async () => {
        const [index, look, hidden] = await focused(page).evaluate((element) => {
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
          return [
            element.getAttribute('data-stop'),
            (window as unknown as FocusLooks).lookOf(element),
            covered ? element.outerHTML.slice(0, 80) : '',
          ];
        });
        expect(hidden, `after ${key}, the focused element is under the Quick exit bar`).toBe('');
        if (index === null || index === undefined) return;
        expect(look, `tab stop ${index} shows no focus`).not.toBe(unfocused[Number(index)]);
      };
      // Forwards to the end, then back: going back scrolls each stop in at the top, by the bar.
      await eachTabStop(page, 'Tab', check('Tab'));
      await eachTabStop(page, 'Shift+Tab', check('Shift+Tab'));
    });
  }
});
