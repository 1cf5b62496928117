/**
 * Signing in to the browser editor on the host, and what staff meet first once in. Sign-in runs on
 * the built site served by Cloudflare's own Pages runtime (wrangler, applying dist/_headers as the
 * host does), with the editor pointed at a stand-in for its sign-in service and GitHub's API
 * answered here, so nothing leaves the machine. Zoom, new drafts and the preview use the test
 * backend, seeded with files of the test's own.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { startPagesDev, type PagesDev } from '../support/cloudflare-pages.ts';
import {
  fillField,
  openEditor,
  openEntry,
  originalFile,
  repoPath,
  save,
  savedFile,
} from '../support/editor.ts';
import { answerGitHub, editorOnGitHub, STAND_IN_REPO } from '../support/github-api-stand-in.ts';
import { startOAuthStandIn, type OAuthStandIn } from '../support/oauth-stand-in.ts';

const REPO = STAND_IN_REPO;
// Sveltia wraps the service's name in bidi isolates: “Sign In with \u2068GitHub\u2069”.
const SIGN_IN = /^Sign In with \u2068?GitHub\u2069?$/;

let pages: PagesDev;
let oauth: OAuthStandIn;

/** The e2e build's editor uses its test backend: here it is told to sign in to GitHub instead. */
const useGitHubSignIn = (context: BrowserContext) =>
  editorOnGitHub(context, { repo: REPO, base_url: oauth.origin });

/** Opens /admin/ on the Cloudflare runtime, clicks "Sign In with GitHub", returns the popup. */
async function startSignIn(page: Page, context: BrowserContext): Promise<Page> {
  await page.goto(`${pages.origin}/admin/`);
  // The context's event: a popup cut off from its opener is no longer the page's popup.
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: SIGN_IN }).click();
  const popup = await opened;
  // A popup that hands its token over closes itself, on a quick machine before it is seen loaded.
  await popup.waitForLoadState().catch((error: unknown) => {
    if (!popup.isClosed()) throw error;
  });
  return popup;
}

test.describe('served by Cloudflare’s Pages runtime', () => {
  // One runtime for these tests, which use it one after another.
  test.describe.configure({ mode: 'serial', timeout: 90_000 });

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    [pages, oauth] = await Promise.all([startPagesDev(), startOAuthStandIn()]);
  });

  test.afterAll(async () => {
    await Promise.all([pages?.stop(), oauth?.stop()]);
  });

  test('/admin/ gets a COOP that keeps the sign-in popup’s opener; public pages stay isolated', async ({
    request,
  }) => {
    const coop = async (path: string) =>
      (await request.get(`${pages.origin}${path}`)).headers()['cross-origin-opener-policy'];
    expect(await coop('/admin/')).toBe('same-origin-allow-popups');
    expect(await coop('/admin/config.json')).toBe('same-origin-allow-popups');
    expect(await coop('/')).toBe('same-origin');
    expect(await coop('/apply/')).toBe('same-origin');
  });

  test('“Sign In with GitHub”: the popup hands the editor a token, and it calls GitHub’s API with it', async ({
    page,
    context,
  }) => {
    const github = await answerGitHub(context, { repo: REPO });
    await useGitHubSignIn(context);
    await startSignIn(page, context);

    await expect
      .poll(() => github.calls.map((call) => `${call.method} ${call.path}`))
      .toEqual(
        expect.arrayContaining(['GET /user', `GET /repos/${REPO}/collaborators/staff-member`]),
      );
    for (const call of github.calls) {
      expect(call.authorization, call.path).toBe(`token ${oauth.token}`);
    }
    expect(oauth.started.map((query) => query.get('provider'))).toEqual(['github']);
    // GitHub's status page and Sveltia's version check are refused by the editor's own CSP.
    expect(github.refused).toEqual([]);
  });

  test('with COOP same-origin on /admin/ (what the host sent before), the popup loses its opener and GitHub is never asked', async ({
    page,
    context,
  }) => {
    const github = await answerGitHub(context, { repo: REPO });
    await useGitHubSignIn(context);
    await context.route(
      (url) => url.pathname === '/admin/',
      async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers(), 'cross-origin-opener-policy': 'same-origin' };
        await route.fulfill({ response, headers });
      },
    );
    const popup = await startSignIn(page, context);

    expect(await popup.evaluate(() => window.opener === null)).toBe(true);
    // The editor sees the popup as gone and offers sign-in again; nothing reached GitHub.
    await expect(page.getByRole('button', { name: SIGN_IN })).toBeEnabled();
    await popup.waitForTimeout(3_000);
    expect(github.calls).toEqual([]);
  });
});

/** A CoP, as a file staff wrote before Draft existed: no `draft` line. */
const COP = `---
title: Seeded Practitioners CoP
summary: For practitioners who test the editor.
audience:
  - Practitioners who test the editor
careerStage: any
setting: any
order: 9
---

A first paragraph about the CoP.

## How it runs

Online, once a month.
`;

