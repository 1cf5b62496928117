// `npm run docs:screenshots`: the pictures of the browser editor in docs/editing.md, taken from the
// test site (never content/) with the editor's test backend, so nothing signs in or saves anywhere.
// Rerun it after upgrading Sveltia CMS or changing a field's words, and commit docs/images/.
import { execFileSync } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, expect, type Page } from '@playwright/test';
import {
  fieldGroup,
  fillField,
  openEditor,
  openEntry,
  openIntakeStatus,
  watchEditor,
} from '../tests/support/editor.ts';
import {
  answerGitHub,
  deployYmlReports,
  editorOnGitHub,
  repositoryFiles,
  signedInBefore,
} from '../tests/support/github-api-stand-in.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { buildSite, localFormEnv, PROJECT_ROOT } from './lib/build-site.ts';
import { TEST_SITE, testSiteEnv } from './lib/test-site.ts';
import { serveSite } from './serve.ts';

const IMAGES = join(PROJECT_ROOT, 'docs/images');
const PORT = Number(process.env['DOCS_PORT'] ?? 5300);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const VIEWPORT = { width: 1280, height: 800 };

/** Each picture: its file in docs/images/, and how to bring the editor to it. */
const SHOTS: Record<string, (page: Page) => Promise<void>> = {
  // The sign-in screen: the editor told to use GitHub, as a published build is. (Sveltia works
  // only over HTTPS or on this machine, where it also offers "Work with Local Repository".)
  'sign-in.png': async (page) => {
    // The context's route: the editor fetches its configuration off the page's main thread.
    await page.context().route(
      (url) => url.pathname === '/admin/config.json',
      async (route) => {
        const response = await route.fetch();
        const config = await response.json();
        config.backend = { name: 'github', repo: 'programme-team/cop-site', branch: 'main' };
        await route.fulfill({ response, json: config });
      },
    );
    await page.goto('/admin/');
    await expect(page.getByRole('button', { name: /^Sign In with/ })).toBeVisible();
  },

  'intake-status.png': async (page) => {
    await openEditor(page);
    const status = await openIntakeStatus(page, /2024–25/, 'Second intake');
    await status.scrollIntoViewIfNeeded();
    await status.evaluate((group) => group.scrollIntoView({ block: 'center' }));
  },

  'new-cop-draft.png': async (page) => {
    await openEditor(page);
    await page.getByRole('treeitem', { name: 'Communities of Practice' }).click();
    await page.getByRole('button', { name: 'Create New Entry' }).first().click();
    await fillField(
      page.getByRole('textbox', { name: 'Title' }),
      'Regional Prevention Practitioners CoP',
    );
    const draft = page.getByRole('switch', { name: 'Draft' });
    await expect(draft).toBeChecked();
    await draft.evaluate((field) => field.scrollIntoView({ block: 'center' }));
  },

  'duplicate-programme.png': async (page) => {
    await openEditor(page);
    await openEntry(page, 'Programme years', /2024–25/);
    await page.getByRole('button', { name: 'Show Editor Options' }).click();
    await expect(page.getByRole('menuitem', { name: 'Duplicate Entry' })).toBeVisible();
  },

  // After a save the content check refused: what GitHub reported, answered here as it would be.
  'save-failed.png': async (page) => {
    const github = await answerGitHub(page.context(), { files: repositoryFiles(TEST_SITE.dir) });
    github.report(github.head(), deployYmlReports(ORIGIN).refused);
    await editorOnGitHub(page.context());
    await signedInBefore(page.context());
    await page.goto('/admin/#/collections/cops');
    await page.getByRole('row', { name: /^Mid to senior/ }).click();
    await expect(page.locator('.publish-state')).toHaveText(/^Build Failed/);
  },

  'field-refused.png': async (page) => {
    await openEditor(page);
    await openEntry(page, 'Programme years', /2024–25/);
    const from = fieldGroup(fieldGroup(page, 'Runs'), 'From');
    await fillField(from.getByRole('textbox', { name: 'From' }), '2025-13');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(from.getByRole('alert')).toBeVisible();
    await from.evaluate((field) => field.scrollIntoView({ block: 'center' }));
  },
};

/** Fewer colours and no metadata, where ImageMagick is installed: a third of the size or less. */
function compress(file: string) {
  try {
    execFileSync('convert', [file, '-strip', '-colors', '128', `PNG8:${file}`], {
      stdio: 'ignore',
    });
  } catch {
    // Not installed: the picture stays as Chromium wrote it.
  }
}

// `-- --no-build` reuses dist/ from the last run; names (`-- sign-in.png`) take only those pictures.
const args = process.argv.slice(2);
const only = args.filter((arg) => arg.endsWith('.png'));
const { code } = args.includes('--no-build')
  ? { code: 0 }
  : await buildSite({
      env: {
        ...testSiteEnv(),
        SITE_URL: ORIGIN,
        EDITOR_BACKEND: 'test-repo',
        // The form is not pictured: an address nothing answers.
        ...localFormEnv('http://127.0.0.1:9'),
      },
    });
if (code !== 0) process.exit(code ?? 1);

const { server } = await serveSite({ root: join(PROJECT_ROOT, 'dist'), port: PORT });
const executablePath = await findChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: CHROMIUM_ARGS,
});
await mkdir(IMAGES, { recursive: true });
let failed = false;
try {
  for (const [name, bringUp] of Object.entries(SHOTS)) {
    if (only.length && !only.includes(name)) continue;
    const context = await browser.newContext({ baseURL: ORIGIN, viewport: VIEWPORT });
    const page = await context.newPage();
    try {
      await watchEditor(page);
      await bringUp(page);
      // Let the editor finish drawing (fonts, a scroll) before the picture.
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(500);
      const file = join(IMAGES, name);
      await page.screenshot({ path: file });
      compress(file);
      console.log(`docs/images/${name}: ${Math.round((await stat(file)).size / 1024)} KB`);
    } catch (error) {
      failed = true;
      console.error(`docs/images/${name}: not taken:`, error);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
