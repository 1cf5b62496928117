import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { findBrokenLinks, linksOf, type PageLinks } from '../../scripts/lib/links.ts';
import { builtFileExists, builtPages, SITE } from '../support/built-site.ts';

test('every internal link and #anchor on every built page lands somewhere', () => {
  const pages: PageLinks[] = builtPages().map(({ file, path }) => ({
    path,
    ...linksOf(readFileSync(file, 'utf8')),
  }));
  expect(pages.length).toBeGreaterThan(1);
  expect(findBrokenLinks(pages, SITE, builtFileExists)).toEqual([]);
});
