/**
 * Driving the browser editor at /admin/ (Sveltia CMS) with its test backend, which keeps the
 * repository in the browser's own storage (OPFS, folder sveltia-cms-test/): seeded here with the
 * test site's files, at the paths the test build's editor edits, and read back after a save.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join, relative, sep } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { z } from 'astro/zod';
import { localFormEnv, PROJECT_ROOT } from '../../scripts/lib/build-site.ts';
import { contentFields } from '../../scripts/lib/content-file.ts';
import { copyProject, freePort } from '../../scripts/lib/project-copy.ts';
import { TEST_SITE } from '../../scripts/lib/test-site.ts';
import { serveSite } from '../../scripts/serve.ts';

const TEST_REPO = 'sveltia-cms-test';

/** A test site file's path in the editor's repository: `cops/x.mdx` → `tests/fixtures/site/cops/x.mdx`. */
export const repoPath = (path: string) => `${TEST_SITE.dir}/${path}`;

function contentFiles(folder = TEST_SITE.dir): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return Object.entries(contentFiles(path));
      return [[relative('.', path).split(sep).join('/'), readFileSync(path, 'utf8')]];
    }),
  );
}

/** What the editor did that the site promises it never does: ask another site, or fail. */
export interface Watched {
  offMachine: string[];
  pageErrors: string[];
  cspViolations: string[];
}

/** Refuses every request that would leave this machine, and records it and any page error. */
export async function watchEditor(page: Page): Promise<Watched> {
  const seen: Watched = { offMachine: [], pageErrors: [], cspViolations: [] };
  await page.context().route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if (/^https?:$/.test(protocol) && hostname !== '127.0.0.1' && hostname !== 'localhost') {
      seen.offMachine.push(route.request().url());
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) seen.cspViolations.push(message.text());
  });
  return seen;
}

/**
 * Sveltia checks unpkg.com for a newer version of itself every hour; the editor's CSP refuses it
 * before it leaves the browser (connect-src), and Sveltia carries on. Nothing else may be refused.
 */
const VERSION_CHECK = /unpkg\.com\/@sveltia\/cms\/package\.json/;

/** The editor asked no other site for anything, logged no error, and its CSP refused nothing else. */
export function expectNothingLeft(seen: Watched): void {
  expect(seen.offMachine).toEqual([]);
  expect(seen.pageErrors).toEqual([]);
  expect(seen.cspViolations.filter((text) => !VERSION_CHECK.test(text))).toEqual([]);
}

