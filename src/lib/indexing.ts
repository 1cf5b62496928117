/** The browser editor for programme staff (public/admin/): never a page for the public. */
export const EDITOR_PATH = '/admin/';

/**
 * Pages kept out of search engines and the sitemap: the not-found page, the form's confirmation
 * (it means nothing to someone arriving from a search), search results (thin, endless pages) and
 * the editor (its own page says noindex; it is a static file, never in the sitemap or search).
 */
export const notIndexed: readonly string[] = ['/404/', '/apply/thanks/', '/search/', EDITOR_PATH];

/** Whether a page (its path, with the trailing slash every route has) belongs in search engines. */
export function isIndexed(pathname: string): boolean {
  return !notIndexed.includes(pathname);
}
