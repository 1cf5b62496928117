import { expect, test, type Page } from '@playwright/test';
import { formatDateRange } from '../../src/lib/dates.ts';
import { STATUS_LABELS } from '../../src/lib/intake-status.ts';
import { currentProgrammeOfTestSite, intakesWithStatus } from '../support/published-content.ts';

async function copPaths(page: Page): Promise<string[]> {
  await page.goto('/communities/');
  const hrefs = await page
    .locator('section[aria-labelledby="all"] .cards a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...new Set(hrefs)];
}

test.describe('the programme at a glance', () => {
  test('shows the year as a picture, and the same in words for screen readers', async ({
    page,
  }) => {
    await page.goto('/');
    const timeline = page.locator('figure.timeline');
    await expect(timeline.locator('svg')).toBeVisible();
    await expect(timeline.locator('svg')).toHaveAttribute('aria-hidden', 'true');
    const words = timeline.locator('figcaption li');
    const { title, runs } = currentProgrammeOfTestSite();
    await expect(words.filter({ hasText: `${title} runs ` })).toHaveText(
      `${title} runs ${formatDateRange(runs.from, runs.to)}.`,
    );
    for (const intake of intakesWithStatus()) {
      const line = words.filter({ hasText: `${intake.name}: sessions ` });
      await expect(line).toHaveCount(1);
      await expect(line).toContainText(
        `${intake.name}: sessions ${formatDateRange(intake.sessions.from, intake.sessions.to)}`,
      );
      // The intake's own status; a CoP with less room in it is named after it.
      await expect(line).toContainText(
        new RegExp(`Status: ${STATUS_LABELS[intake.status]}\\.(?: |$)`),
      );
    }
  });

  test('fits a 320 pixel screen without scrolling sideways, and prints', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/');
    const picture = page.locator('figure.timeline svg');
    const box = await picture.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await page.emulateMedia({ media: 'print' });
    await expect(picture).toBeVisible();
  });
});

test.describe('pages that show a status', () => {
  test('say for which days the information holds: until the day applications open', async ({
    page,
  }) => {
    // Built on 15 October 2026; the test site's first intake takes applications from 2 November.
    const expected = 'Information current from 15 October 2026 to 1 November 2026.';
    for (const path of ['/', ...(await copPaths(page)), '/apply/']) {
      await page.goto(path);
      await expect(page.getByText(expected), path).toBeVisible();
    }
  });
});
