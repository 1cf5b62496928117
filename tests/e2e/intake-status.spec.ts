import { expect, test, type Page } from '@playwright/test';
import { STATUS_LABELS } from '../../src/lib/intake-status';
import { intakesWithStatus, publishedCops } from '../support/published-content';

const intakes = intakesWithStatus();
const pages = [
  { name: 'the home page', path: '/' },
  { name: 'the listing', path: '/communities/' },
  ...publishedCops().map((cop) => ({ name: cop.title, path: `/communities/${cop.id}/` })),
];

/** The status shown beside an intake's name. */
function statusOf(page: Page, intakeName: string) {
  return page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: intakeName }) })
    .locator('[data-status]');
}

/** What every page should say, e.g. "First intake: Closed; Second intake: …", from the content. */
const expected = intakes
  .map((intake) => `${intake.name}: ${STATUS_LABELS[intake.status]}`)
  .join('; ');

for (const { name, path } of pages) {
  test(`${name} shows ${expected}`, async ({ page }) => {
    await page.goto(path);
    for (const intake of intakes) {
      const status = statusOf(page, intake.name);
      await expect(status).toHaveText(STATUS_LABELS[intake.status]);
      await expect(status).toHaveAttribute('data-status', intake.status);
    }
  });
}
