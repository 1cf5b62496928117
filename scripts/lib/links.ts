import { JSDOM } from 'jsdom';

/** What a page links to and which fragment targets it offers, as read from the built HTML. */
export interface PageLinks {
  /** The page's path on the site, such as `/communities/`. */
  path: string;
  /** Every `id` (and `<a name>`) on the page: what `#fragment` links can land on. */
  ids: string[];
  /** Every address the page points at: a, area and link href, src, form action, island URLs. */
  links: string[];
}

/** A link that would not land where it says. */
export interface BrokenLink {
  page: string;
  link: string;
  problem: string;
}

/**
 * Every internal link that does not resolve: a missing page or file, a missing `#anchor`, or a
 * page address without the trailing slash every route has. Links to other sites are not followed.
 */
export function findBrokenLinks(
  pages: PageLinks[],
  site: URL,
  fileExists: (path: string) => boolean,
): BrokenLink[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const base = new URL(page.path, site);
    for (const link of page.links) {
      const url = new URL(link, base);
      if (url.origin !== site.origin) continue;
      const report = (problem: string) => broken.push({ page: page.path, link, problem });
      const isPage = url.pathname.endsWith('/');
      if (!isPage && !/\.[a-z0-9]+$/i.test(url.pathname)) {
        report(`no page at ${url.pathname}: pages end with a slash (${url.pathname}/)`);
        continue;
      }
      const target = byPath.get(url.pathname);
      if (!target && !fileExists(url.pathname)) {
        report(`nothing is built at ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (link.endsWith('#')) report('an empty # goes nowhere');
      else if (fragment && target && !target.ids.includes(fragment) && fragment !== 'top') {
        report(`${url.pathname} has no element with id "${fragment}"`);
      }
    }
  }
  return broken;
}

/** The ids a page offers and the addresses it points at, read from its built HTML. */
export function linksOf(html: string): Omit<PageLinks, 'path'> {
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
