/**
 * What editors see, on a throwaway copy of the project with a draft CoP, page and reflection
 * added: the production build leaves drafts out entirely; `npm run dev` shows them, marked,
 * and shows a mistake in the browser rather than the page as it was before the mistake.
 */
import type { Server } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveSite } from '../../scripts/serve.ts';
import { copyProject, freePort, type ProjectCopy } from '../../scripts/lib/project-copy.ts';

const DRAFTS = join(import.meta.dirname, '../fixtures/drafts');

const DRAFT_TEXT = ['Unpublished Test CoP', 'Unpublished test page', 'Unpublished page'];
const DRAFT_PATHS = ['/communities/unpublished-cop/', '/unpublished-page/'];

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let project: ProjectCopy;
let server: Server | undefined;
let builtPort: number;
let devPort: number;
const built = (path: string) => `http://127.0.0.1:${builtPort}${path}`;
const dev = (path: string) => `http://127.0.0.1:${devPort}${path}`;

test.beforeAll(async () => {
  project = await copyProject({ content: 'test site' });
  [builtPort, devPort] = [await freePort(), await freePort()];
  const entries = await readdir(DRAFTS, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((file) => file.isFile())) {
    const path = join(entry.parentPath, entry.name);
    await project.write(relative(DRAFTS, path), await readFile(path, 'utf8'));
  }
});

test.afterAll(async () => {
  server?.close();
  await project?.dispose();
});

test('a production build leaves drafts out of pages, links, navigation and the sitemap', async ({
  page,
  request,
}) => {
  const { code, output } = await project.build();
  expect(code, output).toBe(0);
  ({ server } = await serveSite({
    root: relative(process.cwd(), join(project.root, 'dist')),
    port: builtPort,
  }));

  for (const path of DRAFT_PATHS) {
    expect((await request.get(built(path))).status(), path).toBe(404);
  }
  const sitemap = await (await request.get(built('/sitemap-0.xml'))).text();
  const published = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, url]) => new URL(url!).pathname,
  );
  expect(published).toContain('/communities/resistance/');
  for (const path of DRAFT_PATHS) expect(published).not.toContain(path);

  for (const path of published) {
    await page.goto(built(path));
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const draft of DRAFT_PATHS)
      expect(hrefs, `${path} links to ${draft}`).not.toContain(draft);
    const text = await page.locator('body').innerText();
    for (const words of [...DRAFT_TEXT, 'An unpublished test reflection']) {
      expect(text, `${path} shows "${words}"`).not.toContain(words);
    }
    await expect(page.locator('.tag--draft'), path).toHaveCount(0);
  }
});

test('the search index of a production build knows nothing of drafts', async ({ page }) => {
  await page.goto(built('/search/?q=Unpublished'));
  await expect(page.locator('site-search-island')).not.toHaveAttribute('ssr');
  await expect(page.locator('main').getByRole('status')).toHaveText(
    'No results for “Unpublished”.',
  );
  await page.goto(built('/search/?q=backlash'));
  await expect(page.locator('site-search-island')).not.toHaveAttribute('ssr');
  await expect(page.locator('main').getByRole('status')).toHaveText(
    /^\d+ results? for “backlash”\.$/,
  );
});

test('npm run dev shows drafts, each clearly marked as a draft', async ({ page }) => {
  await project.dev(devPort);

  await page.goto(dev('/communities/unpublished-cop/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unpublished Test CoP');
  await expect(page.getByText('Draft: not published')).toBeVisible();

  await page.goto(dev('/communities/'));
  const card = page.locator('.cop-card', { hasText: 'Unpublished Test CoP' }).first();
  await expect(card.getByText('Draft', { exact: true })).toBeVisible();

  await page.goto(dev('/unpublished-page/'));
  await expect(page.getByText('Draft: not published')).toBeVisible();

  await page.goto(dev('/reflections/'));
  const reflection = page.locator('figure', { hasText: 'An unpublished test reflection' });
  await expect(reflection.getByText('Draft: not published')).toBeVisible();
});

test('npm run dev shows a mistake in the browser until the file is fixed', async ({ page }) => {
  const file = 'content/cops/resistance.mdx';
  const good = await readFile(join(project.root, file), 'utf8');
  await project.write(file, good.replace('setting: any', 'setting: nowhere'));
  await expect(async () => {
    await page.goto(dev('/communities/resistance/'));
    await expect(
      page.getByText(/field "setting" is "nowhere"; expected one of/).first(),
    ).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByText(file).first()).toBeVisible();

  // Leave the page first: its dev client would reload it as the file changes, aborting a visit.
  await page.goto('about:blank');
  await project.write(file, good);
  await expect(async () => {
    await page.goto(dev('/communities/resistance/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Resistance/, {
      timeout: 1000,
    });
  }).toPass({ timeout: 45_000 });
});
