// A built site read from its folder (dist/): its pages, its files, its sitemap and the address it
// was built for. The end-to-end tests read the site they serve with it, and the content check the
// site it has just built.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { WAITLIST_ONLY } from '../../src/lib/eoi/cop-choices.ts';

/** A built HTML page: its file in the built folder and the path a visitor requests. */
export interface BuiltPage {
  file: string;
  path: string;
}

/** A built page made as a copy of another: its canonical link names that page. */
export interface PageCopy extends BuiltPage {
  of: BuiltPage;
}

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];

/** The address the site was built for (SITE_URL), read from the home page's canonical link. */
export function builtSiteAddress(dist: string): URL {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/ has no built site.`);
  const canonical = canonicalOf(readFileSync(join(dist, 'index.html'), 'utf8'));
  return new URL(canonical ?? 'missing:canonical-link-on-home-page');
}

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every file the build wrote, relative to its folder, with `/` between folders. */
export const builtFiles = (dist: string): string[] =>
  walk(dist).map((file) => relative(dist, file).split(sep).join('/'));

/**
 * Every public HTML page, `index.html` files under their folder's path. The editor's page
 * (/admin/) is Sveltia CMS's, not the site's: tests/e2e/editor.spec.ts checks it on its own terms.
 */
export function builtPages(dist: string): BuiltPage[] {
  return builtFiles(dist)
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
    .map((file) => ({
      file: join(dist, file),
      path: `/${file}`.replace(/(^|\/)index\.html$/, '$1'),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The pages built as copies of another page, such as the form with one CoP ticked (/apply/<id>/,
 * a copy of /apply/): each differs from its page only where it should (built-html.spec.ts), so
 * what a browser check finds on the page holds for its copies.
 */
export function pageCopies(dist: string): PageCopy[] {
  const pages = builtPages(dist);
  return pages.flatMap((page) => {
    const canonical = canonicalOf(readFileSync(page.file, 'utf8'));
    const of = canonical && pages.find(({ path }) => path === new URL(canonical).pathname);
    return of && of.path !== page.path ? [{ ...page, of }] : [];
  });
}

/** What a CoP's box posts: its title, with "(waitlist only)" when that is all it takes. */
export const copBoxValues = (title: string) => [title, `${title} ${WAITLIST_ONLY}`];

/** A CoP as a copy of the form names it: the one it arrives with ticked. */
export interface TickedCop {
  id: string;
  title: string;
}

/**
 * A page without what a copy of it is meant to change: its title, that search engines and site
 * search leave it out, and the CoP it has ticked (when given). A copy that reads the same as its
 * page after this is that page, so what a browser finds on the page holds for the copy.
 */
export function asItsPage(html: string, ticked?: TickedCop): string {
  let page = html
    .replace(/<title>[^<]*<\/title>/, '<title></title>')
    .replace('<meta name="robots" content="noindex">', '')
    .replace(/<main id="main" tabindex="-1"[^>]*>/, '<main id="main" tabindex="-1">');
  if (ticked) {
    page = page.replace(`,&quot;cop&quot;:&quot;${ticked.id}&quot;`, '');
    for (const value of copBoxValues(ticked.title)) {
      page = page.replace(`name="cops" value="${value}" checked`, `name="cops" value="${value}"`);
    }
  }
  return page;
}

/** Whether the built folder holds a file for a path on the site. */
export function builtFileExists(dist: string, path: string): boolean {
  const file = join(dist, decodeURIComponent(path));
  return existsSync(file) && statSync(file).isFile();
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

/** Every address the built sitemap lists, following the sitemap index to its sitemaps. */
export function sitemapAddresses(dist: string): string[] {
  const site = builtSiteAddress(dist);
  return locs(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).flatMap((sitemap) => {
    const url = new URL(sitemap);
    if (url.origin !== site.origin) throw new Error(`sitemap ${sitemap} is not on ${site.origin}`);
    return locs(readFileSync(join(dist, url.pathname), 'utf8'));
  });
}
