/**
 * What staff see after "Save" when the editor saves to GitHub: what GitHub reports on the saved
 * commit (deploy.yml's jobs as check runs, its github-pages deployment) shows as "Building…",
 * "Published" or "Build Failed" with a link to the run's Summary (public/admin/publish-state.js),
 * and "View on Live Site" leads to the entry's page. GitHub's API is answered in the test
 * (tests/support/github-api-stand-in.ts), and the editor's checks run on a clock the test moves on.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { TEST_SITE } from '../../scripts/lib/test-site.ts';
import { fillField } from '../support/editor.ts';
import {
  answerGitHub,
  deployYmlReports,
  editorOnGitHub,
  repositoryFiles,
  signedInBefore,
  type GitHubStandIn,
} from '../support/github-api-stand-in.ts';

const files = repositoryFiles(TEST_SITE.dir);

// The public site lives elsewhere than this test's editor, so only GitHub's reports decide what
// Sveltia's own "View on Live Site" says (on the same origin it would also fetch the page).
const LIVE_SITE = 'https://cop.example.org.au';
const DEPLOY_YML = deployYmlReports(LIVE_SITE);
const COP = { file: `${TEST_SITE.dir}/cops/mid-to-senior.mdx`, row: /^Mid to senior/ };

const publishState = (page: Page) => page.locator('.publish-state[role="status"]');

/** Opens one CoP in the editor, signed in to GitHub, the site's last change already published. */
async function openCop(page: Page, context: BrowserContext): Promise<GitHubStandIn> {
  const github = await answerGitHub(context, { files });
  github.report(github.head(), DEPLOY_YML.published);
  await editorOnGitHub(context, { site_url: `${LIVE_SITE}/` });
  await signedInBefore(context);
  await page.clock.install();
  await page.goto('/admin/#/collections/cops');
  await page.getByRole('row', { name: COP.row }).click();
  await expect(page.getByRole('button', { name: 'View on Live Site' })).toBeVisible();
  // Published before the editor opened: nothing to say.
  await expect(publishState(page)).toBeEmpty();
  return github;
}

/** Changes the CoP's summary and saves; returns the commit the save made. */
async function saveSummary(page: Page, github: GitHubStandIn, summary: string): Promise<string> {
  const before = github.head();
  await fillField(page.getByRole('textbox', { name: 'Summary' }), summary);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Entry saved.')).toBeVisible();
  expect(github.head()).not.toBe(before);
  expect(github.file(COP.file)).toContain(`summary: ${summary}`);
  return github.head();
}

/**
 * Moves the clock on, 5 seconds at a time (the editor looks at GitHub that often while a save is
 * building), until `seen` passes.
 */
async function nextChecksUntil(page: Page, seen: () => Promise<unknown>): Promise<void> {
  await expect(async () => {
    await page.clock.fastForward(5_000);
    await seen();
  }).toPass();
}

test('after "Save", staff see the change building, then published, and "View on Live Site" opens its page', async ({
  page,
  context,
}) => {
  const github = await openCop(page, context);
  const saved = await saveSummary(page, github, 'A summary saved from the editor.');
  await expect(publishState(page)).toHaveText(/^Building…/);
  github.report(saved, DEPLOY_YML.building);
  await page.clock.fastForward(5_000);
  await expect(publishState(page)).toHaveText(/^Building…/);

  github.report(saved, DEPLOY_YML.published);
  await nextChecksUntil(page, () =>
    expect(publishState(page)).toHaveText('Published: the live site shows the latest save.', {
      timeout: 1_000,
    }),
  );

  // The save took the editor back to the list; the entry, opened again, leads to its page once
  // Sveltia has read the same reports (its own query) and found the save published.
  await context.route(`${LIVE_SITE}/**`, (route) => route.fulfill({ body: '<title>Live</title>' }));
  await page.getByRole('row', { name: COP.row }).click();
  const viewOnLiveSite = page.getByRole('button', { name: 'View on Live Site' });
  await nextChecksUntil(page, async () => {
    expect(github.deployLookups().flat()).toContain(saved);
    await expect(viewOnLiveSite).toHaveAccessibleDescription('', { timeout: 1_000 });
  });
  const opened = context.waitForEvent('page');
  await viewOnLiveSite.click();
  const live = await opened;
  await live.waitForLoadState();
  expect(live.url()).toBe(`${LIVE_SITE}/communities/mid-to-senior/`);
  expect(github.unanswered).toEqual([]);
});

test('a save the content check refuses shows "Build Failed", linking to the run’s Summary', async ({
  page,
  context,
}) => {
  const github = await openCop(page, context);
  const saved = await saveSummary(page, github, 'A summary the content check refuses.');
  github.report(saved, DEPLOY_YML.refused);
  await nextChecksUntil(page, () =>
    expect(publishState(page)).toHaveText(
      'Build Failed: the latest save was not published. See what to fix',
      { timeout: 1_000 },
    ),
  );
  await expect(publishState(page).getByRole('link', { name: 'See what to fix' })).toHaveAttribute(
    'href',
    DEPLOY_YML.run,
  );
  expect(await axeViolations(page)).toEqual([]);
  expect(github.unanswered).toEqual([]);
});

test('every collection’s “View on Live Site” leads to a page the site builds', async ({
  request,
}) => {
  const config = await (await request.get('/admin/config.json')).json();
  const published = (folder: string) =>
    Object.keys(files)
      .filter((path) => path.startsWith(`${folder}/`) && !/^draft: true$/m.test(files[path]!))
      .map((path) => path.slice(folder.length + 1).replace(/\.\w+$/, ''))[0];
  for (const collection of config.collections) {
    const path: string = collection.preview_path ?? collection.files?.[0]?.preview_path;
    const slug = collection.folder ? published(collection.folder) : '';
    const response = await request.get(path.replace('{{slug}}', slug ?? ''));
    expect(response.status(), `${collection.name}: ${path}`).toBe(200);
  }
});
