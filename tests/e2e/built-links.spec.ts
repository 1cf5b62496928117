import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { JSDOM } from 'jsdom';
import { findBrokenLinks, type PageLinks } from '../support/links';
import { builtFileExists, builtPages, SITE } from '../support/built-site';

/** The ids a page offers and the addresses it points at, read from its built HTML. */
function linksOf(html: string): Omit<PageLinks, 'path'> {
  const { document } = new JSDOM(html).window;
  const attribute = (selector: string, name: string) =>
    [...document.querySelectorAll(selector)].map((element) => element.getAttribute(name) ?? '');
  return {
    ids: [...attribute('[id]', 'id'), ...attribute('a[name]', 'name')],
    links: [
      ...attribute('a[href], area[href], link[href]', 'href'),
      ...attribute('[src]', 'src'),
      ...attribute('form[action]', 'action'),
      ...attribute('astro-island[component-url]', 'component-url'),
      ...attribute('astro-island[renderer-url]', 'renderer-url'),
    ],
  };
}

test('every internal link and #anchor on every built page lands somewhere', () => {
  const pages: PageLinks[] = builtPages().map(({ file, path }) => ({
    path,
    ...linksOf(readFileSync(file, 'utf8')),
  }));
  expect(pages.length).toBeGreaterThan(1);
  expect(findBrokenLinks(pages, SITE, builtFileExists)).toEqual([]);
});
