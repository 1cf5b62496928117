import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import pagefindIndex from '../../src/integrations/pagefind.ts';

let dist: string;
const logger = { info: vi.fn(), error: vi.fn() } as unknown as AstroIntegrationLogger;

async function buildDone() {
  const hook = pagefindIndex().hooks['astro:build:done'];
  await hook?.({ dir: pathToFileURL(`${dist}/`), logger, pages: [], assets: new Map() });
}

beforeEach(async () => {
  dist = await mkdtemp(join(tmpdir(), 'pagefind-test-'));
});
afterEach(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe('the search index, built with the site', () => {
  it('is written next to the pages, holding the pages marked for search', async () => {
    await writeFile(
      join(dist, 'index.html'),
      '<html lang="en"><body><main data-pagefind-body><h1>Backlash</h1></main></body></html>',
    );
    await writeFile(
      join(dist, '404.html'),
      '<html lang="en"><body><h1>Not found</h1></body></html>',
    );
    await buildDone();
    const entry = JSON.parse(await readFile(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    const pageCounts = Object.values(entry.languages).map(
      (l) => (l as { page_count: number }).page_count,
    );
    expect(pageCounts).toEqual([1]);
    await expect(readFile(join(dist, 'pagefind/pagefind.js'))).resolves.toBeTruthy();
  }, 20_000);

  it('fails the build when there is nothing to index', async () => {
    await expect(buildDone()).rejects.toThrow(/search index failed: .*no HTML pages/i);
  }, 20_000);
});
