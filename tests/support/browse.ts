/** Using a page as a person does: waiting for it to be ready, and moving by keyboard. */
import { expect, type Page } from '@playwright/test';

/**
 * Opens a page and waits for its islands to hydrate, as a person would before using it
 * (and, with `networkidle`, until nothing more loads).
 */
export async function openPage(
  page: Page,
  path: string,
  waitUntil: 'load' | 'networkidle' = 'load',
) {
  const response = await page.goto(path, { waitUntil });
  // Every island (Astro's, the search's, the form's) drops its `ssr` attribute once hydrated.
  await expect(page.locator('[ssr]')).toHaveCount(0);
  return response;
}

/** The element that has focus. */
export function focused(page: Page) {
  return page.locator(':focus');
}
