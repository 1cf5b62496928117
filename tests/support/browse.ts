/** Using a page as a person does: waiting for it to be ready, and moving by keyboard. */
import { expect, type Page } from '@playwright/test';

/** Opens a page and waits for its islands to hydrate, as a person would before using it. */
export async function openPage(page: Page, path: string) {
  const response = await page.goto(path);
  // Every island (Astro's, the search's, the form's) drops its `ssr` attribute once hydrated.
  await expect(page.locator('[ssr]')).toHaveCount(0);
  return response;
}

/** The element that has focus. */
export function focused(page: Page) {
  return page.locator(':focus');
}

/**
 * Presses `key` (Tab or Shift+Tab) until focus leaves the page, running `atEachStop` at
 * every stop on the way. Fails if focus never leaves: that is a keyboard trap.
 */
export async function eachTabStop(
  page: Page,
  key: 'Tab' | 'Shift+Tab',
  atEachStop: () => Promise<void>,
) {
  for (let press = 0; press < 500; press += 1) {
    await page.keyboard.press(key);
    const onPage = await page.evaluate(
      () => document.activeElement !== null && document.activeElement !== document.body,
    );
    if (!onPage) return;
    await atEachStop();
  }
  throw new Error(`${key} never took focus off the page: a keyboard trap?`);
}
