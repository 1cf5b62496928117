import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  builtFileExists,
  builtPages,
  DIST,
  SITE,
  sitemapAddresses,
} from '../support/built-site.ts';
import { publishedCops } from '../support/published-content.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const isNoindex = (html: string) => /<meta name="robots" content="[^"]*noindex[^"]*"/.test(html);

test('the sitemap lists every page search engines may show, and no other', () => {
  const indexable = builtPages()
    .filter(({ path }) => path !== '/404.html')
    .filter(({ file }) => !isNoindex(readFileSync(file, 'utf8')))
    .map(({ path }) => new URL(path, SITE).href);
  expect(indexable.length).toBeGreaterThan(1);
  expect(sitemapAddresses().toSorted()).toEqual(indexable.toSorted());
});

test('the not-found page, the form confirmation and search results ask not to be indexed', () => {
  const kept = builtPages().filter(({ path }) =>
    ['/404.html', '/apply/thanks/', '/search/'].includes(path),
  );
  expect(kept.map(({ path }) => path)).toContain('/404.html');
  for (const { file, path } of kept) {
    expect(isNoindex(readFileSync(file, 'utf8')), path).toBe(true);
  }
});

test('the form with one CoP ticked, /apply/<id>/, sends search engines and site search to /apply/', () => {
  const copies = publishedCops().map((cop) => `apply/${cop.id}/index.html`);
  expect(copies.length).toBeGreaterThan(0);
  for (const copy of copies) {
    const html = read(copy);
    expect(isNoindex(html), copy).toBe(true);
    expect(html, copy).toContain(`<link rel="canonical" href="${new URL('/apply/', SITE).href}">`);
    expect(html, copy).not.toContain('data-pagefind-body');
  }
});

test('robots.txt lets crawlers in and points them to the sitemap', () => {
  const robots = read('robots.txt');
  expect(robots).not.toMatch(/^Disallow:\s*\/\s*$/m);
  const sitemap = /^Sitemap:\s*(\S+)\s*$/m.exec(robots)?.[1] ?? '';
  expect(new URL(sitemap).origin).toBe(SITE.origin);
  expect(builtFileExists(new URL(sitemap).pathname)).toBe(true);
});

test('every published CoP has its own page in the sitemap', () => {
  const listed = sitemapAddresses().map((address) => new URL(address).pathname);
  for (const cop of publishedCops()) expect(listed).toContain(`/communities/${cop.id}/`);
});
