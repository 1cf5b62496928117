/** The browser editor for programme staff (public/admin/): never a page for the public. */
export const EDITOR_PATH = '/admin/';

/**
 * Pages kept out of search engines, the sitemap and site search: the not-found page, search
 * results (thin, endless pages) and the editor (its own page says noindex; it is a static file).
 */
export const notIndexed: readonly string[] = ['/404/', '/search/', EDITOR_PATH];

/**
 * Whether a page (its path, with the trailing slash every route has) belongs in search engines.
 * Under /apply/ only the form itself does: not its confirmation (it means nothing to someone
 * arriving from a search), nor its copies with one CoP ticked, /apply/<id>/.
 */
export function isIndexed(pathname: string): boolean {
  if (pathname.startsWith('/apply/') && pathname !== '/apply/') return false;
  return !notIndexed.includes(pathname);
}