/** Opens /admin/ with the test site's files in the test repository, signed in. */
export async function openEditor(page: Page, files = contentFiles()): Promise<void> {
  // Seeded from a small file of the site (same origin, same storage): the editor's 2 MB script
  // then loads once, not once to seed and again to read; on a busy machine each load takes seconds.
  await page.goto('/robots.txt');
  await page.evaluate(
    async ({ files, folder }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(folder, { recursive: true }).catch(() => undefined);
      const top = await root.getDirectoryHandle(folder, { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        const name = parts.pop() ?? '';
        let dir = top;
        for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { files, folder: TEST_REPO },
  );
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await expect(page.getByRole('tree', { name: 'Collection List' })).toBeVisible();
}

/** A file in the test repository as the editor left it, or undefined when there is none. */
export function savedFile(page: Page, path: string): Promise<string | undefined> {
  return page.evaluate(
    async ({ path, folder }) => {
      try {
        let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
        const parts = path.split('/');
        const name = parts.pop() ?? '';
        for (const part of parts) dir = await dir.getDirectoryHandle(part);
        return await (await (await dir.getFileHandle(name)).getFile()).text();
      } catch {
        return undefined;
      }
    },
    { path, folder: TEST_REPO },
  );
}

/**
 * Waits for the editor to have saved `words` in a file of its repository, and returns the file
 * with its fields read as the build reads them, which must pass `schema`.
 */
export async function savedEntry<T extends z.ZodType>(
  page: Page,
  path: string,
  words: string,
  schema: T,
): Promise<{ text: string; fields: z.infer<T> }> {
  await expect.poll(() => savedFile(page, path)).toContain(words);
  const text = (await savedFile(page, path)) ?? '';
  const checked = schema.safeParse(contentFields(path, text));
  expect(checked.success, JSON.stringify(checked.error?.issues)).toBe(true);
  return { text, fields: checked.data as z.infer<T> };
}

/** A test site file as it was seeded, by its path in the repository. */
export const originalFile = (path: string) => readFileSync(path, 'utf8');

/** Opens one entry of a collection for editing. */
export async function openEntry(page: Page, collection: string, entry: RegExp): Promise<void> {
  await page.getByRole('treeitem', { name: collection }).click();
  await page.getByRole('row', { name: entry }).first().click();
  await expect(page.getByRole('group', { name: 'Content Editor' })).toBeVisible();
}

/** A field's group in the editor, by its label (Sveltia names it “Label” Field). */
export const fieldGroup = (scope: Page | ReturnType<Page['locator']>, label: string) =>
  scope.getByRole('group', { name: new RegExp(`^“\\u2068${label}\\u2069” Field$`) });

/**
 * Opens an intake of a programme year and returns its Status choices, scrolled into reach:
 * collapsed, each intake shows its name, and the innermost group with it is that intake.
 */
export async function openIntakeStatus(page: Page, year: RegExp, intake: string): Promise<Locator> {
  await openEntry(page, 'Programme years', year);
  const intakes = fieldGroup(page, 'Intakes');
  await intakes.getByRole('button', { name: 'Collapse All' }).click();
  await intakes
    .getByRole('group')
    .filter({ has: page.getByText(intake, { exact: true }) })
    .last()
    .getByRole('button', { name: 'Expand' })
    .click();
  // Sveltia draws a long entry's fields as they scroll into view; Status comes after Schedule.
  await fieldGroup(intakes, 'Schedule').scrollIntoViewIfNeeded();
  return intakes.getByRole('radiogroup', { name: 'Status' });
}

/**
 * Types into a field until the editor holds it, as a person would see: just after an entry opens,
 * the editor can redraw its fields and drop what was typed (then Save is refused as empty).
 */
export async function fillField(field: Locator, value: string): Promise<void> {
  await expect(async () => {
    if ((await field.inputValue()) !== value) await field.fill(value);
    await expect(field).toHaveValue(value, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** Presses Save, for a save the editor should refuse (it shows why beside each field). */
export async function pressSave(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click();
}

/**
 * Presses Save and waits for the editor to say the entry is saved and to close it, back at the
 * list. Sveltia closes a saved entry by going back in the history after an animation; a test that
 * moved to another address sooner was sent back to the entry (slower on a busy machine).
 */
export async function save(page: Page): Promise<void> {
  await pressSave(page);
  await expect(page.getByText('Entry saved.')).toBeVisible();
  await expect(page.getByRole('tree', { name: 'Collection List' })).toBeVisible();
}

/** The lines of two texts that differ, as "-old" / "+new". */
export function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const now = after.split('\n');
  return [
    ...old.filter((line) => !now.includes(line)).map((line) => `-${line}`),
    ...now.filter((line) => !old.includes(line)).map((line) => `+${line}`),
  ];
}

/**
 * Builds a copy of the project (the test site as its content) with `files` laid over it, by their
 * path in the copy (`content/form.yaml`), serves it and hands `visit` its address: a save seen as
 * the public will see it once built.
 */
export async function visitBuiltCopy(
  files: Record<string, string>,
  visit: (origin: string) => Promise<void>,
): Promise<void> {
  // The build has a budget of its own, on top of the test's for its time in the editor.
  test.info().setTimeout(test.info().timeout + 180_000);
  const project = await copyProject({ content: 'test site' });
  let server: Server | undefined;
  try {
    // Share pictures are named by their words: those of the test site's build are not drawn again.
    const pictures = 'node_modules/.cache/share-images';
    await cp(join(PROJECT_ROOT, pictures), join(project.root, pictures), { recursive: true }).catch(
      () => undefined,
    );
    for (const [path, text] of Object.entries(files)) await project.write(path, text);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const { code, output } = await project.build({
      SITE_URL: origin,
      ...localFormEnv('http://127.0.0.1:9'),
    });
    expect(code, output).toBe(0);
    ({ server } = await serveSite({ root: relative('.', join(project.root, 'dist')), port }));
    await visit(origin);
  } finally {
    server?.close();
    await project.dispose();
  }
}

/** The editor's preview of the entry open: Sveltia's "Content Preview" frame. */
export const previewFrame = (page: Page) => page.frameLocator('iframe[title="Content Preview"]');

/**
 * Opens an entry by its address in the editor, as a link to it would, without loading the editor
 * again: `cops`, `resistance`; a file collection's entry is its file's name (`site`, `site`).
 */
export async function goToEntry(page: Page, collection: string, slug: string): Promise<void> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `/collections/${collection}/entries/${slug}`);
  await expect(page.getByRole('group', { name: 'Content Editor' })).toBeVisible();
}
