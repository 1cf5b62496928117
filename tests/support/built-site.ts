/** The site the end-to-end tests serve, read from dist/: its pages, its files and its sitemap. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as built from '../../scripts/lib/built-site.ts';

export type { BuiltPage, PageCopy } from '../../scripts/lib/built-site.ts';

/** Where `astro build` writes the site the end-to-end tests serve. */
export const DIST = 'dist';

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error('dist/ has no built site: run `npm run test:e2e`, which builds it first.');
}

/** The address the site was built for (SITE_URL). */
export const SITE = built.builtSiteAddress(DIST);

/** An address the site does not have: the host serves its 404 page there. */
export const MISSING_PAGE = '/no-such-page-here/';

export const builtPages = () => built.builtPages(DIST);
export const pageCopies = () => built.pageCopies(DIST);
export const builtFileExists = (path: string) => built.builtFileExists(DIST, path);
export const sitemapAddresses = () => built.sitemapAddresses(DIST);

/**
 * Every page as a visitor opens it: each built page at its address, and the not-found page
 * where the host shows it, at an address the site does not have.
 */
export function pageAddresses(): string[] {
  return builtPages().map(({ path }) => (path === '/404.html' ? MISSING_PAGE : path));
}
