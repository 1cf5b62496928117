// Which built pages the benchmark measures: one of each public page type, each with its
// JavaScript budget.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { BUDGET } from './budgets.ts';
import { walk } from './sizes.ts';

export interface PageType {
  name: string;
  /** The address on the site, from its root. */
  path: string;
  /** The page's JavaScript budget, gzip bytes. */
  js: number;
}

/**
 * The page types, each with how to find it in dist/ (null when not built). The 404 page is
 * measured at /404.html: Lighthouse refuses to score a page answered with status 404. /admin/ (the
 * browser editor) is not here: it is not a public page and has no public budgets.
 */
const PAGE_TYPES: { name: string; path: (dist: string) => string | null; js: number }[] = [
  { name: 'home', path: () => '/', js: BUDGET.contentJs },
  { name: 'listing', path: () => '/communities/', js: BUDGET.contentJs },
  { name: 'CoP page', path: (dist) => firstPageUnder(dist, 'communities'), js: BUDGET.contentJs },
  { name: 'MDX page', path: () => '/approach/', js: BUDGET.contentJs },
  { name: 'reflections', path: () => '/reflections/', js: BUDGET.contentJs },
  { name: '/apply/', path: () => '/apply/', js: BUDGET.applyJs },
  { name: '/search/', path: () => '/search/', js: BUDGET.searchJs },
  // Where every header search lands: results replace the page's no-JavaScript list.
  { name: '/search/?q=', path: () => '/search/?q=prevention', js: BUDGET.searchJs },
  { name: '404', path: () => '/404.html', js: BUDGET.contentJs },
];

/** Folders of dist/ that are not public pages: the browser editor has no public budgets. */
const NOT_PUBLIC = ['admin'];

function firstPageUnder(dist: string, folder: string): string | null {
  const ids = existsSync(join(dist, folder))
    ? readdirSync(join(dist, folder)).filter((id) =>
        existsSync(join(dist, folder, id, 'index.html')),
      )
    : [];
  return ids.length ? `/${folder}/${ids.sort()[0]}/` : null;
}

/** The HTML file dist/ serves for an address (its query and fragment ignored). */
export function fileForPath(dist: string, path: string): string {
  const { pathname } = new URL(path, 'http://site.invalid');
  const file = join(dist, decodeURIComponent(pathname));
  return pathname.endsWith('/') ? join(file, 'index.html') : file;
}

/** Every public page's HTML file in dist/ (the editor under /admin/ left out). */
export const publicHtmlFiles = (dist: string) =>
  walk(dist).filter(
    (file) =>
      file.endsWith('.html') && !NOT_PUBLIC.includes(relative(dist, file).split(sep)[0] ?? ''),
  );

/** The page types built in dist/; a page not built yet is left out and named in the notes. */
export function measuredPages(dist: string): { pages: PageType[]; notes: string[] } {
  const pages: PageType[] = [];
  const notes: string[] = [];
  for (const type of PAGE_TYPES) {
    const path = type.path(dist);
    if (path && existsSync(fileForPath(dist, path))) pages.push({ ...type, path });
    else notes.push(`${type.name}: not built yet, not measured`);
  }
  return { pages, notes };
}
