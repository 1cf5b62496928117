// The content check's checks in a browser, over the built site served as a host serves it: axe
// on every page at a phone's width and a desktop's, and each published CoP found first by Pagefind
// when its own title is searched for.
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts';
import { serveSite } from '../serve.ts';
import { axeViolations } from '../lib/axe.ts';
import { asItsPage, pageCopies } from '../lib/built-site.ts';
import type { ContentProblem } from '../lib/content-errors.ts';
import { freePort } from '../lib/project-copy.ts';
import { pageFingerprint, pageHalves, remembered } from './memo.ts';
import type { PublishedCop } from './sources.ts';
import type { BuiltSite } from './static-checks.ts';

/** The widths every page is checked at: the narrowest phone WCAG reflow asks for, and a desktop. */
export const WIDTHS = [
  { name: '320 px', width: 320, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
];

/** Pages checked side by side: two keep a two-core machine busy without crowding it. */
const AT_ONCE = 2;

/**
 * The copies of a page (the form with one CoP ticked) that read as their page but for what a copy
 * changes: what axe finds on the page holds for them, as in the end-to-end tests, so they are not
 * opened again. A copy that differs anywhere else is checked as a page of its own.
 */
function copiesAsTheirPage(dist: string, cops: PublishedCop[]): Set<string> {
  return new Set(
    pageCopies(dist)
      .filter((copy) => {
        const page = asItsPage(readFileSync(copy.of.file, 'utf8'));
        const html = readFileSync(copy.file, 'utf8');
        return cops.some((cop) => asItsPage(html, cop) === page);
      })
      .map(({ path }) => path),
  );
}

/**
 * axe on each page at each width: a tab opens the page once and checks it at each width in turn
 * (the browser lays it out again, as when a phone turns), skipping what the memo has seen.
 */
async function checkAxe(
  { dist, pages, source, memo }: BuiltSite,
  cops: PublishedCop[],
  browser: Browser,
  origin: string,
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const copies = copiesAsTheirPage(dist, cops);
  const queue = pages.filter(({ path }) => !copies.has(path));
  const worker = async () => {
    const tab = await browser.newPage();
    try {
      for (let page = queue.shift(); page; page = queue.shift()) {
        const html = readFileSync(page.file, 'utf8');
        const fingerprint = pageFingerprint(dist, html);
        const halves = pageHalves(dist, html);
        let opened = false;
        for (const { name, width, height } of WIDTHS) {
          const passed = halves.map((half) => `axe passed:${name}:${half}`);
          const violations = await remembered(memo, `axe:${name}:${fingerprint}`, async () => {
            if (passed.every((key) => memo?.has(key))) return [];
            await tab.setViewportSize({ width, height });
            if (!opened) {
              await tab.goto(new URL(page.path, origin).href, { waitUntil: 'load' });
              // Islands drop their `ssr` attribute once hydrated: axe checks what a person sees.
              await tab.waitForFunction(() => !document.querySelector('[ssr]'));
              opened = true;
            }
            const found = await axeViolations(tab);
            if (found.length === 0) for (const key of passed) memo?.set(key, []);
            return found;
          });
          problems.push(
            ...violations.map((violation) => ({
              file: source(page.path),
              where: `page ${page.path} at ${name}`,
              problem: `fails WCAG 2.2 AA: ${violation}.`,
              fix: 'change what the rule names in the text (a link without words, a picture without a description, text too pale to read)',
            })),
          );
        }
      }
    } finally {
      await tab.close();
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return problems;
}

/** The address Pagefind gives as the first result for each CoP's title. */
async function firstResults(browser: Browser, origin: string, cops: PublishedCop[]) {
  const tab = await browser.newPage();
  try {
    await tab.goto(new URL('/search/', origin).href, { waitUntil: 'load' });
    // Written as text so no bundler (Vitest's runs the staff-tasks test) rewrites the import.
    const search = `(async (titles) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const firsts = [];
      for (const title of titles) {
        const { results } = await pagefind.search(title);
        firsts.push(results[0] ? (await results[0].data()).url : null);
      }
      return firsts;
    })(${JSON.stringify(cops.map(({ title }) => title))})`;
    return (await tab.evaluate(search)) as (string | null)[];
  } finally {
    await tab.close();
  }
}

async function checkSearch(browser: Browser, origin: string, cops: PublishedCop[]) {
  const firsts = await firstResults(browser, origin, cops);
  return cops.flatMap(({ id, title, file }, index): ContentProblem[] => {
    const page = `/communities/${id}/`;
    const first = firsts[index] ?? 'nothing';
    if (first === page) return [];
    return [
      {
        file,
        where: `search for "${title}"`,
        problem: `the first result is ${first}, not the CoP's page ${page}.`,
        fix: "give the CoP a title no other page uses, and say it in the CoP's text",
      },
    ];
  });
}

export async function checkInBrowser(built: BuiltSite, cops: PublishedCop[]) {
  const port = await freePort();
  const { server } = await serveSite({ root: built.dist, port });
  const origin = `http://127.0.0.1:${port}`;
  let browser: Browser | undefined;
  try {
    const executablePath = await findChromium();
    browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    });
    const [axe, search] = await Promise.all([
      checkAxe(built, cops, browser, origin),
      checkSearch(browser, origin, cops),
    ]);
    return [...axe, ...search];
  } finally {
    await browser?.close();
    server.close();
  }
}
