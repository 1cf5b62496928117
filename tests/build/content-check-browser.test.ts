/**
 * The content check's browser checks (axe at both widths, each CoP found first by its title) on a
 * small site written by hand, with a stand-in for Pagefind: what they report, page by page, and
 * that a copy of the form differing from it anywhere but its ticked CoP is checked on its own.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInBrowser } from '../../scripts/check-content/browser-checks.ts';
import { newMemo } from '../../scripts/check-content/memo.ts';
import type { BuiltSite } from '../../scripts/check-content/static-checks.ts';
import { builtPages } from '../../scripts/lib/built-site.ts';
import { writeFileTree } from '../support/file-tree.ts';

const COPS = [
  { id: 'alpha', title: 'Alpha CoP', file: 'content/cops/alpha.mdx' },
  { id: 'beta', title: 'Beta CoP', file: 'content/cops/beta.mdx' },
];

const page = (title: string, canonical: string, main: string, head = '') =>
  `<!doctype html><html lang="en-AU"><head><meta charset="utf-8"><title>${title}</title>` +
  `<link rel="canonical" href="https://cop.example.org${canonical}">${head}</head>` +
  `<body><main id="main" tabindex="-1"><h1>${title}</h1>${main}</main></body></html>`;

/** The form, with a CoP ticked in its copies, which search engines are told to leave out. */
const form = (ticked?: string, extra = '') =>
  page(
    ticked ? `Apply: ${ticked}` : 'Apply',
    '/apply/',
    `<form><fieldset><legend>Which CoPs?</legend>${COPS.map(
      ({ id, title }) =>
        `<input type="checkbox" id="${id}" name="cops" value="${title}"${title === ticked ? ' checked' : ''}><label for="${id}">${title}</label>`,
    ).join('')}</fieldset>${extra}</form>`,
    ticked ? '<meta name="robots" content="noindex">' : '',
  );

/** Pagefind as the check uses it: Alpha's title finds Alpha, Beta's finds another page. */
const PAGEFIND = `const first = { 'Alpha CoP': '/communities/alpha/', 'Beta CoP': '/reflections/' };
export async function search(title) {
  return { results: [{ data: async () => ({ url: first[title] }) }] };
}`;

const FILES: Record<string, string> = {
  'index.html': page('Home', '/', '<p><a href="/apply/">Apply</a></p>'),
  '404.html': page('Page not found', '/404.html', '<p>Nothing is here.</p>'),
  'search/index.html': page('Search', '/search/', '<p>Search the site.</p>'),
  'links/index.html': page('Links', '/links/', '<p>An empty link: <a href="/"></a></p>'),
  'apply/index.html': form(),
  'apply/alpha/index.html': form('Alpha CoP'),
  'apply/beta/index.html': form('Beta CoP', '<img src="/map.png">'),
  'pagefind/pagefind.js': PAGEFIND,
};

let dist = '';
let built: BuiltSite;

beforeAll(async () => {
  dist = await writeFileTree('content-check-browser-', FILES);
  built = {
    dist,
    site: new URL('https://cop.example.org/'),
    pages: builtPages(dist),
    source: (path) => `page ${path}`,
    memo: newMemo(),
  };
});

afterAll(() => rm(dist, { recursive: true, force: true }));

const fails = (path: string, width: string, rule: string) => ({
  file: `page ${path}`,
  where: `page ${path} at ${width}`,
  problem: expect.stringMatching(new RegExp(`^fails WCAG 2\\.2 AA: ${rule}: `)),
  fix: expect.any(String),
});

describe('the content check in a browser', { timeout: 60_000 }, () => {
  const expected = [
    fails('/apply/beta/', '320 px', 'image-alt'),
    fails('/apply/beta/', 'desktop', 'image-alt'),
    fails('/links/', '320 px', 'link-name'),
    fails('/links/', 'desktop', 'link-name'),
    {
      file: 'content/cops/beta.mdx',
      where: 'search for "Beta CoP"',
      problem: "the first result is /reflections/, not the CoP's page /communities/beta/.",
      fix: expect.any(String),
    },
  ];
  const found = async () =>
    (await checkInBrowser(built, COPS)).toSorted((a, b) => a.where.localeCompare(b.where));

  it('names each page axe fails at each width, and each CoP search does not find first', async () => {
    expect(await found()).toEqual(expected);
  });

  it('reports the same again from what it remembers of the pages it has checked', async () => {
    expect(await found()).toEqual(expected);
  });
});
