/**
 * Driving the browser editor at /admin/ (Sveltia CMS) with its test backend, which keeps the
 * repository in the browser's own storage (OPFS, folder sveltia-cms-test/): seeded here with the
 * real content/ files, and read back after a save.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';

const TEST_REPO = 'sveltia-cms-test';

function contentFiles(folder = 'content'): Record<string, string> {
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

/** Opens /admin/ with the real content files in the test repository, signed in. */
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

/** The real file in content/, as it was seeded. */
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

/** Presses Save and waits until the editor has written the file. */
export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click();
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
