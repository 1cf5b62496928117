import { expect, test, type Page } from '@playwright/test';
import { builtRoutes, publishedCops, site } from './support/site';

const { quickExit } = site();

/** The element that has focus, described by what a keyboard user would notice. */
function focused(page: Page) {
  return page.locator(':focus');
}

test.describe('the first two tab stops on every page', () => {
  for (const route of builtRoutes()) {
    test(`${route}: skip link, then Quick exit; the skip link moves focus to the main content`, async ({
      page,
    }) => {
      await page.goto(route);

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

/** How an element is drawn where focus shows: outline, ring and background. */
interface FocusLooks {
  lookOf: (element: Element) => string;
}

test.describe('focus is visible at every tab stop', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const lookOf = (element: Element) => {
        const style = getComputedStyle(element);
        return [
          style.outlineStyle,
          style.outlineWidth,
          style.boxShadow,
          style.backgroundColor,
        ].join(' | ');
      };
      Object.assign(window, { lookOf });
    });
  });

  for (const route of builtRoutes()) {
    test(`${route}: each tab stop looks different when it has focus`, async ({ page }) => {
      await page.goto(route);
      // How each stop looks without focus, before any key is pressed.
      const unfocused = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], button, input, select, textarea')].map(
          (element, index) => {
            element.setAttribute('data-stop', String(index));
            return (window as unknown as FocusLooks).lookOf(element);
          },
        ),
      );
      for (let press = 0; press < unfocused.length; press += 1) {
        await page.keyboard.press('Tab');
        const [index, look] = await focused(page).evaluate((element) => [
          element.getAttribute('data-stop'),
          (window as unknown as FocusLooks).lookOf(element),
        ]);
        if (index === null || index === undefined) continue;
        expect(look, `tab stop ${index} shows no focus`).not.toBe(unfocused[Number(index)]);
      }
    });
  }
});

test.describe('every CoP is listed on the home page and reachable by keyboard alone', () => {
  const cops = publishedCops();

  test('the home page lists every published CoP by its title', async ({ page }) => {
    await page.goto('/');
    for (const cop of cops) {
      await expect(page.getByRole('main').getByRole('link', { name: cop.title })).toBeVisible();
    }
  });

  for (const cop of cops) {
    test(`${cop.title}: Tab to its link on the home page, press Enter, and its page opens`, async ({
      page,
    }) => {
      await page.goto('/');
      const href = `/communities/${cop.id}/`;
      let found = false;
      for (let presses = 0; presses < 100 && !found; presses += 1) {
        await page.keyboard.press('Tab');
        found = (await focused(page).getAttribute('href')) === href;
      }
      expect(found, `no tab stop on the home page links to ${href}`).toBe(true);
      await expect(focused(page)).toHaveText(cop.title);

      await page.keyboard.press('Enter');

      await expect(page).toHaveURL(href);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(cop.title);
    });
  }
});

test.describe('on a 320 px phone, Quick exit stays within reach and hides nothing', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('Quick exit is still on screen at the end of a long page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));

    await expect(page.getByRole('link', { name: quickExit.label })).toBeInViewport();
  });

  for (const route of builtRoutes()) {
    test(`${route}: nothing that takes focus is hidden under the Quick exit bar`, async ({
      page,
    }) => {
      await page.goto(route);
      const stops = await page.locator('a[href], button, input, select, textarea').count();
      // Forwards to the end, then back: going back scrolls each stop in at the top, by the bar.
      const presses = [...Array(stops).fill('Tab'), ...Array(stops - 1).fill('Shift+Tab')];
      for (const key of presses) {
        await page.keyboard.press(key);
        const hidden = await focused(page).evaluate((element) => {
          const bar = document.querySelector('.quick-exit');
          if (!bar || bar.contains(element)) return '';
          // The bar covers the element where it, not the element, is what the eye sees.
          const box = element.getBoundingClientRect();
          const points = [
            [box.left + 2, box.top + 2],
            [box.right - 2, box.top + 2],
            [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
          ] as const;
          const covered = points.some(([x, y]) => bar.contains(document.elementFromPoint(x, y)));
          return covered ? element.outerHTML.slice(0, 80) : '';
        });
        expect(hidden, `after ${key}, the focused element is under the Quick exit bar`).toBe('');
      }
    });
  }
});
