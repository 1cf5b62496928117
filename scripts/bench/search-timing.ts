// Search timing: what the first query downloads, and how long from the last keystroke until its
// results are on screen. Measured, not budgeted: Pagefind's runtime is its own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Response } from '@playwright/test';
import { JSDOM } from 'jsdom';
import type { Verdict } from './budgets.ts';
import { gzipSize, kb, median } from './sizes.ts';

/**
 * The search page and how to drive it: the box in <main> (the header has its own), the results,
 * and the status line that names the query once its results are shown.
 */
export const SEARCH = {
  path: '/search/',
  island: 'site-search-island',
  input: 'main input[type="search"]',
  results: 'main .search__results a[href]',
  status: 'main [role="status"]',
};

export interface SearchTiming {
  /** Bytes the first query needed, gzip as a CDN would serve them. */
  firstQueryBytes: number;
  timings: { query: string; ms: number }[];
}

/** Words from the CoP titles, so the queries find something whatever the content says. */
export function searchQueries(dist: string): string[] {
  const titles = readdirSync(join(dist, 'communities'))
    .filter((id) => existsSync(join(dist, 'communities', id, 'index.html')))
    .map((id) => {
      const html = readFileSync(join(dist, 'communities', id, 'index.html'), 'utf8');
      return new JSDOM(html).window.document.querySelector('h1')?.textContent ?? '';
    });
  const words = titles.flatMap((title) =>
    title
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length > 6),
  );
  return [...new Set(words)].slice(0, 4);
}

/** Bytes a response costs over a host that gzips text (Pagefind's index files come gzipped). */
async function transferBytes(response: Response): Promise<number> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const type = response.headers()['content-type'] ?? '';
  return /text|javascript|json|xml|svg/.test(type) ? gzipSize(body) : body.length;
}

interface Clock {
  keyAt: number;
  renderedAt: number;
}
// Both run in the page, passed to it as they are: they cannot use anything of this module.
const clock = () => (window as unknown as { benchClock: Clock }).benchClock;
const rendered = () => (window as unknown as { benchClock: Clock }).benchClock.renderedAt > 0;

/**
 * Types each query into the search box and times from its last keystroke to the first render of
 * its results, counting the bytes the first query needed from the moment the box is focused
 * (Pagefind's runtime loads then).
 */
export async function measureSearch(
  browser: Browser,
  origin: string,
  queries: string[],
): Promise<SearchTiming> {
  const page = await browser.newPage();
  await page.goto(`${origin}${SEARCH.path}`, { waitUntil: 'networkidle' });
  await page.waitForSelector(`${SEARCH.island}:not([ssr])`, { timeout: 10_000 });
  const box = page.locator(SEARCH.input).first();
  let counting = true;
  const pending: Promise<number>[] = [];
  page.on('response', (response) => {
    if (counting) pending.push(transferBytes(response));
  });
  const timings = [];
  let firstQueryBytes = 0;
  for (const [index, query] of queries.entries()) {
    await box.fill(query.slice(0, -1));
    await page.evaluate(
      ({ query, results, status }) => {
        const shown = () =>
          (document.querySelector(status)?.textContent ?? '').includes(query) &&
          document.querySelectorAll(results).length > 0;
        const state: Clock = { keyAt: 0, renderedAt: 0 };
        (window as unknown as { benchClock: Clock }).benchClock = state;
        document.addEventListener('keydown', () => (state.keyAt = performance.now()), {
          capture: true,
          once: true,
        });
        const observer = new MutationObserver(() => {
          if (state.keyAt && shown()) {
            state.renderedAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document.querySelector('main') ?? document.body, {
          childList: true,
          subtree: true,
          characterData: true,
        });
      },
      { query, results: SEARCH.results, status: SEARCH.status },
    );
    await box.press(query.at(-1) ?? '');
    await page.waitForFunction(rendered, null, { timeout: 15_000 });
    const { keyAt, renderedAt } = await page.evaluate(clock);
    timings.push({ query, ms: renderedAt - keyAt });
    if (index === 0) {
      await page.waitForLoadState('networkidle');
      counting = false;
      firstQueryBytes = (await Promise.all(pending)).reduce((sum, bytes) => sum + bytes, 0);
    }
  }
  await page.close();
  return { firstQueryBytes, timings };
}

export function searchVerdict({ firstQueryBytes, timings }: SearchTiming): Verdict {
  const [first, ...later] = timings;
  const laterMs = later.length
    ? `${Math.round(median(later.map((timing) => timing.ms)))} ms median of ${later.length}`
    : 'n/a';
  return {
    rows: [
      ['search: first query, bytes (gzip)', kb(firstQueryBytes), 'measured', ''],
      [
        'search: keystroke → results, first / later',
        `${first ? Math.round(first.ms) : 'n/a'} ms / ${laterMs}`,
        'measured',
        '',
      ],
    ],
    failures: [],
    notes: [],
  };
}