const reflection = (words: string, draftLine: string) =>
  `quote: ${words}\nattribution: CoP participant\ndate: 2025-01\n${draftLine}`;

/** The editor's folders for each collection in this build (the test site's, here). */
async function editorFolders(page: Page): Promise<Record<string, string>> {
  const config = await (await page.request.get('/admin/config.json')).json();
  return Object.fromEntries(
    config.collections.map((c: { name: string; folder?: string }) => [c.name, c.folder ?? '']),
  );
}

/** Opens the editor with only the test's own files in its repository. */
async function openWithOwnFiles(page: Page) {
  const folders = await editorFolders(page);
  const files = {
    // A CoP's page (and its preview) needs a programme year: the test site's current one.
    programme: `${folders['programme']}/2026-27.yaml`,
    cop: `${folders['cops']}/seeded-practitioners.mdx`,
    withoutDraft: `${folders['reflections']}/2025-01-without-draft.yaml`,
    publishedDraftOff: `${folders['reflections']}/2025-01-draft-off.yaml`,
  };
  await openEditor(page, {
    [files.programme]: originalFile(repoPath('programme/2026-27.yaml')),
    [files.cop]: COP,
    [files.withoutDraft]: reflection('Written before Draft existed.', ''),
    [files.publishedDraftOff]: reflection('Published on purpose.', 'draft: false\n'),
  });
  return files;
}

/** The names of the files in one folder of the editor's test repository. */
function filesIn(page: Page, folder: string): Promise<string[]> {
  return page.evaluate(async (path) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
    for (const part of path.split('/')) dir = await dir.getDirectoryHandle(part);
    const names: string[] = [];
    for await (const [name] of dir as unknown as AsyncIterable<[string, unknown]>) names.push(name);
    return names;
  }, folder);
}

const draftSwitch = (page: Page) => page.getByRole('switch', { name: 'Draft' });

test('once the editor has loaded, its page lets people zoom (axe, meta-viewport included)', async ({
  page,
}) => {
  await openWithOwnFiles(page);
  const viewports = await page
    .locator('meta[name="viewport"]')
    .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));
  expect(viewports.length).toBeGreaterThan(0);
  for (const content of viewports) expect(content).not.toMatch(/maximum-scale|user-scalable/);
  expect(await axeViolations(page)).toEqual([]);
});

test('a new CoP and a new reflection start as drafts, and the reflection is saved as one', async ({
  page,
}) => {
  const files = await openWithOwnFiles(page);
  await page.getByRole('treeitem', { name: 'Reflections' }).click();
  await page.getByRole('button', { name: 'Create New Entry' }).click();
  await expect(draftSwitch(page)).toBeChecked();
  await fillField(
    page.getByRole('textbox', { name: 'Quote' }),
    'A new reflection, not yet checked.',
  );
  await fillField(page.getByRole('textbox', { name: 'Attribution' }), 'CoP participant');
  await fillField(page.getByRole('textbox', { name: 'Date' }), '2025-03');
  await save(page);
  const folder = files.withoutDraft.slice(0, files.withoutDraft.lastIndexOf('/'));
  await expect.poll(() => filesIn(page, folder)).toHaveLength(3);
  const made = (await filesIn(page, folder)).find((name) => name.startsWith('2025-03-')) ?? '';
  const saved = await savedFile(page, `${folder}/${made}`);
  expect(saved).toContain('quote: A new reflection, not yet checked.');
  expect(saved).toMatch(/^draft: true$/m);

  await page.getByRole('treeitem', { name: 'Communities of Practice' }).click();
  await expect(page).toHaveURL(/#\/collections\/cops$/);
  await page.getByRole('button', { name: 'Create New Entry' }).click();
  await expect(page).toHaveURL(/#\/collections\/cops\/new\b/);
  await expect(draftSwitch(page)).toBeChecked();
});

test('existing entries keep their value: without Draft, or with it off, they stay published when saved', async ({
  page,
}) => {
  const files = await openWithOwnFiles(page);
  await openEntry(page, 'Communities of Practice', /Seeded Practitioners CoP/);
  await expect(draftSwitch(page)).not.toBeChecked();

  for (const [file, words] of [
    [files.withoutDraft, /Written before Draft existed/],
    [files.publishedDraftOff, /Published on purpose/],
  ] as const) {
    await page.goto('/admin/#/collections/reflections');
    await openEntry(page, 'Reflections', words);
    await expect(draftSwitch(page)).not.toBeChecked();
    await fillField(page.getByRole('textbox', { name: 'Attribution' }), 'A CoP participant');
    await save(page);
    await expect.poll(() => savedFile(page, file)).toContain('attribution: A CoP participant');
    expect(await savedFile(page, file)).not.toContain('draft: true');
  }
});
