/** The site the end-to-end tests serve, read from dist/: its pages, its files and its sitemap. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where `astro build` writes the site the end-to-end tests serve. */
export const DIST = 'dist';

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error('dist/ has no built site: run `npm run test:e2e`, which builds it first.');
}

/** The address the site was built for (SITE_URL), read from the home page's canonical link. */
export const SITE = new URL(
  /<link rel="canonical" href="([^"]+)"/.exec(
    readFileSync(join(DIST, 'index.html'), 'utf8'),
  )?.[1] ?? 'missing:canonical-link-on-home-page',
);

/** An address the site does not have: the host serves its 404 page there. */
export const MISSING_PAGE = '/no-such-page-here/';

/** A built HTML page: its file in dist/ and the path a visitor requests. */
export interface BuiltPage {
  file: string;
  path: string;
}

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Every public HTML page in dist/, `index.html` files under their folder's path. The editor's page
 * (/admin/) is Sveltia CMS's, not the site's: tests/e2e/editor.spec.ts checks it on its own terms.
 */
export function builtPages(): BuiltPage[] {
  return walk(DIST)
    .filter((file) => file.endsWith('.html'))
    .filter((file) => !relative(DIST, file).startsWith(`admin${sep}`))
    .map((file) => {
      const path = `/${relative(DIST, file).split(sep).join('/')}`;
      return { file, path: path.replace(/(^|\/)index\.html$/, '$1') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Every page as a visitor opens it: each built page at its address, and the not-found page
 * where the host shows it, at an address the site does not have.
 */
export function pageAddresses(): string[] {
  return builtPages().map(({ path }) => (path === '/404.html' ? MISSING_PAGE : path));
}

/** A built page made as a copy of another: its canonical link names that page. */
export interface PageCopy extends BuiltPage {
  of: BuiltPage;
}

/**
 * The pages built as copies of another page, such as the form with one CoP ticked (/apply/<id>/,
 * a copy of /apply/). built-html.spec.ts checks each differs from its page only where it should,
 * so what a browser check finds on the page holds for its copies.
 */
export function pageCopies(): PageCopy[] {
  const pages = builtPages();
  return pages.flatMap((page) => {
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(
      readFileSync(page.file, 'utf8'),
    )?.[1];
    const of = canonical && pages.find(({ path }) => path === new URL(canonical).pathname);
    return of && of.path !== page.path ? [{ ...page, of }] : [];
  });
}

/** Whether dist/ holds a file for a path on the site. */
export function builtFileExists(path: string): boolean {
  const file = join(DIST, decodeURIComponent(path));
  return existsSync(file) && statSync(file).isFile();
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

/** Every address the built sitemap lists, following the sitemap index to its sitemaps. */
export function sitemapAddresses(): string[] {
  return locs(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).flatMap((sitemap) => {
    const url = new URL(sitemap);
    if (url.origin !== SITE.origin) throw new Error(`sitemap ${sitemap} is not on ${SITE.origin}`);
    return locs(readFileSync(join(DIST, url.pathname), 'utf8'));
  });
}
