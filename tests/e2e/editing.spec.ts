/**
 * What editors see: the production build (the test site, with a draft CoP, page and reflection)
 * leaves drafts out entirely; `npm run dev`, on a throwaway copy, shows them, marked, and shows a
 * mistake in the browser rather than the page as it was before the mistake.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { copyProject, freePort, type ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { sitemapAddresses } from '../support/built-site.ts';
import { drafts, publishedCops } from '../support/published-content.ts';

const DRAFTS = drafts();

test('a production build leaves drafts out of pages, links, navigation and the sitemap', async ({
  page,
  request,
}) => {
  expect(DRAFTS.paths.length).toBeGreaterThan(0);
  for (const path of DRAFTS.paths) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const published = sitemapAddresses().map((url) => new URL(url).pathname);
  expect(published).toContain(`/communities/${publishedCops()[0]!.id}/`);
  for (const path of DRAFTS.paths) expect(published).not.toContain(path);

  for (const path of published) {
    await page.goto(path);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const draft of DRAFTS.paths)
      expect(hrefs, `${path} links to ${draft}`).not.toContain(draft);
    const text = await page.locator('body').innerText();
    for (const words of DRAFTS.words) expect(text, `${path} shows "${words}"`).not.toContain(words);
    await expect(page.locator('.tag--draft'), path).toHaveCount(0);
  }
});

test('the search index of a production build knows nothing of drafts', async ({ page }) => {
  const [draft] = DRAFTS.cops;
  const word = draft!.title.split(' ')[0]!;
  await page.goto(`/search/?q=${encodeURIComponent(word)}`);
  await expect(page.locator('site-search-island')).not.toHaveAttribute('ssr');
  await expect(page.locator('main').getByRole('status')).toHaveText(`No results for “${word}”.`);
  const [cop] = publishedCops();
  const found = cop!.title.split(' ')[0]!;
  await page.goto(`/search/?q=${encodeURIComponent(found)}`);
  await expect(page.locator('site-search-island')).not.toHaveAttribute('ssr');
  await expect(page.locator('main').getByRole('status')).toHaveText(
    new RegExp(`^\\d+ results? for “${found}”\\.$`),
  );
});

test.describe('npm run dev', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  let project: ProjectCopy;
  let devPort: number;
  const dev = (path: string) => `http://127.0.0.1:${devPort}${path}`;

  test.beforeAll(async () => {
    project = await copyProject({ content: 'test site' });
    devPort = await freePort();
    await project.dev(devPort);
  });
  test.afterAll(() => project?.dispose());

  test('shows drafts, each clearly marked as a draft', async ({ page }) => {
    const [cop] = DRAFTS.cops;
    await page.goto(dev(`/communities/${cop!.id}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(cop!.title);
    await expect(page.getByText('Draft: not published')).toBeVisible();

    await page.goto(dev('/communities/'));
    const card = page.locator('.cop-card', { hasText: cop!.title }).first();
    await expect(card.getByText('Draft', { exact: true })).toBeVisible();

    await page.goto(dev(`/${DRAFTS.pages[0]!.id}/`));
    await expect(page.getByText('Draft: not published')).toBeVisible();

    await page.goto(dev('/reflections/'));
    const reflection = page.locator('figure', { hasText: DRAFTS.reflections[0]!.quote });
    await expect(reflection.getByText('Draft: not published')).toBeVisible();
  });

  /**
   * Saves a file, then visits a page until it shows what `shown` expects, saving again before
   * each new visit as a person would: once, on a busy machine, astro dev missed a save and the page
   * stayed as it was for 45 s.
   */
  async function saveUntilShown(
    page: Page,
    file: string,
    text: string,
    path: string,
    shown: () => Promise<void>,
  ) {
    await expect(async () => {
      // Leave the page first: its dev client would reload it as the file changes, aborting a visit.
      await page.goto('about:blank');
      await project.write(file, text);
      await page.goto(dev(path));
      await shown();
    }).toPass({ timeout: 75_000 });
  }

  test('shows a mistake in the browser until the file is fixed', async ({ page }) => {
    const [cop] = publishedCops();
    const file = `content/cops/${cop!.id}.mdx`;
    const path = `/communities/${cop!.id}/`;
    const good = await readFile(join(project.root, file), 'utf8');
    await saveUntilShown(page, file, good.replace(/^setting: .*$/m, 'setting: nowhere'), path, () =>
      expect(page.getByText(/field "setting" is "nowhere"; expected one of/).first()).toBeVisible({
        timeout: 5_000,
      }),
    );
    await expect(page.getByText(file).first()).toBeVisible();

    await saveUntilShown(page, file, good, path, () =>
      expect(page.getByRole('heading', { level: 1 })).toHaveText(cop!.title, { timeout: 5_000 }),
    );
  });
});
