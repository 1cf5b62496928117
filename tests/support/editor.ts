/**
 * Driving the browser editor at /admin/ (Sveltia CMS) with its test backend, which keeps the
 * repository in the browser's own storage (OPFS, folder sveltia-cms-test/): seeded here with the
 * test site's files, at the paths the test build's editor edits, and read back after a save.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_SITE } from '../../scripts/lib/test-site.ts';

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

/** Opens /admin/ with the test site's files in the test repository, signed in. */
export async function openEditor(page: Page, files = contentFiles()): Promise<void> {
  await page.goto('/admin/');
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
  await page.reload();
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

/** Presses Save and waits for the editor to say the entry is saved. */
export async function save(page: Page): Promise<void> {
  await pressSave(page);
  await expect(page.getByText('Entry saved.')).toBeVisible();
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
