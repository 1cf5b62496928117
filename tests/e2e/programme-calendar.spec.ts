import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { formatBuildDate } from '../../src/lib/dates';
import { parseCalendar, property, unescapeText } from '../support/ical';
import { publishedCops } from '../support/published-content';

const COP_PAGES = publishedCops().map((cop) => `/communities/${cop.id}/`);

test.describe('Add to calendar', () => {
  test('from the home page, downloads a calendar a calendar app can read', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('link', { name: 'Add to calendar for Second intake' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('2024-25-second.ics');
    const calendar = parseCalendar(await readFile(await download.path(), 'utf8'));
    const [sessions] = calendar.children.filter((event) => event.type === 'VEVENT');
    expect(unescapeText(property(sessions!, 'SUMMARY')!.value)).toContain('Second intake');
    expect(property(sessions!, 'DTSTART')).toMatchObject({ params: { VALUE: 'DATE' } });
  });

  test('every CoP page links to a calendar file for each intake it offers', async ({
    page,
    request,
  }) => {
    for (const path of COP_PAGES) {
      await page.goto(path);
      const links = page.getByRole('link', { name: /^Add to calendar/ });
      await expect(links.first(), path).toBeVisible();
      for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))) {
        const response = await request.get(href!);
        expect(response.status(), href!).toBe(200);
        expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
        const calendar = parseCalendar((await response.body()).toString('utf8'));
        expect(
          calendar.children.some((event) => event.type === 'VEVENT'),
          href!,
        ).toBe(true);
      }
    }
  });
});

test.describe('course details for search engines', () => {
  test('each CoP page carries one parseable Course with a CourseInstance per intake', async ({
    page,
  }) => {
    expect(COP_PAGES.length).toBeGreaterThan(0);
    for (const path of COP_PAGES) {
      await page.goto(path);
      const scripts = page.locator('script[type="application/ld+json"]');
      await expect(scripts, path).toHaveCount(1);
      const data = JSON.parse((await scripts.textContent()) ?? '');
      expect(data['@type']).toBe('Course');
      expect(data.name).toBe(await page.getByRole('heading', { level: 1 }).textContent());
      const intakeNames = await page.locator('.intakes__name').allTextContents();
      expect(data.hasCourseInstance.map((instance: { name: string }) => instance.name)).toEqual(
        intakeNames.map((intake) => `${data.name}: ${intake}`),
      );
      for (const instance of data.hasCourseInstance) {
        expect(instance).toMatchObject({
          '@type': 'CourseInstance',
          courseMode: 'online',
          maximumAttendeeCapacity: 25,
          organizer: { name: 'Safe and Equal' },
        });
        expect(instance.funder.length).toBeGreaterThan(0);
      }
    }
  });
});

test.describe('the programme at a glance', () => {
  test('shows the year as a picture, and the same in words for screen readers', async ({
    page,
  }) => {
    await page.goto('/');
    const timeline = page.locator('figure.timeline');
    await expect(timeline.locator('svg')).toBeVisible();
    await expect(timeline.locator('svg')).toHaveAttribute('aria-hidden', 'true');
    const words = timeline.locator('figcaption li');
    await expect(words).toContainText([
      '2024–25 Communities of Practice runs August 2024 to May 2025.',
      'First intake: sessions August to November 2024. Status: Closed.',
      'Second intake: sessions February to May 2025. Status: Expressions of interest open.',
    ]);
  });

  // That it fits a 320 px screen is checked with every page in pages.spec.ts.
  test('prints', async ({ page }) => {
    await page.goto('/');
    const picture = page.locator('figure.timeline svg');
    await page.emulateMedia({ media: 'print' });
    await expect(picture).toBeVisible();
  });
});

test.describe('pages that show a status', () => {
  test('say when the information was current', async ({ page }) => {
    const expected = `Information current at ${formatBuildDate(new Date())}.`;
    for (const path of ['/', ...COP_PAGES, '/apply/']) {
      await page.goto(path);
      await expect(page.getByText(expected), path).toBeVisible();
    }
  });
});
