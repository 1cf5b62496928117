/**
 * Pages kept out of search engines, the sitemap and site search: the not-found page and search
 * results (thin, endless pages).
 */
export const notIndexed: readonly string[] = ['/404/', '/search/'];

/**
 * Whether a page (its path, with the trailing slash every route has) belongs in search engines.
 * Under /apply/ only the form itself does: not its confirmation (it means nothing to someone
 * arriving from a search), nor its copies with one CoP ticked, /apply/<id>/.
 */
export function isIndexed(pathname: string): boolean {
  if (pathname.startsWith('/apply/') && pathname !== '/apply/') return false;
  return !notIndexed.includes(pathname);
}
